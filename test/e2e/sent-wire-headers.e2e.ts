import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

const SECRET = 'Bearer wire-e2e-secret-42';

describe('the sent view of a request', () => {
  const session = useUiSession();
  let server: Server;
  let base = '';
  // The header lines each request brought, as the server read them: name and value, in order.
  const received: [string, string][][] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const raw = request.rawHeaders;
      received.push(Array.from({ length: raw.length / 2 }, (_, i): [string, string] => [raw[2 * i] ?? '', raw[2 * i + 1] ?? '']));
      request.resume();
      request.on('end', () => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ received: raw.length / 2 })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lists exactly the headers the server received, those the request did not set marked, the credential masked', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(`${base}/echo`);
    await app.byTestId('method-select').selectOption('POST');
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    for (const [name, value] of [['X-Trace', 't-1'], ['Authorization', SECRET]]) {
      await app.byTestId('doc-headers').getByTestId('kv-add').click();
      await app.byTestId('doc-headers').getByTestId('kv-name').last().fill(name ?? '');
      await app.byTestId('doc-headers').getByTestId('kv-value').last().fill(value ?? '');
    }
    await app.byTestId('doc-section').filter({ hasText: 'Body' }).click();
    await app.byTestId('doc-body-type').selectOption('application/json');
    await app.byTestId('raw-body').fill('{"name":"pen"}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const got = received.at(-1) ?? [];

    await app.byTestId('history-toggle').click();
    await app.byTestId('history-entry').first().click();
    const sent = app.byTestId('history-opened').getByTestId('sent-headers');
    await sent.waitFor();
    const rows = await sent.locator('tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th')?.firstChild?.textContent ?? '', value: tr.querySelector('td')?.textContent ?? '', added: tr.querySelector('[data-testid="sent-header-added"]')?.textContent ?? '' })),
    );
    expect(rows.map((row) => [row.name, row.value])).toEqual(got.map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? '[redacted]' : value]));
    const added = rows.filter((row) => row.added === 'added by the HTTP client').map((row) => row.name.toLowerCase());
    expect(added).toEqual(expect.arrayContaining(['host', 'connection', 'content-length', 'user-agent', 'accept', 'accept-encoding']));
    expect(rows.filter((row) => row.added !== '').map((row) => row.name)).not.toEqual(expect.arrayContaining(['X-Trace']));
    expect(rows.find((row) => row.name === 'Content-Type')?.added).toBe('');
    expect(await app.byTestId('history-opened').innerText()).not.toContain('wire-e2e-secret-42');
    await app.byTestId('history-opened').screenshot({ path: '/tmp/sent-wire-headers.png' });
  });
});
