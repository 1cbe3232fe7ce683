import { describe, expect, it } from 'vitest';
import { schemeAuth, VariableNamer } from '../../../../shared/collections/security-scheme-auth';

describe('security-scheme-auth', () => {
  it('gives one (scheme, field) the same name each time, and a free one when the name is taken', () => {
    const namer = new VariableNamer(['baseUrl', 'apiKey.apiKey']);
    expect(namer.name('apiKey', 'apiKey')).toBe('apiKey.apiKey2');
    expect(namer.name('apiKey', 'apiKey')).toBe('apiKey.apiKey2');
    // As the operation form saves a credential typed for a scheme: {{scheme.field}}.
    expect(namer.name('basic', 'password')).toBe('basic.password');
    expect(namer.name('HTTPBearer', 'token')).toBe('HTTPBearer.token');
    expect(namer.name('  ', 'token')).toBe('auth.token');
  });

  it('declares no variable for a scheme it cannot carry', () => {
    const namer = new VariableNamer([]);
    expect(schemeAuth('mtls', { type: 'mutualTLS' }, [], namer)).toMatchObject({ kind: 'not-carried' });
    expect(schemeAuth('noName', { type: 'apiKey', in: 'header' }, [], namer)).toMatchObject({ kind: 'not-carried', why: 'the API key scheme "noName" names no header' });
    expect(schemeAuth('oauth', { type: 'oauth2', flows: {} }, [], namer)).toMatchObject({ kind: 'not-carried' });
    expect(namer.name('mtls', 'token')).toBe('mtls.token');
  });

  it('carries the device flow for a login in the app, its device authorization URL as the auth URL', () => {
    const carry = schemeAuth('device', { type: 'oauth2', flows: { deviceAuthorization: { deviceAuthorizationUrl: 'https://id.example.com/device', tokenUrl: 'https://id.example.com/token', scopes: {} } } }, ['read'], new VariableNamer([]));
    expect(carry).toMatchObject({ kind: 'auth', auth: { type: 'oauth2', grantType: 'device_code', authUrl: 'https://id.example.com/device', accessTokenUrl: 'https://id.example.com/token', clientId: '{{device.clientId}}', scope: 'read' } });
  });
});
