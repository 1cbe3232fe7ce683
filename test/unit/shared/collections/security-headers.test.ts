import { describe, expect, it } from 'vitest';
import { savedSchemeKeys, schemeCredentialOf, securityHeaderSchemes } from '../../../../shared/collections/security-headers';

describe('security-headers', () => {
  const schemes = { notesKey: { type: 'apiKey' as const, in: 'header' as const, name: 'X-Notes-Key' }, q: { type: 'apiKey' as const, in: 'query' as const, name: 'api_key' } };

  it('names the apiKey header schemes the operation uses, by lower-cased header', () => {
    expect([...securityHeaderSchemes({ security: [{ notesKey: [] }, { q: [] }] }, schemes)]).toEqual([['x-notes-key', { scheme: 'notesKey', kind: 'apiKey' }]]);
    expect(securityHeaderSchemes({}, schemes).size).toBe(0);
  });

  it('reads the saved key of each scheme from the headers, skipping disabled ones', () => {
    const headers = [
      { name: 'x-notes-key', value: '{{notesKey.apiKey}}' },
      { name: 'X-Notes-Key', value: 'off', disabled: true },
      { name: 'Accept', value: 'application/json' },
    ];
    expect(savedSchemeKeys({ headers }, securityHeaderSchemes({ security: [{ notesKey: [] }] }, schemes))).toEqual({ notesKey: { apiKey: '{{notesKey.apiKey}}' } });
  });

  it('reads the token of a bearer scheme from its Authorization header, and leaves another Authorization to the request', () => {
    const bearer = { HTTPBearer: { type: 'http' as const, scheme: 'bearer' } };
    const map = securityHeaderSchemes({ security: [{ HTTPBearer: [] }] }, bearer);
    expect([...map]).toEqual([['authorization', { scheme: 'HTTPBearer', kind: 'bearer' }]]);
    expect(savedSchemeKeys({ headers: [{ name: 'Authorization', value: 'Bearer {{HTTPBearer.token}}' }] }, map)).toEqual({ HTTPBearer: { token: '{{HTTPBearer.token}}' } });
    expect(schemeCredentialOf({ name: 'Authorization', value: 'Basic YTpi' }, map)).toBeUndefined();
  });

  it('reads the access token of an OAuth 2.0 or OpenID Connect scheme from its Authorization header, as the auth writes it', () => {
    const oauth = { OAuth2PasswordBearer: { type: 'oauth2' as const, flows: {} }, oidc: { type: 'openIdConnect' as const, openIdConnectUrl: 'https://id.example/.well-known/openid-configuration' } };
    const map = securityHeaderSchemes({ security: [{ OAuth2PasswordBearer: [] }] }, oauth);
    expect(savedSchemeKeys({ headers: [{ name: 'Authorization', value: 'Bearer {{OAuth2PasswordBearer.token}}' }] }, map)).toEqual({ OAuth2PasswordBearer: { token: '{{OAuth2PasswordBearer.token}}' } });
    expect([...securityHeaderSchemes({ security: [{ oidc: [] }] }, oauth)]).toEqual([['authorization', { scheme: 'oidc', kind: 'bearer' }]]);
  });
});
