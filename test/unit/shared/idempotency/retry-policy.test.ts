import { describe, it, expect } from 'vitest';
import { isRetryableError, isRetryableStatus, parseRetryAfter, retryDelayMs, retryEligibility } from '../../../../shared/idempotency/retry-policy';
import type { RequestDescription } from '../../../../shared/request/request-model';

const post: RequestDescription = { method: 'POST', url: 'http://127.0.0.1:1/orders', headers: [] };

describe('retry-policy', () => {
  it('allows retries for idempotent methods and keyed requests, never for a bare POST or PATCH', () => {
    expect(retryEligibility({ ...post, method: 'GET' })).toEqual({ allowed: true, why: 'idempotent' });
    expect(retryEligibility({ ...post, method: 'PUT' })).toEqual({ allowed: true, why: 'idempotent' });
    expect(retryEligibility({ ...post, headers: [{ name: 'Idempotency-Key', value: 'k' }] })).toEqual({ allowed: true, why: 'key' });
    const refused = retryEligibility(post);
    expect(refused.allowed).toBe(false);
    expect(refused.why).toMatch(/POST is not idempotent and carries no Idempotency-Key/);
    expect(retryEligibility({ ...post, method: 'PATCH' }).allowed).toBe(false);
  });

  it("follows the document's class over the method's", () => {
    expect(retryEligibility(post, 'idempotent').allowed).toBe(true);
    expect(retryEligibility({ ...post, method: 'PUT' }, 'not-idempotent').allowed).toBe(false);
  });

  it('retries on overload, gateway failures and dropped connections, not on client errors', () => {
    expect([429, 503, 502, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 404, 409, 422].some(isRetryableStatus)).toBe(false);
    expect(isRetryableError('connection-reset')).toBe(true);
    expect(isRetryableError('invalid-url')).toBe(false);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('backs off exponentially, honours Retry-After for 429 and 503 only, and caps the wait', () => {
    const policy = { maxRetries: 3, backoffMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 5].map((n) => retryDelayMs(n, policy).ms)).toEqual([100, 200, 400, 1000]);
    expect(retryDelayMs(1, policy, { status: 429, retryAfter: '0' })).toEqual({ ms: 0, fromRetryAfter: true });
    expect(retryDelayMs(1, policy, { status: 503, retryAfter: '60' })).toEqual({ ms: 1000, fromRetryAfter: true });
    expect(retryDelayMs(1, policy, { status: 502, retryAfter: '0' })).toEqual({ ms: 100, fromRetryAfter: false });
  });
});
