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

describe('resend-guard with keys and options', () => {
  it('does not ask when the request carries an Idempotency-Key: the repeat is a retry the server can recognise', () => {
    const keyed = { ...post, headers: [...post.headers, { name: 'Idempotency-Key', value: 'k-1' }] };
    expect(needsResendConfirmation(keyed, requestFingerprint(keyed))).toBe(false);
    const blank = { ...post, headers: [{ name: 'Idempotency-Key', value: ' ' }] };
    expect(needsResendConfirmation(blank, requestFingerprint(blank))).toBe(true);
  });

  it('can be turned off per request', () => {
    expect(needsResendConfirmation(post, requestFingerprint(post), { disabled: true })).toBe(false);
  });

  it("follows the operation's refined class (x-idempotent) over the method's", () => {
    expect(needsResendConfirmation(post, requestFingerprint(post), { idempotency: 'idempotent' })).toBe(false);
    const put = { ...post, method: 'PUT' } as const;
    expect(needsResendConfirmation(put, requestFingerprint(put), { idempotency: 'not-idempotent' })).toBe(true);
  });
});

describe('resend-guard after an answer', () => {
  const post = { method: 'POST' as const, url: 'http://x/orders', headers: [], body: { mediaType: 'application/json', text: '{"a":1}' } };
  it('does not ask again after a refusal (4xx): nothing was made', () => {
    for (const lastStatus of [400, 401, 403, 404, 409, 422, 429]) expect(needsResendConfirmation(post, requestFingerprint(post), { lastStatus })).toBe(false);
  });

  it('asks after a success, a server error or no answer', () => {
    for (const lastStatus of [200, 201, 202, 302, 500, 503]) expect(needsResendConfirmation(post, requestFingerprint(post), { lastStatus })).toBe(true);
    expect(needsResendConfirmation(post, requestFingerprint(post), {})).toBe(true);
  });

  it('asks again with a key nothing shows the server honours: added by the person, never replayed', () => {
    const keyed = { ...post, headers: [...post.headers, { name: 'Idempotency-Key', value: 'k-1' }] };
    expect(needsResendConfirmation(keyed, requestFingerprint(keyed))).toBe(false);
    expect(needsResendConfirmation(keyed, requestFingerprint(keyed), { keyHonoured: true })).toBe(false);
    expect(needsResendConfirmation(keyed, requestFingerprint(keyed), { keyHonoured: false })).toBe(true);
    expect(needsResendConfirmation(post, requestFingerprint(post), { keyHonoured: false })).toBe(true);
  });
});
