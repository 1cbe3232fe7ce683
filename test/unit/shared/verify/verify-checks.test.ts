import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../../../shared/verify/loopback';
import { CHECKS, selectChecks } from '../../../../shared/verify/verify-checks';

describe('verify-checks', () => {
  it('expands families and leaves out excluded checks', () => {
    expect(selectChecks(['auth', 'key-replay'])).toEqual({ checks: ['auth-required', 'auth-wrong-rejected', 'auth-accepted', 'key-replay'] });
    expect(selectChecks(undefined, ['conformance', 'inputs'])).toEqual({ checks: CHECKS.filter((c) => c.family !== 'conformance' && c.family !== 'inputs').map((c) => c.name) });
    expect(selectChecks(['auth', 'nope'])).toEqual({ unknown: 'nope' });
  });

  it('knows which targets are this machine', () => {
    for (const url of ['http://127.0.0.1:8000', 'http://localhost/x', 'http://[::1]:3000', 'http://127.5.0.1', 'http://api.localhost']) expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of ['http://192.168.1.2', 'https://example.com', 'http://127.0.0.1.example.com', 'not a url']) expect(isLoopbackUrl(url), url).toBe(false);
  });
});
