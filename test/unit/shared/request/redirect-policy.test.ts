import { describe, expect, it } from 'vitest';
import { isCredentialHeader, planRedirect } from '../../../../shared/request/redirect-policy';

const secrets = [
  { name: 'Authorization', value: 'Bearer t' },
  { name: 'Cookie', value: 'sid=1' },
  { name: 'X-API-Key', value: 'k' },
  { name: 'Accept', value: 'application/json' },
];

describe('redirect-policy', () => {
  it('keeps every header on a same-origin redirect', () => {
    const decision = planRedirect('http://a.test/x', 'GET', 302, '/y', secrets);
    expect(decision).toMatchObject({ kind: 'follow', url: 'http://a.test/y', method: 'GET', droppedHeaders: [] });
    expect(decision.kind === 'follow' && decision.headers).toHaveLength(4);
  });

  it('drops credentials when the redirect leaves the origin', () => {
    const decision = planRedirect('http://a.test/x', 'GET', 307, 'http://b.test/y', secrets);
    expect(decision).toMatchObject({ kind: 'follow', droppedHeaders: ['Authorization', 'Cookie', 'X-API-Key'], headers: [{ name: 'Accept' }] });
  });

  it('drops credentials when https goes to http on the same host', () => {
    const decision = planRedirect('https://a.test/x', 'GET', 301, 'http://a.test/x', secrets);
    expect(decision.kind === 'follow' && decision.droppedHeaders).toEqual(['Authorization', 'Cookie', 'X-API-Key']);
  });

  it('turns a 303 and a POST 302 into a GET without body headers, and keeps the method on 307', () => {
    const withBody = [{ name: 'Content-Type', value: 'application/json' }];
    expect(planRedirect('http://a.test/x', 'PUT', 303, '/y', withBody)).toMatchObject({ method: 'GET', keepBody: false, headers: [] });
    expect(planRedirect('http://a.test/x', 'POST', 302, '/y', withBody)).toMatchObject({ method: 'GET', keepBody: false });
    expect(planRedirect('http://a.test/x', 'POST', 307, '/y', withBody)).toMatchObject({ method: 'POST', keepBody: true, headers: withBody });
  });

  it('refuses schemes other than http and https', () => {
    expect(planRedirect('http://a.test/x', 'GET', 302, 'file:///etc/passwd', [])).toMatchObject({ kind: 'stop', reason: expect.stringContaining('http and https only') });
  });

  it('recognizes API-key style headers', () => {
    expect(['X-API-Key', 'api_key', 'X-Auth-Token', 'Proxy-Authorization'].every(isCredentialHeader)).toBe(true);
    expect(isCredentialHeader('Accept')).toBe(false);
  });
});
