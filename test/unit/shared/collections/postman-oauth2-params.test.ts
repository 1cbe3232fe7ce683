import { describe, expect, it } from 'vitest';
import { audienceFromPostman, audienceToPostman } from '../../../../shared/collections/postman-oauth2-params';
import { fromPostman } from '../../../../shared/collections/postman-import';
import { toAuth } from '../../../../shared/collections/postman-export';

// An authorization code auth as Postman 10.13 and later exports it (Auth0: audience on the login and the token request).
const postman10 = [
  { key: 'grant_type', value: 'authorization_code_with_pkce', type: 'string' },
  { key: 'authUrl', value: 'https://tenant.auth0.com/authorize', type: 'string' },
  { key: 'accessTokenUrl', value: 'https://tenant.auth0.com/oauth/token', type: 'string' },
  { key: 'clientId', value: '{{clientId}}', type: 'string' },
  { key: 'scope', value: 'openid profile', type: 'string' },
  { key: 'redirect_uri', value: 'https://oauth.pstmn.io/v1/callback', type: 'string' },
  { key: 'useBrowser', value: true, type: 'boolean' },
  { key: 'client_authentication', value: 'body', type: 'string' },
  { key: 'authRequestParams', value: [{ key: 'audience', value: 'https://api.example.com', enabled: true, send_as: 'request_url' }], type: 'any' },
  { key: 'tokenRequestParams', value: [{ key: 'audience', value: 'https://api.example.com', enabled: true, send_as: 'request_body' }, { key: 'ignored', value: 'x', enabled: false, send_as: 'request_body' }], type: 'any' },
  { key: 'refreshRequestParams', value: [], type: 'any' },
  { key: 'addTokenTo', value: 'header', type: 'string' },
];

// The same as Postman 8 to 10.12 exported it: an Advanced Options field holding an object of values.
const postman8 = [
  { key: 'grant_type', value: 'client_credentials', type: 'string' },
  { key: 'accessTokenUrl', value: 'https://tenant.auth0.com/oauth/token', type: 'string' },
  { key: 'audience', value: { 'https://tenant.auth0.com/oauth/token': 'https://api.example.com' }, type: 'any' },
  { key: 'resource', value: {}, type: 'any' },
];

describe('postman-oauth2-params', () => {
  it('reads the audience from the token request parameters of Postman 10.13 and later', () => {
    expect(audienceFromPostman(postman10, 'https://tenant.auth0.com/oauth/token')).toEqual({ audience: 'https://api.example.com', unsent: [] });
  });

  it('reads it from the authorization request parameters when only those have it', () => {
    const authOnly = postman10.filter((param) => param.key !== 'tokenRequestParams');
    expect(audienceFromPostman(authOnly, '').audience).toBe('https://api.example.com');
  });

  it('reads the older Advanced Options audience, as text or as an object of values', () => {
    expect(audienceFromPostman(postman8, 'https://tenant.auth0.com/oauth/token')).toEqual({ audience: 'https://api.example.com', unsent: [] });
    expect(audienceFromPostman([{ key: 'audience', value: { 'https://other.example/token': 'wrong', 'https://tenant.auth0.com': 'right' } }], 'https://tenant.auth0.com/oauth/token').audience).toBe('right');
    expect(audienceFromPostman([{ key: 'audience', value: 'https://api.example.com' }], '').audience).toBe('https://api.example.com');
    expect(audienceFromPostman([{ key: 'audience', value: {} }], '')).toEqual({ unsent: [] });
  });

  it('names the extra parameters it does not send, a disabled one aside', () => {
    const extra = [{ key: 'tokenRequestParams', value: [{ key: 'resource', value: 'https://r.example', enabled: true, send_as: 'request_body' }, { key: 'off', value: 'x', enabled: false, send_as: 'request_body' }] }, { key: 'refreshRequestParams', value: [{ key: 'audience', value: 'a', enabled: true, send_as: 'request_body' }] }];
    expect(audienceFromPostman(extra, '')).toEqual({ unsent: ['resource'] });
    expect(audienceFromPostman([{ key: 'resource', value: { 'https://h': 'https://api.h' } }], '')).toEqual({ unsent: ['resource'] });
  });

  it('writes the audience as Postman 10.13 reads it: on the token request, and on the login of an authorization code grant', () => {
    expect(audienceToPostman('https://api.example.com', 'client_credentials')).toEqual([{ key: 'tokenRequestParams', value: [{ key: 'audience', value: 'https://api.example.com', enabled: true, send_as: 'request_body' }], type: 'any' }]);
    expect(audienceToPostman('https://api.example.com', 'authorization_code').map((param) => param.key)).toEqual(['tokenRequestParams', 'authRequestParams']);
    expect(audienceToPostman(undefined, 'authorization_code')).toEqual([]);
  });

  it('imports a Postman 10 collection with an audience and exports it back in the same shape', () => {
    const outcome = fromPostman({ info: { name: 'Auth0', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, auth: { type: 'oauth2', oauth2: postman10 }, item: [{ name: 'Me', request: { method: 'GET', url: 'https://api.example.com/me' } }] });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.tree.collection.auth).toEqual({ type: 'oauth2', grantType: 'authorization_code_with_pkce', authUrl: 'https://tenant.auth0.com/authorize', accessTokenUrl: 'https://tenant.auth0.com/oauth/token', clientId: '{{clientId}}', scope: 'openid profile', audience: 'https://api.example.com' });
    const exported = toAuth(outcome.tree.collection.auth);
    const params = exported?.['oauth2'] as { key: string; value: unknown }[];
    expect(params.find((param) => param.key === 'tokenRequestParams')?.value).toEqual([{ key: 'audience', value: 'https://api.example.com', enabled: true, send_as: 'request_body' }]);
    expect(params.find((param) => param.key === 'authRequestParams')?.value).toEqual([{ key: 'audience', value: 'https://api.example.com', enabled: true, send_as: 'request_url' }]);
    expect(params.some((param) => param.key === 'audience')).toBe(false);
  });
});
