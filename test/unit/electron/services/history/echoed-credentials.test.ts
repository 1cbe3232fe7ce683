import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHistoryStore } from '../../../../../electron/services/history/history-store';
import { recordedSend } from '../../../../../electron/services/history/recorded-send';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import type { RequestDescription } from '../../../../../shared/request/request-model';
import { PARTNER_HEADER, PARTNER_QUERY, startCredentialTarget, type CredentialTarget } from '../../../../support/credential-target';

// Finding 6 of the hardening issue: credentials the person typed themselves (not from an auth scheme
// or an environment secret) stayed in clear in history when the server echoed them back.
let target: CredentialTarget;
beforeAll(async () => {
  target = await startCredentialTarget();
});
afterAll(() => target.stop());

/** The one history file's text after `request` was sent and recorded. */
async function recorded(request: RequestDescription): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
  const history = createHistoryStore(dir);
  const answer = await recordedSend(history, request, () => sendRequest(request));
  expect(answer.status).toBe(200);
  await history.list();
  const files = readdirSync(path.join(dir, 'history')).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return readFileSync(path.join(dir, 'history', files[0] ?? ''), 'utf8');
}

describe('history masks credentials a server echoes, whoever typed them', () => {
  it('masks a hand-typed Authorization value echoed in the body and a header', async () => {
    const text = await recorded({ method: 'GET', url: `${target.base}/echo`, headers: [{ name: 'Authorization', value: 'Bearer typed-SECRET-7f3a' }] });
    expect(text).not.toContain('typed-SECRET-7f3a');
    expect(text).toContain('[redacted]');
  });

  it('masks a token typed into the URL query, in the stored URL and in the echo', async () => {
    const text = await recorded({ method: 'GET', url: `${target.base}/echo?access_token=url-SECRET-91&page=2`, headers: [] });
    expect(text).not.toContain('url-SECRET-91');
    expect(text).toContain('page=2');
  });

  it('masks a hand-typed Basic credential, its password included, and the values of names the document declares', async () => {
    const basic = Buffer.from('ada:basic-SECRET-pw').toString('base64');
    const text = await recorded({
      method: 'GET',
      url: `${target.base}/echo?${PARTNER_QUERY}=code-SECRET-12`,
      headers: [
        { name: 'Authorization', value: `Basic ${basic}` },
        { name: PARTNER_HEADER, value: 'partner-SECRET-34' },
        { name: 'X-Echo-This', value: 'echo basic-SECRET-pw' },
      ],
      credentialNames: { headers: [PARTNER_HEADER], query: [PARTNER_QUERY] },
    });
    for (const secret of [basic, 'basic-SECRET-pw', 'code-SECRET-12', 'partner-SECRET-34']) expect(text, secret).not.toContain(secret);
  });
});
