import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../../../../shared/collections/format-v1';
import { resolveRequest, type RequestDocument } from '../../../../../shared/request/resolve-request';
import type { RequestDescription } from '../../../../../shared/request/request-model';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { SIGNATURE_CREDENTIALS, startSignatureTarget, type SignatureTarget } from '../../../../support/signature-target/signature-target';

const { digest, aws } = SIGNATURE_CREDENTIALS;

function resolved(doc: Partial<RequestDocument> & Pick<RequestDocument, 'url' | 'auth'>): RequestDescription {
  const resolution = resolveRequest({ method: 'POST', headers: [{ name: 'X-Trace', value: 't-1' }], body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"pen","price":2}' }, ...doc });
  if (!resolution.ok) throw new Error(resolution.message);
  return { ...resolution.request, secretValues: resolution.secrets };
}

describe('request-signer', () => {
  let target: SignatureTarget;
  beforeAll(async () => {
    target = await startSignatureTarget();
  });
  afterAll(() => target.stop());

  const digestAuth = (password: string = digest.password): Auth => ({ type: 'digest', username: digest.username, password });
  const awsAuth = (patch: Partial<Extract<Auth, { type: 'awsv4' }>> = {}): Auth => ({ type: 'awsv4', accessKey: aws.accessKey, secretKey: aws.secretKey, region: 'eu-west-1', service: 'execute-api', ...patch });

  it('answers the Digest challenge with SHA-256, the strongest offered, and the body goes out both times', async () => {
    const before = (await target.log()).length;
    const response = await sendRequest(resolved({ url: `${target.baseUrl}/digest/items?x=1&y=a%20b`, auth: digestAuth() }));
    expect(response.status).toBe(200);
    const log = (await target.log()).slice(before);
    expect(log.map((e) => [e.authorization === null, e.problem])).toEqual([
      [true, 'no Digest answer'],
      [false, null],
    ]);
    expect(log[1]?.checked).toEqual({ scheme: 'digest', algorithm: 'SHA-256', username: 'mufasa' });
    expect(log.map((e) => e.body)).toEqual(['{"name":"pen","price":2}', '{"name":"pen","price":2}']);
  });

  it('answers an MD5-only challenge with MD5', async () => {
    const response = await sendRequest(resolved({ method: 'GET', body: { mode: 'none' }, url: `${target.baseUrl}/digest/md5?alg=MD5`, auth: digestAuth() }));
    expect(response.status).toBe(200);
    expect((await target.log()).at(-1)?.checked).toMatchObject({ algorithm: 'MD5' });
  });

  it('answers once: a wrong password shows the server’s 401', async () => {
    const before = (await target.log()).length;
    const response = await sendRequest(resolved({ url: `${target.baseUrl}/digest/items`, auth: digestAuth('wrong') }));
    expect(response.status).toBe(401);
    const log = (await target.log()).slice(before);
    expect(log.map((e) => e.problem)).toEqual(['no Digest answer', 'wrong response (password?)']);
  });

  it('signs with SigV4 the exact method, path, query, headers and JSON body that go out', async () => {
    const response = await sendRequest(resolved({ url: `${target.baseUrl}/aws/items/a%20b?z=1&a=x%2Fy&a=b`, auth: awsAuth() }));
    const text = response.body.kind === 'text' ? response.body.text : '';
    expect(response.status, text).toBe(200);
    const checked = (await target.log()).at(-1)?.checked;
    expect(checked).toMatchObject({ scheme: 'aws-sigv4', region: 'eu-west-1', service: 'execute-api', accessKey: aws.accessKey, sessionToken: false });
    expect(checked?.['signedHeaders']).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'content-type', 'x-trace']));
  });

  it('signs the session token and a multipart body streamed from its parts', async () => {
    const response = await sendRequest(
      resolved({
        url: `${target.baseUrl}/aws/upload`,
        body: { mode: 'form-data', parts: [{ name: 'note', value: 'hello' }, { name: 'more', value: 'é ü' }] },
        auth: awsAuth({ sessionToken: aws.sessionToken, service: 's3' }),
      }),
    );
    const text = response.body.kind === 'text' ? response.body.text : '';
    expect(response.status, text).toBe(200);
    const entry = (await target.log()).at(-1);
    expect(entry?.checked).toMatchObject({ service: 's3', sessionToken: true });
    expect(entry?.body).toContain('é ü');
  });

  it('is refused with a wrong secret key, and the secret is among the values masked', async () => {
    const request = resolved({ url: `${target.baseUrl}/aws/items`, auth: awsAuth({ secretKey: 'not-the-secret', sessionToken: 'tok-123' }) });
    expect(request.secretValues).toEqual(expect.arrayContaining(['not-the-secret', 'tok-123']));
    expect(request.headers.some((h) => h.name.toLowerCase() === 'authorization')).toBe(false);
    const response = await sendRequest(request);
    expect(response.status).toBe(403);
    expect((await target.log()).at(-1)?.problem).toMatch(/signature we calculated does not match/);
  });

  it('refuses to sign without a region, service or secret key, and says what to fill in', async () => {
    await expect(sendRequest(resolved({ url: `${target.baseUrl}/aws/items`, auth: awsAuth({ region: '', secretKey: '' }) }))).rejects.toThrow(/needs a region and a secret key: fill them in under Auth/);
  });
});
