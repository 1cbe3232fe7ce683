import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { PARTNER_HEADER, PARTNER_QUERY, receivedAt, startCredentialTarget, type CredentialTarget, type Received } from '../support/credential-target';
import { runRoundtrip } from '../support/run-roundtrip';
import { writeCollection } from '../support/runner-collections';
import type { RoundtripPage } from './support/roundtrip-page';
import { readAllFiles } from './support/find-files';
import { useServedApp } from './support/served-app';

// Finding 1 of the hardening issue: an API key declared by the document under a name of its own
// (a header and a query parameter) followed redirects to another origin and from https to http.
const KEY = 'partner-SECRET-7c1d';
const CODE = 'code-SECRET-42aa';

/** True when `request` carries neither key, in its headers or its URL. */
function clean(request: Received | undefined): boolean {
  return request !== undefined && request.headers[PARTNER_HEADER.toLowerCase()] === undefined && !request.url.includes(CODE) && !JSON.stringify(request.headers).includes(KEY);
}

describe('credentials never follow a redirect to another origin or to http', () => {
  const served = useServedApp(startCredentialTarget);
  let target: CredentialTarget;
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ server: target, app } = served());
    // Credentials are typed once per scheme, in the auth panel of any operation that needs them.
    await app.selectOperation('GET', '/echo');
    for (const [scheme, value] of [['partnerKey', KEY], ['partnerCode', CODE]] as const) {
      await app.page.locator(`[data-testid="auth-scheme"][data-scheme="${scheme}"]`).getByTestId('auth-api-key').first().fill(value);
    }
  });

  for (const status of [302, 307, 308]) {
    it(`drops the spec's header and query keys on a cross-origin ${status} sent from the editor, and says so`, async () => {
      await app.selectOperation('GET', '/away/{status}');
      await app.fillParam('path:status', String(status));
      await app.send();
      expect(await app.responseStatus()).toBe('200 OK');
      // The API itself got both keys; the other origin got neither.
      const sent = receivedAt(target, 'api', `/away/${status}`).at(-1);
      expect(sent?.headers[PARTNER_HEADER.toLowerCase()]).toBe(KEY);
      expect(sent?.url).toContain(`${PARTNER_QUERY}=${CODE}`);
      const landed = receivedAt(target, 'elsewhere', '/landing').at(-1);
      expect(clean(landed), JSON.stringify(landed)).toBe(true);
      const dropped = await app.byTestId('redirect-dropped').innerText();
      expect(dropped).toContain(PARTNER_HEADER);
      expect(dropped).toContain(`the query parameter ${PARTNER_QUERY}`);
    });
  }

  it("drops them from every send and read of the editor's idempotency check", async () => {
    await app.selectOperation('PUT', '/things/{id}');
    await app.fillParam('path:id', '7');
    await app.setBody('{"name":"lamp"}');
    await app.byTestId('check-button').click();
    await app.byTestId('check-report').waitFor();
    expect(await app.byTestId('check-exchange').count()).toBe(4);
    const origin = receivedAt(target, 'api', '/things/7');
    expect(origin.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT', 'GET']);
    expect(origin.every((r) => r.headers[PARTNER_HEADER.toLowerCase()] === KEY && r.url.includes(CODE)), JSON.stringify(origin.map((r) => [r.method, r.url]))).toBe(true);
    const crossed = receivedAt(target, 'elsewhere', '/things/7');
    expect(crossed.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT', 'GET']);
    for (const request of crossed) expect(clean(request), JSON.stringify(request)).toBe(true);
  });

  it('drops them on a redirect from https to http, once the certificate is allowed for that send', async () => {
    await app.selectOperation('GET', '/downgrade');
    await app.setBaseUrl(target.tlsBase);
    await app.send();
    expect(await app.responseError()).toContain('not trusted');
    await app.sendAllowingInvalidCertificate();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(receivedAt(target, 'api-tls', '/downgrade').at(-1)?.headers[PARTNER_HEADER.toLowerCase()]).toBe(KEY);
    const landed = receivedAt(target, 'api', '/landing').at(-1);
    expect(clean(landed), JSON.stringify(landed)).toBe(true);
    expect(await app.byTestId('redirect-dropped').innerText()).toContain(PARTNER_HEADER);
    await app.page.screenshot({ path: '/tmp/roundtrip-redirect-credentials.png', fullPage: true });
  });

  it('keeps neither key in history, though the origin echoed them back', async () => {
    const dir = path.join(served().session.host.dataDir, 'history');
    await expect.poll(async () => (await readdir(dir).catch(() => [])).length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (const file of await readAllFiles(dir)) {
      expect(file.text, file.name).not.toContain(KEY);
      expect(file.text, file.name).not.toContain(CODE);
    }
  });

  it('drops them through `roundtrip run`: a header key, a query key and an https-to-http hop', async () => {
    const auth = (name: string, value: string, where: 'header' | 'query') => ({ type: 'apikey' as const, name, value, in: where });
    const dir = await writeCollection('partner', [
      newSavedRequest({ name: 'Header key, 307 away', method: 'GET', url: `${target.base}/away/307`, auth: auth(PARTNER_HEADER, '{{partnerKey}}', 'header'), assertions: [{ type: 'status', equals: 200 }] }),
      newSavedRequest({ name: 'Query key, 308 away', method: 'GET', url: `${target.base}/away/308`, auth: auth(PARTNER_QUERY, '{{partnerCode}}', 'query'), assertions: [{ type: 'status', equals: 200 }] }),
      newSavedRequest({
        name: 'Header key, https to http',
        method: 'GET',
        url: `${target.tlsBase}/downgrade`,
        auth: auth(PARTNER_HEADER, '{{partnerKey}}', 'header'),
        settings: { allowInvalidCertificate: true },
        assertions: [{ type: 'status', equals: 200 }],
      }),
    ]);
    const before = target.received.length;
    const result = await runRoundtrip('run', dir, '--var', `partnerKey=${KEY}`, '--var', `partnerCode=${CODE}`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The report names the URLs it sent, with the query key masked.
    expect(result.stdout).not.toContain(CODE);
    const during = target.received.slice(before);
    const crossed = during.filter((r) => r.url.startsWith('/landing'));
    expect(crossed.map((r) => r.server)).toEqual(['elsewhere', 'elsewhere', 'api']);
    for (const request of crossed) expect(clean(request), JSON.stringify(request)).toBe(true);
    // Each key did reach its own origin.
    expect(during.find((r) => r.url.startsWith('/away/307'))?.headers[PARTNER_HEADER.toLowerCase()]).toBe(KEY);
    expect(during.find((r) => r.url.startsWith('/away/308'))?.url).toContain(CODE);
  });
});
