import { describe, expect, it } from 'vitest';
import type { RequestDescription } from '../../../../shared/request/request-model';
import { resendRequest } from '../../../../shared/request/resend-request';
import { requestFingerprint } from '../../../../shared/request/resend-guard';

const sent: RequestDescription = {
  method: 'POST',
  url: 'http://127.0.0.1:1/items',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body: { mediaType: 'application/json', text: '{"name":"Teapot"}' },
  maxRedirects: 3,
  requestId: 'POST /items#1#abc',
  opKey: 'POST /items',
  secretValues: ['s3cret'],
  retry: { maxRetries: 2, backoffMs: 10, idempotency: 'not-idempotent' },
  expect: { specVersion: '3.1.0', responses: [], schemaDefs: {} },
};

describe('resendRequest', () => {
  it('keeps what goes on the wire and applies the one-off change', () => {
    const again = resendRequest(sent, { timeoutMs: 120_000 });
    expect(again).toEqual({ method: 'POST', url: sent.url, headers: sent.headers, body: sent.body, maxRedirects: 3, timeoutMs: 120_000 });
  });

  it('drops the send-time extras, so secrets never reach the form and the send path adds the rest afresh', () => {
    const again = resendRequest(sent);
    for (const key of ['requestId', 'opKey', 'secretValues', 'retry', 'expect']) expect(again).not.toHaveProperty(key);
  });

  it('is the same request to the resend guard', () => {
    expect(requestFingerprint(resendRequest(sent, { allowInvalidCertificate: true }))).toBe(requestFingerprint(sent));
  });
});
