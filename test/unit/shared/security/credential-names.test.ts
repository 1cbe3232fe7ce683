import { describe, expect, it } from 'vitest';
import { isCredentialHeader, isCredentialQueryParam, isCredentialVariableName, mergeCredentialNames, schemeCredentialNames } from '../../../../shared/security/credential-names';

describe('credential-names', () => {
  it('knows the well-known credential headers, in any case', () => {
    const headers = ['Authorization', 'proxy-authorization', 'Cookie', 'X-API-Key', 'Api-Key', 'apikey', 'X-Auth', 'X-Auth-Token', 'PRIVATE-TOKEN', 'Ocp-Apim-Subscription-Key', 'X-Amz-Security-Token', 'X-Client-Secret', 'X-Service-Key', 'X-Partner-Credential', 'X-Hmac-Signature'];
    for (const name of headers) expect(isCredentialHeader(name), name).toBe(true);
  });

  it('does not take a header for a credential because its name ends in -Key or -Id', () => {
    for (const name of ['Idempotency-Key', 'X-Idempotency-Key', 'Cache-Key', 'X-Sort-Key', 'Key', 'Accept', 'Content-Type', 'X-Request-Id', 'X-Next-Page-Token']) expect(isCredentialHeader(name), name).toBe(false);
  });

  it('takes any header or query name the document or the applied auth declares', () => {
    const declared = { headers: ['X-Shop-Pass'], query: ['partner_code'] };
    expect(isCredentialHeader('x-shop-pass', declared)).toBe(true);
    expect(isCredentialHeader('x-shop-pass')).toBe(false);
    expect(isCredentialQueryParam('Partner_Code', declared)).toBe(true);
    expect(isCredentialQueryParam('partner_code')).toBe(false);
  });

  it('knows query parameters named like keys, tokens and signatures, and not paging tokens', () => {
    for (const name of ['api_key', 'apikey', 'api-key', 'apiKey', 'access_token', 'token', 'key', 'sig', 'signature', 'X-Amz-Signature', 'X-Amz-Security-Token', 'client_secret', 'password', 'auth', 'refresh_token']) expect(isCredentialQueryParam(name), name).toBe(true);
    for (const name of ['page', 'page_token', 'nextPageToken', 'sync_token', 'cursor', 'sort_key', 'idempotency_key', 'q', 'limit']) expect(isCredentialQueryParam(name), name).toBe(false);
  });

  it('knows variables named like credentials, and not the others', () => {
    for (const name of ['token', 'password', 'apiKey', 'accessToken', 'clientSecret', 'bearerToken']) expect(isCredentialVariableName(name), name).toBe(true);
    for (const name of ['baseUrl', 'userId', 'idempotencyKey', 'pageSize', 'shopCode']) expect(isCredentialVariableName(name), name).toBe(false);
  });

  it("lists the names of a document's apiKey schemes by where they go", () => {
    const names = schemeCredentialNames({
      header: { type: 'apiKey', in: 'header', name: 'X-Partner-Credential' },
      query: { type: 'apiKey', in: 'query', name: 'partner_code' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
    expect(names).toEqual({ headers: ['X-Partner-Credential'], query: ['partner_code'] });
    expect(mergeCredentialNames(names, { headers: ['x-partner-credential', 'X-Other'], query: [] })).toEqual({ headers: ['x-partner-credential', 'X-Other'], query: ['partner_code'] });
    expect(mergeCredentialNames(schemeCredentialNames(undefined))).toBeUndefined();
  });
});
