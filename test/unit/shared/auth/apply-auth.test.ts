import { describe, it, expect } from 'vitest';
import { applyAuth, authOptional, securityAlternatives } from '../../../../shared/auth/apply-auth';
import { base64Utf8 } from '../../../../shared/auth/base64';
import type { OperationModel, SecuritySchemeModel } from '../../../../shared/model/api-model';

const schemes: Record<string, SecuritySchemeModel> = {
  headerKey: { type: 'apiKey', name: 'X-API-Key', in: 'header' },
  queryKey: { type: 'apiKey', name: 'api_key', in: 'query' },
  cookieKey: { type: 'apiKey', name: 'session', in: 'cookie' },
  bearer: { type: 'http', scheme: 'bearer' },
  basic: { type: 'http', scheme: 'basic' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'http://h/token', scopes: {} } } },
};

describe('apply-auth', () => {
  it('encodes Base64 over UTF-8 as Basic auth needs', () => {
    expect(base64Utf8('Aladdin:open sesame')).toBe('QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(base64Utf8('ü:é')).toBe('w7w6w6k=');
    expect(base64Utf8('ab')).toBe('YWI=');
  });

  it('lists the alternatives and tells when auth is optional', () => {
    expect(securityAlternatives({ security: [{ bearer: [] }, { headerKey: [], queryKey: [] }] })).toEqual([['bearer'], ['headerKey', 'queryKey']]);
    expect(authOptional({ security: [{ bearer: [] }, {}] })).toBe(true);
    expect(authOptional({ security: [{ bearer: [] }] })).toBe(false);
    expect(authOptional({})).toBe(true);
  });

  it('gives an HTTP Digest scheme its user and password to sign with, and no header', () => {
    const digest: Record<string, SecuritySchemeModel> = { digest: { type: 'http', scheme: 'digest' } };
    const auth = applyAuth({ security: [{ digest: [] }] }, digest, { digest: { username: 'ann', password: 'pw-1' } });
    expect(auth).toMatchObject({ headers: [], signing: { kind: 'digest', username: 'ann', password: 'pw-1' }, secrets: ['pw-1'], applied: ['digest'], missing: [] });
    expect(applyAuth({ security: [{ digest: [] }] }, digest, { digest: { password: 'pw-1' } })).toMatchObject({ missing: ['digest'] });
  });

  it('puts API keys in their header, query or cookie', () => {
    const auth = applyAuth({ security: [{ headerKey: [], queryKey: [], cookieKey: [] }] }, schemes, { headerKey: { apiKey: 'k1' }, queryKey: { apiKey: 'k 2' }, cookieKey: { apiKey: 'k3' } });
    expect(auth).toEqual({
      headers: [{ name: 'X-API-Key', value: 'k1' }],
      query: ['api_key=k%202'],
      cookies: ['session=k3'],
      secrets: ['k1', 'k 2', 'k3'],
      missing: [],
      applied: ['headerKey', 'queryKey', 'cookieKey'],
      credentialNames: { headers: ['X-API-Key'], query: ['api_key'] },
    });
  });

  it("names the document's key headers and query parameters as credentials, applied or not", () => {
    const none = applyAuth({ security: [] }, schemes, {});
    expect(none.credentialNames).toEqual({ headers: ['X-API-Key'], query: ['api_key'] });
    expect(applyAuth({ security: [{ headerKey: [] }] }, schemes, { headerKey: { apiKey: 'k1' } }, false).credentialNames).toEqual(none.credentialNames);
  });

  it('sends bearer, basic and OAuth2 tokens as Authorization', () => {
    expect(applyAuth({ security: [{ bearer: [] }] }, schemes, { bearer: { token: 't' } }).headers).toEqual([{ name: 'Authorization', value: 'Bearer t' }]);
    expect(applyAuth({ security: [{ basic: [] }] }, schemes, { basic: { username: 'Aladdin', password: 'open sesame' } }).headers).toEqual([{ name: 'Authorization', value: 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' }]);
    expect(applyAuth({ security: [{ oauth: ['read'] }] }, schemes, { oauth: { token: 'at' } }).headers).toEqual([{ name: 'Authorization', value: 'Bearer at' }]);
  });

  it('picks the first alternative that has credentials, names what is missing, and applies nothing when disabled', () => {
    const op: Pick<OperationModel, 'security'> = { security: [{ bearer: [] }, { headerKey: [] }] };
    expect(applyAuth(op, schemes, { headerKey: { apiKey: 'k' } }).applied).toEqual(['headerKey']);
    expect(applyAuth(op, schemes, {}).missing).toEqual(['bearer']);
    expect(applyAuth(op, schemes, { bearer: { token: 't' } }, false).headers).toEqual([]);
    expect(applyAuth({}, schemes, { bearer: { token: 't' } }).headers).toEqual([]);
  });
});
