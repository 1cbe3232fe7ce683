import { beforeAll, describe, expect, it } from 'vitest';
import { startOAuthTarget, type OAuthTarget } from '../support/oauth-target';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

describe('OAuth 2.0 logins in the browser host', () => {
  const served = useServedApp(() => startOAuthTarget());
  let target: OAuthTarget;
  let app: RoundtripPage;

  beforeAll(() => {
    ({ server: target, app } = served());
  });

  function scheme(name: string) {
    return app.page.locator(`[data-testid="auth-scheme"][data-scheme="${name}"]`);
  }

  /** Clicks Log in and lets the login window the page opens run to the loopback callback; its final text. */
  async function logInThroughPopup(name: string): Promise<string> {
    const popup = app.page.context().waitForEvent('page');
    await scheme(name).getByTestId('oauth-login-start').click();
    const window = await popup;
    await window.waitForURL(/127\.0\.0\.1:\d+\/callback/, { timeout: 20_000 });
    const text = await window.locator('body').innerText();
    await window.close();
    return text;
  }

  it('logs in with the authorization code and PKCE through a login window and the loopback callback, then sends the token', async () => {
    await app.selectOperation('GET', '/profile');
    await app.send();
    expect(await app.responseStatus()).toBe('401 Unauthorized');
    expect(target.visits.at(-1)).toEqual({ path: '/profile', accepted: false });

    // Scopes come from the operation's requirement.
    expect(await scheme('company').getByTestId('oauth-login-scopes').inputValue()).toBe('profile:read');
    await scheme('company').getByTestId('oauth-login-client-id').fill('roundtrip-e2e');
    expect(await logInThroughPopup('company')).toContain('Logged in to Roundtrip');
    await scheme('company').getByTestId('oauth-token-status').filter({ hasText: /Logged in: token expires in (59|60) min/ }).waitFor({ timeout: 20_000 });

    const exchange = target.mock.tokenRequests.at(-1);
    expect(exchange).toMatchObject({ grant_type: 'authorization_code', client_id: 'roundtrip-e2e' });
    expect(exchange?.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(exchange?.redirect_uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const visit = target.visits.at(-1);
    expect(visit?.accepted).toBe(true);
    expect(await target.mock.validToken(visit?.authorization?.replace(/^Bearer /, '') ?? '')).toBe(true);
    expect(await scheme('company').getByTestId('auth-token').getAttribute('type')).toBe('password');
    await app.page.screenshot({ path: '/tmp/oauth-login.png', fullPage: true });
  });

  it('is refused with a wrong token, and Refresh gets a new one with the refresh token', async () => {
    const field = scheme('company').getByTestId('auth-token');
    const good = await field.inputValue();
    await field.fill('not-a-token');
    await app.send();
    expect(await app.responseStatus()).toBe('401 Unauthorized');
    expect(target.visits.at(-1)).toEqual({ path: '/profile', authorization: 'Bearer not-a-token', accepted: false });

    const before = target.mock.tokenRequests.length;
    await scheme('company').getByTestId('oauth-token-refresh').click();
    await expect.poll(() => field.inputValue(), { timeout: 20_000 }).not.toBe('not-a-token');
    expect(await field.inputValue()).not.toBe(good);
    expect(target.mock.tokenRequests.slice(before).map((form) => form.grant_type)).toEqual(['refresh_token']);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.visits.at(-1)?.accepted).toBe(true);
  });

  it('shows the authorization server\'s refusal with what to do next', async () => {
    target.mock.failNextAuthorization('access_denied', 'The user declined the consent screen');
    expect(await logInThroughPopup('company')).toContain('access_denied');
    const error = scheme('company').getByTestId('oauth-login-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.innerText()).toBe(
      'The authorization server answered "access_denied" (The user declined the consent screen). The login was declined (or cancelled) at the authorization server. Log in again and approve the access to get a token.',
    );
  });

  it('clears the token: the status goes and the request is refused again', async () => {
    await scheme('company').getByTestId('oauth-token-clear').click();
    await scheme('company').getByTestId('oauth-token-status').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await scheme('company').getByTestId('auth-token').inputValue()).toBe('');
    await app.send();
    expect(await app.responseStatus()).toBe('401 Unauthorized');
  });
});
