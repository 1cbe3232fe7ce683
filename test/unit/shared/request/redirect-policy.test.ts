import { describe, expect, it } from 'vitest';
import { planRedirect } from '../../../../shared/request/redirect-policy';
import { credentialValues } from '../../../../shared/security/credential-values';
import { credentialQueryPairs } from '../../../../shared/security/credential-query';

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

  it('drops a header the document or the applied auth declares, whatever its name', () => {
    const headers = [{ name: 'X-Shop-Pass', value: 'p-1' }, { name: 'Accept', value: '*/*' }];
    const names = { headers: ['x-shop-pass'], query: [] };
    expect(planRedirect('http://a.test/x', 'GET', 308, 'http://b.test/y', headers, { names })).toMatchObject({ droppedHeaders: ['X-Shop-Pass'], headers: [{ name: 'Accept' }] });
    // Without the declaration the name means nothing, and on the same origin nothing is dropped.
    expect(planRedirect('http://a.test/x', 'GET', 308, 'http://b.test/y', headers)).toMatchObject({ droppedHeaders: [] });
    expect(planRedirect('http://a.test/x', 'GET', 308, '/y', headers, { names })).toMatchObject({ droppedHeaders: [] });
  });

  it('drops a header that carries a secret value, whatever its name', () => {
    const headers = [{ name: 'X-Tenant', value: 'tenant tn-secret-1' }];
    expect(planRedirect('https://a.test/x', 'GET', 302, 'http://a.test/x', headers, { values: ['tn-secret-1'] })).toMatchObject({ droppedHeaders: ['X-Tenant'], headers: [] });
  });

  it("takes the request's credential values out of the target's query, and leaves what the server minted for the target", () => {
    const decision = planRedirect('http://a.test/x?partner_code=c%201&page=2', 'GET', 302, 'http://b.test/y?partner_code=c%201&page=2&X-Amz-Signature=minted#top', [], { values: ['c 1'] });
    expect(decision).toMatchObject({ kind: 'follow', url: 'http://b.test/y?page=2&X-Amz-Signature=minted', droppedQuery: ['partner_code'] });
    expect(planRedirect('http://a.test/x?partner_code=c1', 'GET', 302, '/y?partner_code=c1', [], { values: ['c 1', 'c1'] })).toMatchObject({ url: 'http://a.test/y?partner_code=c1', droppedQuery: [] });
    expect(planRedirect('http://a.test/x', 'GET', 302, 'http://b.test/y?only=sec-1', [], { values: ['sec-1'] })).toMatchObject({ url: 'http://b.test/y', droppedQuery: ['only'] });
  });

  it("takes the request's credential query parameters out of the target whatever their length, and leaves the rest", () => {
    for (const token of ['z', 'ab', '42', 'abc', 'LONGACCESSTOKEN789']) {
      const request = { url: `http://a.test/moved/abc?access_token=${token}&page=1`, headers: [] };
      const credentials = { values: credentialValues(request), query: credentialQueryPairs(request) };
      const decision = planRedirect(request.url, 'GET', 307, `http://b.test/landing/abc?access_token=${token}&page=1`, [], credentials);
      expect(decision, token).toMatchObject({ url: 'http://b.test/landing/abc?page=1', droppedQuery: ['access_token'] });
    }
    // A short secret value is the request's credential in the parameter it was sent in, not in another one.
    const secret = { url: 'http://a.test/x?shop=ab&page=2', headers: [], secretValues: ['ab'] };
    const decision = planRedirect(secret.url, 'GET', 302, 'http://b.test/y?shop=ab&page=2&other=ab', [], { values: credentialValues(secret), query: credentialQueryPairs(secret) });
    expect(decision).toMatchObject({ url: 'http://b.test/y?page=2&other=ab', droppedQuery: ['shop'] });
  });

  it('keeps an Idempotency-Key on a redirect to another origin: it is no credential', () => {
    const headers = [{ name: 'Idempotency-Key', value: 'k-1' }];
    expect(planRedirect('http://a.test/x', 'POST', 307, 'http://b.test/y', headers)).toMatchObject({ droppedHeaders: [], headers });
  });
});
