import { describe, expect, it } from 'vitest';
import { tokenCacheKey } from '../../../../shared/auth/login-settings';
import { clientCredentialsSchemeOf, heldTokenKeyOf, isInteractiveGrant, loginFieldsOf, loginKeyOf, loginSchemeOf, needsLoginToken, splitLoginPatch, takesHeldToken, withLoginFields, withLoginToken, type OAuth2Auth } from '../../../../shared/auth/oauth2-auth-login';

const values: Record<string, string> = { id: 'https://id.example.com', client: 'app' };
const fill = (text: string): string => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole).trim();
const code: OAuth2Auth = { type: 'oauth2', grantType: 'authorization_code', authUrl: '{{id}}/authorize', accessTokenUrl: '{{id}}/token ', clientId: '{{client}}', scope: 'read write', audience: 'https://api.example.com' };

describe('oauth2-auth-login', () => {
  it('knows the grants that need a person to log in, as Postman, Insomnia and Bruno spell them', () => {
    expect(['authorization_code', 'authorization_code_with_pkce', 'device_code', 'urn:ietf:params:oauth:grant-type:device_code'].every(isInteractiveGrant)).toBe(true);
    expect(isInteractiveGrant('client_credentials')).toBe(false);
    expect(needsLoginToken(code)).toBe(true);
    expect(needsLoginToken({ ...code, accessToken: 'typed' })).toBe(false);
    expect(needsLoginToken({ type: 'bearer', token: '' })).toBe(false);
  });

  it('turns the authorization code and device grants into the one-flow scheme the login runs, URLs filled', () => {
    expect(loginSchemeOf(code, fill)).toEqual({ type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://id.example.com/authorize', tokenUrl: 'https://id.example.com/token', scopes: {} } } });
    expect(loginSchemeOf({ ...code, grantType: 'device_code', authUrl: '{{id}}/device' }, fill)).toEqual({ type: 'oauth2', flows: { deviceCode: { deviceAuthorizationUrl: 'https://id.example.com/device', tokenUrl: 'https://id.example.com/token', scopes: {} } } });
    expect(loginSchemeOf({ ...code, authUrl: ' ' }, fill)).toBeUndefined();
    expect(loginSchemeOf({ ...code, grantType: 'client_credentials' }, fill)).toBeUndefined();
  });

  it('names the kept token as a run looks it up: endpoint, client, scopes and audience, filled', () => {
    expect(loginKeyOf(code, fill)).toBe(tokenCacheKey({ tokenUrl: 'https://id.example.com/token', clientId: 'app', scopes: 'write read', audience: 'https://api.example.com' }));
    expect(loginKeyOf({ ...code, audience: 'https://other' }, fill)).not.toBe(loginKeyOf(code, fill));
  });

  it('edits the fields as typed, leaving an emptied one out', () => {
    expect(loginFieldsOf(code)).toEqual({ clientId: '{{client}}', clientSecret: '', scopes: 'read write', audience: 'https://api.example.com' });
    const edited = withLoginFields(code, { scopes: 'read', audience: '', clientSecret: '{{secret}}' });
    expect(JSON.parse(JSON.stringify(edited))).toEqual({ type: 'oauth2', grantType: 'authorization_code', authUrl: '{{id}}/authorize', accessTokenUrl: '{{id}}/token ', clientId: '{{client}}', clientSecret: '{{secret}}', scope: 'read' });
  });

  it('splits a login patch into the token (memory) and the fields (the request)', () => {
    expect(splitLoginPatch({ token: 't', oauthKey: 'k', tokenExpiresAt: 1 })).toEqual({ token: { token: 't', oauthKey: 'k', tokenExpiresAt: 1 } });
    expect(splitLoginPatch({ clientId: 'app' })).toEqual({ fields: { clientId: 'app' } });
  });

  it('sends the login token in place of a missing access token only', () => {
    expect(withLoginToken(code, 'login-token')).toEqual({ ...code, accessToken: 'login-token' });
    expect(withLoginToken({ ...code, accessToken: 'typed' }, 'login-token')).toEqual({ ...code, accessToken: 'typed' });
    expect(withLoginToken(code, undefined)).toBe(code);
    expect(withLoginToken({ type: 'none' }, 'login-token')).toEqual({ type: 'none' });
  });

  it('sends a fetched client credentials token in place of a missing access token, and only for that grant', () => {
    const fetched: OAuth2Auth = { ...code, grantType: 'client_credentials' };
    expect(takesHeldToken(fetched)).toBe(true);
    expect(needsLoginToken(fetched)).toBe(false);
    expect(withLoginToken(fetched, 'fetched-token')).toEqual({ ...fetched, accessToken: 'fetched-token' });
    expect(withLoginToken({ ...fetched, accessToken: 'typed' }, 'fetched-token')).toEqual({ ...fetched, accessToken: 'typed' });
    expect(withLoginToken({ ...code, grantType: 'password' }, 'fetched-token')).toEqual({ ...code, grantType: 'password' });
  });

  it('holds a client credentials token under a key of its own, so a login token is never sent for it', () => {
    const fetched: OAuth2Auth = { ...code, grantType: 'client_credentials' };
    expect(heldTokenKeyOf(code, fill)).toBe(loginKeyOf(code, fill));
    expect(heldTokenKeyOf(fetched, fill)).not.toBe(loginKeyOf(fetched, fill));
    expect(heldTokenKeyOf({ ...fetched, audience: 'https://other.example.com' }, fill)).not.toBe(heldTokenKeyOf(fetched, fill));
  });

  it('turns the client credentials grant into the flow Get token fetches with, its token URL filled', () => {
    expect(clientCredentialsSchemeOf({ ...code, grantType: 'client_credentials' }, fill)).toEqual({ type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://id.example.com/token', scopes: {} } } });
    expect(clientCredentialsSchemeOf({ ...code, grantType: 'client_credentials', accessTokenUrl: ' ' }, fill)).toBeUndefined();
    expect(clientCredentialsSchemeOf(code, fill)).toBeUndefined();
  });
});
