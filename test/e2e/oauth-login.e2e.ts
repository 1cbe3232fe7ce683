import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startOAuthTarget, type OAuthTarget } from '../support/oauth-target';
import { runRoundtripWith } from '../support/run-roundtrip';
import { writeCollection } from '../support/runner-collections';
import type { RoundtripPage } from './support/roundtrip-page';
import { approveDeviceLogin } from './support/device-approval';
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

  /** `roundtrip run` of one saved request to /profile whose auth is the authorization code flow, on the app's data folder. */
  async function runSavedProfileRequest(): Promise<{ code: number; stdout: string; stderr: string }> {
    const dir = await writeCollection('oauth-run', [
      newSavedRequest({
        name: 'Profile',
        method: 'GET',
        url: `${target.base}/profile`,
        auth: { type: 'oauth2', grantType: 'authorization_code', authUrl: target.mock.authorizationUrl, accessTokenUrl: target.mock.tokenUrl, clientId: 'roundtrip-e2e', scope: 'profile:read' },
        assertions: [{ type: 'status', equals: 200 }],
      }),
    ]);
    return runRoundtripWith({ ROUNDTRIP_DATA_DIR: served().session.host.dataDir }, 'run', dir);
  }

  it('lets `roundtrip run` use the token of the login, and refresh it when it is about to expire', async () => {
    const visits = target.visits.length;
    const first = await runSavedProfileRequest();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(target.visits.slice(visits)).toEqual([expect.objectContaining({ path: '/profile', accepted: true })]);
    // The token is never printed.
    expect(first.stdout).not.toContain(target.visits.at(-1)?.authorization?.slice(7) ?? 'none');

    // Make the stored token expire in 10 s: the run renews it first with the refresh token.
    const file = path.join(served().session.host.dataDir, 'oauth-tokens.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { tokens: { expiresAt?: number }[] };
    for (const token of stored.tokens) token.expiresAt = Date.now() + 10_000;
    await writeFile(file, JSON.stringify(stored));
    const before = target.mock.tokenRequests.length;
    const second = await runSavedProfileRequest();
    expect(second.code).toBe(0);
    expect(target.mock.tokenRequests.slice(before).map((form) => form.grant_type)).toEqual(['refresh_token']);
    expect(target.visits.at(-1)?.accepted).toBe(true);
  });

  it('lets `roundtrip verify` use the token of the login for the document\'s flow', async () => {
    const visits = target.visits.length;
    const verify = await runRoundtripWith({ ROUNDTRIP_DATA_DIR: served().session.host.dataDir }, 'verify', target.specUrl, '--operation', 'GET /profile', '--checks', 'auth-required,auth-accepted', '--reporter', 'cli,json');
    expect(verify.stderr).toContain('Using the OAuth 2.0 login token of client "roundtrip-e2e"');
    expect(verify.code).toBe(0);
    const report = JSON.parse(verify.stdout) as { operations: { checks: { name: string; status: string }[] }[] };
    expect(report.operations[0]?.checks).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'auth-accepted', status: 'passed' }), expect.objectContaining({ name: 'auth-required', status: 'passed' })]));
    expect(target.visits.slice(visits).some((visit) => visit.accepted)).toBe(true);
    expect(verify.stdout).not.toContain(target.visits.find((visit) => visit.accepted)?.authorization?.slice(7) ?? 'none');
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

    const visits = target.visits.length;
    const run = await runSavedProfileRequest();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`No OAuth token is stored for these settings yet. An interactive login is needed for client "roundtrip-e2e" at ${target.mock.tokenUrl}`);
    expect(target.visits.length).toBe(visits);
  });

  it('logs in with a device code: the code to copy, the approval in another tab, then the token is sent', async () => {
    await app.selectOperation('GET', '/tv/profile');
    await scheme('tv').getByTestId('oauth-login-client-id').fill('tv-app');
    await scheme('tv').getByTestId('oauth-login-start').click();
    const code = await scheme('tv').getByTestId('oauth-user-code').innerText();
    await app.page.screenshot({ path: '/tmp/oauth-device.png', fullPage: true });
    expect(code).toMatch(/^[A-Z0-9_-]{4}-[A-Z0-9_-]{4}$/);
    // The person opens the verification page on another device; here, another tab.
    await approveDeviceLogin(app, scheme('tv'));
    expect(target.device.tokenRequests.map((form) => form.get('grant_type'))).toContain('urn:ietf:params:oauth:grant-type:device_code');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.visits.at(-1)).toMatchObject({ path: '/tv/profile', accepted: true });
  });

  it('says a denied device code was denied and how to start again', async () => {
    await scheme('tv').getByTestId('oauth-token-clear').click();
    await scheme('tv').getByTestId('oauth-login-start').click();
    const verification = app.page.context().waitForEvent('page');
    await scheme('tv').getByTestId('oauth-device-uri').click();
    const tab = await verification;
    await tab.getByRole('button', { name: 'Deny' }).click();
    // Closed before the server has the decision, the code would stay pending until it expired.
    await tab.locator('#result').filter({ hasText: 'Device denied.' }).waitFor();
    await tab.close();
    const error = scheme('tv').getByTestId('oauth-login-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.innerText()).toBe('The login was denied on the verification page. Start the device login again and approve it to get a token.');
    expect(await scheme('tv').getByTestId('oauth-device').count()).toBe(0);
  });

  it('reads an OpenID Connect scheme\'s endpoints from its discovery document and logs in there', async () => {
    await app.selectOperation('GET', '/sso/profile');
    expect(await scheme('sso').getByTestId('oauth-login-scopes').inputValue()).toBe('openid');
    expect(await scheme('sso').getByTestId('oauth-login').innerText()).toContain(`at ${target.mock.authorizationUrl}`);
    await scheme('sso').getByTestId('oauth-login-client-id').fill('sso-app');
    expect(await logInThroughPopup('sso')).toContain('Logged in to Roundtrip');
    await scheme('sso').getByTestId('oauth-token-status').waitFor({ timeout: 20_000 });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.visits.at(-1)).toMatchObject({ path: '/sso/profile', accepted: true });
  });
});
