import { describe, it, expect } from 'vitest';
import { needsResendConfirmation, requestFingerprint } from '../../../../shared/request/resend-guard';
import type { RequestDescription } from '../../../../shared/request/request-model';

const post: RequestDescription = {
  method: 'POST',
  url: 'http://127.0.0.1:8000/orders',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body: { mediaType: 'application/json', text: '{"item":1}' },
};

describe('resend-guard', () => {
  it('fingerprints method, URL and body text, not headers', () => {
    expect(requestFingerprint({ ...post, headers: [] })).toBe(requestFingerprint(post));
    expect(requestFingerprint({ ...post, body: { mediaType: 'application/json', text: '{"item":2}' } })).not.toBe(requestFingerprint(post));
    expect(requestFingerprint({ ...post, url: `${post.url}?x=1` })).not.toBe(requestFingerprint(post));
  });

  it('asks before resending the same non-idempotent request', () => {
    expect(needsResendConfirmation(post, requestFingerprint(post))).toBe(true);
    expect(needsResendConfirmation({ ...post, method: 'PATCH' }, requestFingerprint({ ...post, method: 'PATCH' }))).toBe(true);
  });

  it('does not ask for a first send, a different request, or an idempotent method', () => {
    expect(needsResendConfirmation(post, undefined)).toBe(false);
    expect(needsResendConfirmation(post, requestFingerprint({ ...post, url: `${post.url}/2` }))).toBe(false);
    const put = { ...post, method: 'PUT' } as const;
    expect(needsResendConfirmation(put, requestFingerprint(put))).toBe(false);
    const get: RequestDescription = { method: 'GET', url: post.url, headers: [] };
    expect(needsResendConfirmation(get, requestFingerprint(get))).toBe(false);
  });
});
