import { describe, expect, it } from 'vitest';
import { authorizationAddress, readAuthorizationCallback } from '../../../../shared/auth/authorization-code';

describe('authorization-code', () => {
  it('adds the PKCE, state and client parameters to the authorization URL, keeping its own query', () => {
    const address = new URL(
      authorizationAddress({ authorizationUrl: 'https://id.example.com/authorize?prompt=login', clientId: 'app', redirectUri: 'http://127.0.0.1:5123/callback', state: 's1', codeChallenge: 'c1', scopes: ' read write ', audience: 'https://api.example.com' }),
    );
    expect(Object.fromEntries(address.searchParams)).toEqual({
      prompt: 'login',
      response_type: 'code',
      client_id: 'app',
      redirect_uri: 'http://127.0.0.1:5123/callback',
      scope: 'read write',
      audience: 'https://api.example.com',
      state: 's1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
  });

  it('leaves out empty scopes and audience', () => {
    const address = new URL(authorizationAddress({ authorizationUrl: 'https://id.example.com/authorize', clientId: 'app', redirectUri: 'http://127.0.0.1:1/callback', state: 's', codeChallenge: 'c', scopes: '', audience: ' ' }));
    expect(address.searchParams.has('scope')).toBe(false);
    expect(address.searchParams.has('audience')).toBe(false);
  });

  it('gives the code when the state matches', () => {
    expect(readAuthorizationCallback(new URLSearchParams({ code: 'abc', state: 's1' }), 's1')).toEqual({ ok: true, code: 'abc' });
  });

  it('refuses a code that comes back with another state, or none', () => {
    const queries: Record<string, string>[] = [{ code: 'abc', state: 'other' }, { code: 'abc' }];
    for (const query of queries) {
      const outcome = readAuthorizationCallback(new URLSearchParams(query), 's1');
      expect(outcome).toMatchObject({ ok: false, error: 'state_mismatch' });
      expect(outcome.ok ? '' : outcome.message).toMatch(/did not carry the state.*Log in again/);
    }
  });

  it('says what the server refused and what to do next', () => {
    const outcome = readAuthorizationCallback(new URLSearchParams({ error: 'access_denied', error_description: 'User said no', state: 's1' }), 's1');
    expect(outcome).toMatchObject({ ok: false, error: 'access_denied' });
    expect(outcome.ok ? '' : outcome.message).toBe('The authorization server answered "access_denied" (User said no). The login was declined (or cancelled) at the authorization server. Log in again and approve the access to get a token.');
    const scope = readAuthorizationCallback(new URLSearchParams({ error: 'invalid_scope', state: 's1' }), 's1');
    expect(scope.ok ? '' : scope.message).toMatch(/Remove or correct the scopes/);
  });

  it('does not trust an error that carries another login\'s state', () => {
    expect(readAuthorizationCallback(new URLSearchParams({ error: 'access_denied', state: 'x' }), 's1')).toMatchObject({ ok: false, error: 'state_mismatch' });
  });

  it('says so when neither a code nor an error came back', () => {
    expect(readAuthorizationCallback(new URLSearchParams({ state: 's1' }), 's1')).toMatchObject({ ok: false, error: 'no_code' });
  });
});
