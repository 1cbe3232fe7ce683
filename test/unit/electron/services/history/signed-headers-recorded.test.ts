import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../../../../shared/collections/format-v1';
import { documentFromHistory } from '../../../../../shared/request/history-document';
import { resolveRequest, type RequestDocument } from '../../../../../shared/request/resolve-request';
import type { HeaderEntry, RequestDescription } from '../../../../../shared/request/request-model';
import { createHistoryStore } from '../../../../../electron/services/history/history-store';
import { recordedSend } from '../../../../../electron/services/history/recorded-send';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { SIGNATURE_CREDENTIALS, startSignatureTarget, type SignatureLogEntry, type SignatureTarget } from '../../../../support/signature-target/signature-target';

const { digest, aws } = SIGNATURE_CREDENTIALS;
const SIGNED = ['authorization', 'x-amz-date', 'x-amz-content-sha256', 'x-amz-security-token'];

function resolved(doc: Pick<RequestDocument, 'url' | 'auth'>): RequestDescription {
  const resolution = resolveRequest({ method: 'POST', headers: [{ name: 'X-Trace', value: 't-1' }], body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"pen"}' }, ...doc });
  if (!resolution.ok) throw new Error(resolution.message);
  return { ...resolution.request, secretValues: resolution.secrets };
}

/** The signing headers the server received, by lower-cased name. */
function receivedSigned(entry: SignatureLogEntry | undefined): Map<string, string> {
  return new Map((entry?.headers ?? []).filter(([name]) => SIGNED.includes(name.toLowerCase())).map(([name, value]) => [name.toLowerCase(), value]));
}

function byName(headers: readonly HeaderEntry[] | undefined): Map<string, string> {
  return new Map((headers ?? []).filter((h) => SIGNED.includes(h.name.toLowerCase())).map((h) => [h.name.toLowerCase(), h.value]));
}

describe('signed-headers-recorded', () => {
  let target: SignatureTarget;
  const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-signed-'));
  const history = createHistoryStore(dir);
  beforeAll(async () => {
    target = await startSignatureTarget();
  });
  afterAll(() => target.stop());

  const awsAuth: Auth = { type: 'awsv4', accessKey: aws.accessKey, secretKey: aws.secretKey, sessionToken: aws.sessionToken, region: 'eu-west-1', service: 'execute-api' };

  it('records the SigV4 headers the server received, the token masked, and a reopened entry signs afresh', async () => {
    const request = resolved({ url: `${target.baseUrl}/aws/items?a=1`, auth: awsAuth });
    const response = await recordedSend(history, request, () => sendRequest(request));
    expect(response.status).toBe(200);
    const received = receivedSigned((await target.log()).at(-1));
    // execute-api signs without X-Amz-Content-Sha256 (s3 adds it), so these three are what went out.
    expect([...received.keys()].sort()).toEqual(['authorization', 'x-amz-date', 'x-amz-security-token']);
    // The signature and date as they went out; the session token, a credential of its own, masked.
    const expected = new Map([...received].map(([name, value]) => [name, name === 'x-amz-security-token' ? '[redacted]' : value]));
    expect(byName(response.signedHeaders)).toEqual(expected);
    expect(received.get('authorization')).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${aws.accessKey}/.*Signature=[0-9a-f]{64}$`));

    const [summary] = await history.list();
    const entry = await history.get(summary?.id ?? '');
    expect(byName(entry.response?.signedHeaders)).toEqual(expected);
    // The request as built stays apart from what signing added.
    expect(byName(entry.request.headers).size).toBe(0);
    const stored = readdirSync(path.join(dir, 'history')).map((name) => readFileSync(path.join(dir, 'history', name), 'utf8')).join('\n');
    for (const secret of [aws.secretKey, aws.sessionToken]) expect(stored).not.toContain(secret);

    // Open in editor: the signing comes back without its secrets and without the recorded signature.
    const opened = documentFromHistory(entry.request, entry.opKey);
    expect(opened.document.auth).toEqual({ type: 'awsv4', accessKey: aws.accessKey, secretKey: '', region: 'eu-west-1', service: 'execute-api' });
    expect(opened.withheld).toEqual(['AWS secret key', 'AWS session token']);
    expect(opened.document.headers.filter((h) => SIGNED.includes(h.name.toLowerCase()))).toEqual([]);
    // Its date moves on to the next second, so a replayed signature could not pass for a fresh one.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = resolved({ ...opened.document, auth: { ...awsAuth } });
    const answer = await sendRequest(again);
    expect(answer.status).toBe(200);
    const fresh = receivedSigned((await target.log()).at(-1));
    expect(fresh.get('x-amz-date')).not.toBe(received.get('x-amz-date'));
    expect(fresh.get('authorization')).not.toBe(received.get('authorization'));
    expect((await target.log()).at(-1)?.checked).toMatchObject({ scheme: 'aws-sigv4', sessionToken: true });
  });

  it('records the payload hash S3 signs with, as the server received it', async () => {
    const request = resolved({ url: `${target.baseUrl}/aws/bucket/key`, auth: { ...awsAuth, service: 's3' } });
    const response = await sendRequest(request);
    expect(response.status).toBe(200);
    const received = receivedSigned((await target.log()).at(-1));
    expect(received.get('x-amz-content-sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(byName(response.signedHeaders).get('x-amz-content-sha256')).toBe(received.get('x-amz-content-sha256'));
    expect(byName(response.signedHeaders).get('authorization')).toBe(received.get('authorization'));
  });

  it('records the Digest answer the server received, its response hash masked', async () => {
    const request = resolved({ url: `${target.baseUrl}/digest/items`, auth: { type: 'digest', username: digest.username, password: digest.password } });
    const response = await recordedSend(history, request, () => sendRequest(request));
    expect(response.status).toBe(200);
    const authorization = receivedSigned((await target.log()).at(-1)).get('authorization') ?? '';
    expect(authorization).toMatch(/^Digest .*response="[0-9a-f]{64}"/);
    const masked = authorization.replace(/response="[0-9a-f]+"/, 'response="[redacted]"');
    expect(response.signedHeaders).toEqual([{ name: 'Authorization', value: masked }]);

    const [summary] = await history.list();
    const entry = await history.get(summary?.id ?? '');
    expect(entry.response?.signedHeaders).toEqual([{ name: 'Authorization', value: masked }]);
    expect(entry.request.signing).toEqual({ kind: 'digest', username: digest.username });
    const opened = documentFromHistory(entry.request);
    expect(opened.document.auth).toEqual({ type: 'digest', username: digest.username, password: '' });
    expect(opened.document.headers.some((h) => h.name.toLowerCase() === 'authorization')).toBe(false);
  });

  it('records nothing signed for a request without signing', async () => {
    const response = await sendRequest({ method: 'GET', url: `${target.baseUrl}/log`, headers: [] });
    expect(response.signedHeaders).toBeUndefined();
  });
});
