import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_CREDENTIALS, startSignatureTarget, type SignatureTarget } from '../support/signature-target/signature-target';
import { allText } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const { digest, aws } = SIGNATURE_CREDENTIALS;

/** 20261203T081500Z as 2026-12-03T08:15:00Z. */
function isoOf(amzDate: string | undefined): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate ?? '');
  return m === null ? '' : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

describe('auth schemes: Digest and AWS Signature V4 chosen in Auth, and Copy as code', () => {
  const session = useUiSession();
  let target: SignatureTarget;
  beforeAll(async () => {
    target = await startSignatureTarget();
  });
  afterAll(() => target.stop());

  /** AWS Signature V4 with a session token, in eu-central-1, as the request's auth. */
  async function signWithAws(app: RoundtripPage): Promise<void> {
    await app.byTestId('doc-auth-type').selectOption('awsv4');
    await app.byTestId('doc-auth-access-key').fill(aws.accessKey);
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill(aws.secretKey);
    await app.byTestId('doc-auth-session-token').fill(aws.sessionToken);
    await app.byTestId('doc-auth-region').fill('eu-central-1');
  }

  async function freeFormPost(app: RoundtripPage, url: string): Promise<void> {
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(url);
    await app.byTestId('method-select').selectOption('POST');
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    await app.byTestId('doc-headers').getByTestId('kv-add').click();
    await app.byTestId('doc-headers').getByTestId('kv-name').last().fill('X-Trace');
    await app.byTestId('doc-headers').getByTestId('kv-value').last().fill('t-1');
    await app.byTestId('doc-section').filter({ hasText: 'Body' }).click();
    await app.byTestId('doc-body-type').selectOption('application/json');
    await app.byTestId('raw-body').fill('{"name":"pen","price":2}');
    await app.byTestId('doc-section').filter({ hasText: 'Auth' }).click();
  }

  it('answers a Digest challenge, signs with SigV4, shows a wrong password’s 401, and keeps the secrets out of history', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await freeFormPost(app, `${target.baseUrl}/digest/items`);
    await app.byTestId('doc-auth-type').selectOption('digest');
    await app.byTestId('doc-auth-user').fill(digest.username);
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill(digest.password);
    expect(await app.byTestId('doc-auth').getByTestId('doc-auth-value').getAttribute('type')).toBe('password');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toMatchObject({ verified: { scheme: 'digest', algorithm: 'SHA-256', username: digest.username }, body: '{"name":"pen","price":2}' });
    const log = await target.log();
    expect(log.slice(-2).map((e) => [e.path, e.authorization === null])).toEqual([
      ['/digest/items', true],
      ['/digest/items', false],
    ]);

    // A wrong password: the server's second 401 is the answer shown.
    await app.byTestId('url-input').fill(`${target.baseUrl}/digest/again`);
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill('not the password');
    await app.send();
    expect(await app.responseStatus()).toMatch(/^401/);
    expect((await target.log()).at(-1)?.problem).toBe('wrong response (password?)');

    // AWS Signature V4 over the same request, with a session token.
    await app.byTestId('url-input').fill(`${target.baseUrl}/aws/items?b=2&a=1`);
    await signWithAws(app);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toMatchObject({ verified: { scheme: 'aws-sigv4', region: 'eu-central-1', service: 'execute-api', sessionToken: true } });
    await app.page.screenshot({ path: '/tmp/auth-schemes-aws.png' });

    // History keeps the exchanges, never the password, the secret key or the token.
    await expect.poll(async () => (await allText(path.join(session().host.dataDir, 'history'))).includes('/aws/items')).toBe(true);
    const stored = await allText(path.join(session().host.dataDir, 'history'));
    for (const secret of [digest.password, aws.secretKey, aws.sessionToken]) expect(stored).not.toContain(secret);
  });

  it('shows the signed headers that went out in history, and Open in editor then Send signs afresh', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await freeFormPost(app, `${target.baseUrl}/aws/signed?a=1`);
    await signWithAws(app);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const received = new Map((await target.log()).at(-1)?.headers.map(([name, value]) => [name.toLowerCase(), value]));

    // The sent view lists what the server got: the signature and date in full, the token masked.
    await app.byTestId('history-toggle').click();
    await app.byTestId('history-entry').first().click();
    const sent = app.byTestId('history-opened').getByTestId('sent-headers');
    await sent.waitFor();
    const signedRow = (name: string) => sent.locator('tr[data-signed]').filter({ has: app.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) }).locator('td');
    expect(await signedRow('Authorization').innerText()).toBe(received.get('authorization'));
    expect(await signedRow('X-Amz-Date').innerText()).toBe(received.get('x-amz-date'));
    expect(await signedRow('X-Amz-Security-Token').innerText()).toBe('[redacted]');
    expect(await sent.innerText()).not.toContain(aws.sessionToken);
    expect(await app.byTestId('history-opened').innerText()).toContain('Not stored: AWS secret key, AWS session token');
    await app.byTestId('history-opened').screenshot({ path: '/tmp/history-signed-headers.png' });

    // Reopened, the auth comes back without its secrets; filled in, the request is signed again.
    await app.byTestId('history-open-editor').click();
    await app.byTestId('document-editor').waitFor();
    await app.byTestId('doc-section').filter({ hasText: 'Auth' }).click();
    expect(await app.byTestId('doc-auth-type').inputValue()).toBe('awsv4');
    expect(await app.byTestId('doc-auth-access-key').inputValue()).toBe(aws.accessKey);
    expect(await app.byTestId('doc-auth').getByTestId('doc-auth-value').inputValue()).toBe('');
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill(aws.secretKey);
    await app.byTestId('doc-auth-session-token').fill(aws.sessionToken);
    // A new second, so the fresh X-Amz-Date differs from the recorded one.
    await expect.poll(() => new Date().toISOString().slice(0, 19) > new Date(Date.parse(isoOf(received.get('x-amz-date')))).toISOString().slice(0, 19)).toBe(true);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const fresh = (await target.log()).at(-1);
    expect(fresh?.checked).toMatchObject({ scheme: 'aws-sigv4', region: 'eu-central-1', sessionToken: true });
    const freshHeaders = new Map(fresh?.headers.map(([name, value]) => [name.toLowerCase(), value]));
    expect(freshHeaders.get('x-amz-date')).not.toBe(received.get('x-amz-date'));
    expect(freshHeaders.get('authorization')).not.toBe(received.get('authorization'));
    expect(fresh?.body).toBe('{"name":"pen","price":2}');

    // Digest: the answer as sent, its response hash masked.
    await freeFormPost(app, `${target.baseUrl}/digest/signed`);
    await app.byTestId('doc-auth-type').selectOption('digest');
    await app.byTestId('doc-auth-user').fill(digest.username);
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill(digest.password);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const answer = (await target.log()).at(-1)?.authorization ?? '';
    await app.byTestId('history-toggle').click();
    // The drawer comes back on the entry opened last.
    await app.byTestId('history-opened').getByRole('button', { name: '← All entries' }).click();
    await expect.poll(() => app.byTestId('history-entry').first().innerText()).toContain('/digest/signed');
    await app.byTestId('history-entry').first().click();
    await app.byTestId('history-opened').getByTestId('sent-headers').waitFor();
    expect(await signedRow('Authorization').innerText()).toBe(answer.replace(/response="[0-9a-f]+"/, 'response="[redacted]"'));
  });

  it('copies the request as code in each language, secrets redacted unless unticked', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await freeFormPost(app, `${target.baseUrl}/digest/items?tag=a%20b`);
    await app.byTestId('doc-auth-type').selectOption('digest');
    await app.byTestId('doc-auth-user').fill(digest.username);
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill(digest.password);
    await app.byTestId('curl-box').locator('summary').click();
    const code = app.byTestId('curl-command');
    // curl (the default) computes Digest itself.
    expect(await code.innerText()).toContain(`-u '${digest.username}:<redacted>'`);
    expect(await code.innerText()).toContain('--digest');

    const languages = await app.byTestId('copy-as-language').locator('option').allInnerTexts();
    expect(languages).toEqual(['curl', 'JavaScript fetch', 'Node axios', 'Python requests', 'HTTPie', 'Go net/http', 'Java HttpClient', 'C# HttpClient', 'PowerShell']);
    await app.byTestId('copy-as-language').selectOption({ label: 'Python requests' });
    await expect.poll(() => code.innerText()).toContain('requests.post(');
    expect(await code.innerText()).toContain(`${target.baseUrl}/digest/items?tag=a%20b`);
    expect(await code.innerText()).toContain('"X-Trace": "t-1"');
    expect(await app.byTestId('copy-as-note').innerText()).toContain('HTTP Digest as mufasa is applied by Roundtrip when it sends');
    expect(await app.byTestId('copy-curl').innerText()).toBe('Copy as Python requests');

    await app.byTestId('copy-as-language').selectOption({ label: 'Go net/http' });
    await expect.poll(() => code.innerText()).toContain('http.NewRequest("POST"');

    // A bearer token is redacted in the code, shown when unticked.
    await app.byTestId('doc-auth-type').selectOption('bearer');
    await app.byTestId('doc-auth').getByTestId('doc-auth-value').fill('tok-for-snippets');
    await expect.poll(() => code.innerText()).toContain('req.Header.Add("Authorization", "<redacted>")');
    expect(await code.innerText()).not.toContain('tok-for-snippets');
    await app.byTestId('curl-redact').uncheck();
    await expect.poll(() => code.innerText()).toContain('req.Header.Add("Authorization", "Bearer tok-for-snippets")');
    await app.page.screenshot({ path: '/tmp/auth-schemes-copy-as.png' });
  });
});
