import { describe, expect, it } from 'vitest';
import { defaultScopes, interactiveFlows, readDiscovery, tokenCacheKey } from '../../../../shared/auth/login-settings';

describe('login-settings', () => {
  it('offers the authorization code and device flows a scheme declares, relative URLs resolved', () => {
    const flows = interactiveFlows(
      {
        type: 'oauth2',
        flows: {
          authorizationCode: { authorizationUrl: 'https://id.example.com/authorize', tokenUrl: 'token', refreshUrl: 'https://id.example.com/refresh', scopes: { read: 'Read', write: 'Write' } },
          deviceAuthorization: { deviceAuthorizationUrl: 'device', tokenUrl: 'token', scopes: {} },
          clientCredentials: { tokenUrl: 'token', scopes: {} },
        },
      },
      'http://127.0.0.1:8000/api/',
    );
    expect(flows).toEqual([
      { flow: 'authorizationCode', authorizationUrl: 'https://id.example.com/authorize', tokenUrl: 'http://127.0.0.1:8000/api/token', refreshUrl: 'https://id.example.com/refresh', scopes: ['read', 'write'] },
      { flow: 'deviceCode', deviceAuthorizationUrl: 'http://127.0.0.1:8000/api/device', tokenUrl: 'http://127.0.0.1:8000/api/token', scopes: [] },
    ]);
  });

  it('reads an OpenID Connect scheme\'s flows from its discovery document', () => {
    const discovered = readDiscovery({ authorization_endpoint: 'https://id/a', token_endpoint: 'https://id/t', device_authorization_endpoint: 'https://id/d', scopes_supported: ['openid', 7, 'email'] });
    expect(discovered).toEqual({ authorizationUrl: 'https://id/a', tokenUrl: 'https://id/t', deviceAuthorizationUrl: 'https://id/d', scopes: ['openid', 'email'] });
    expect(interactiveFlows({ type: 'openIdConnect', openIdConnectUrl: 'https://id/.well-known/openid-configuration' }, 'http://x', discovered).map((f) => f.flow)).toEqual(['authorizationCode', 'deviceCode']);
    expect(interactiveFlows({ type: 'openIdConnect' }, 'http://x')).toEqual([]);
    expect(readDiscovery('not json')).toEqual({ scopes: [] });
  });

  it('asks for the scopes the operation requires', () => {
    expect(defaultScopes(['read', 'write'])).toBe('read write');
    expect(defaultScopes(undefined)).toBe('');
  });

  it('keys a token by endpoint, client, audience and the set of scopes in any order', () => {
    const a = tokenCacheKey({ tokenUrl: 'https://id/t', clientId: 'app', scopes: 'write read' });
    expect(tokenCacheKey({ tokenUrl: 'https://id/t', clientId: 'app', scopes: ' read  write' })).toBe(a);
    expect(tokenCacheKey({ tokenUrl: 'https://id/t', clientId: 'other', scopes: 'read write' })).not.toBe(a);
    expect(tokenCacheKey({ tokenUrl: 'https://id/t', clientId: 'app', scopes: 'read write', audience: 'api' })).not.toBe(a);
  });
});
