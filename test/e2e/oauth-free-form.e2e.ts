import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stableStringify } from '../../shared/collections/stable-json';
import { startOAuthTarget, type OAuthTarget } from '../support/oauth-target';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { approveDeviceLogin } from './support/device-approval';
import { useServedApp } from './support/served-app';

describe('OAuth 2.0 logins of requests without a document', () => {
  const served = useServedApp(() => startOAuthTarget({ interval: 1, clients: { 'tv-service': 'tv-secret' } }));
  let target: OAuthTarget;
  let app: RoundtripPage;

  beforeAll(() => {
    ({ server: target, app } = served());
  });

  const login = () => app.byTestId('doc-oauth-login');

  async function openAuth(): Promise<void> {
    await app.byTestId('doc-section').filter({ hasText: 'Auth' }).click();
    await app.byTestId('doc-auth').waitFor();
  }

  /** A new free-form tab for the TV profile with OAuth 2.0 device code auth, its fields filled. */
  async function newDeviceCodeRequest(): Promise<void> {
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(`${target.base}/tv/profile`);
    await openAuth();
    await app.byTestId('doc-auth-type').selectOption('oauth2');
    await app.byTestId('doc-oauth-grant').selectOption('device_code');
    await app.byTestId('doc-oauth-token-url').fill(target.device.tokenUrl);
    await app.byTestId('doc-oauth-auth-url').fill(target.device.deviceAuthorizationUrl);
    await login().getByTestId('oauth-login-client-id').fill('tv-app');
    await login().getByTestId('oauth-login-audience').fill('https://tv.example.com');
  }

  it('logs in with a device code from a free-form request, sends the token and refreshes it', async () => {
    await newDeviceCodeRequest();

    // Without a login there is no token to send: Send says so and nothing goes out (no bare 401 to puzzle over).
    const visitsBefore = target.visits.length;
    expect(await app.byTestId('send-needs-token').innerText()).toMatch(/^No token yet: log in under Auth/);
    await app.page.keyboard.press('Control+Enter');
    await app.page.waitForTimeout(300);
    expect(target.visits.length).toBe(visitsBefore);

    await login().getByTestId('oauth-login-start').click();
    const code = await login().getByTestId('oauth-user-code').innerText();
    expect(code).toMatch(/^[A-Z0-9_-]{4}-[A-Z0-9_-]{4}$/);
    expect(target.device.authorizationRequests.at(-1)?.get('audience')).toBe('https://tv.example.com');
    await approveDeviceLogin(app, login());
    await app.page.screenshot({ path: '/tmp/oauth-free-form.png', fullPage: true });

    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const first = target.visits.at(-1);
    expect(first).toMatchObject({ path: '/tv/profile', accepted: true, authorization: expect.stringMatching(/^Bearer dev-/) });
    expect(target.device.validToken(first?.authorization?.slice('Bearer '.length) ?? '')).toBe(true);
    // The token is the login's, kept in memory: the request's own access token field stays empty.
    expect(await app.byTestId('doc-auth-value').inputValue()).toBe('');

    const before = target.device.tokenRequests.length;
    // The page takes the new token before it reads the status again: once that read goes out, a send carries it
    // (the server seeing the refresh is not enough on a busy machine: its answer may not have reached the page yet).
    const tokenTaken = app.page.waitForRequest((request) => request.url().endsWith('/rpc/auth:token-status'));
    await login().getByTestId('oauth-token-refresh').click();
    await expect.poll(() => target.device.tokenRequests.slice(before).map((form) => form.get('grant_type'))).toEqual(['refresh_token']);
    await tokenTaken;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const second = target.visits.at(-1);
    expect(second?.accepted).toBe(true);
    expect(second?.authorization).not.toBe(first?.authorization);

    // Another tab with the same settings takes the kept token. Until the lookup answers (held here),
    // Send waits instead of going out without it.
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/rpc/auth:token-use', async (route) => {
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
    });
    await newDeviceCodeRequest();
    expect(await app.byTestId('send-waiting').innerText()).toMatch(/^Looking for a token kept from an earlier login/);
    const visits = target.visits.length;
    await app.page.keyboard.press('Control+Enter');
    await app.page.waitForTimeout(300);
    expect(target.visits.length).toBe(visits);
    release();
    await app.byTestId('send-waiting').waitFor({ state: 'detached' });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.visits.at(-1)).toMatchObject({ accepted: true, authorization: second?.authorization });
    await app.page.unroute('**/rpc/auth:token-use');
  });

  it('logs in from a saved request opened without its document, and saves it back byte for byte', async () => {
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Elsewhere');
    const folder = path.join(served().session.host.dataDir, 'collections', 'elsewhere');
    const file = path.join(folder, 'company-profile.request.json');
    const auth = { type: 'oauth2', grantType: 'authorization_code', authUrl: target.mock.authorizationUrl, accessTokenUrl: target.mock.tokenUrl, clientId: 'roundtrip-e2e', scope: 'profile:read', audience: 'https://company.example.com' };
    const request = (name: string, requestAuth: unknown) => stableStringify({ format: 'roundtrip.request', version: 1, name, method: 'GET', url: `${target.base}/profile`, headers: [], body: { mode: 'none' }, auth: requestAuth });
    const text = request('Company profile', auth);
    // A folder with the same auth, and a request in it that inherits it.
    await mkdir(path.join(folder, 'team'));
    await writeFile(path.join(folder, 'team', 'folder.json'), stableStringify({ format: 'roundtrip.folder', version: 1, name: 'Team', auth }));
    await writeFile(path.join(folder, 'team', 'team-profile.request.json'), request('Team profile', { type: 'inherit' }));
    await writeFile(file, text);
    await app.byTestId('collections-changed').filter({ hasText: 'company-profile.request.json' }).waitFor();
    await panel.request('Company profile').getByRole('button', { name: 'Company profile', exact: true }).click();
    await app.byTestId('document-editor').waitFor();
    await openAuth();
    expect(await login().getByTestId('oauth-login-audience').inputValue()).toBe('https://company.example.com');

    // The login window goes to the authorization server with the audience, then to the loopback callback.
    const authorizeAddresses: string[] = [];
    app.page.context().on('request', (request) => {
      if (request.url().startsWith(target.mock.authorizationUrl)) authorizeAddresses.push(request.url());
    });
    const popup = app.page.context().waitForEvent('page');
    await login().getByTestId('oauth-login-start').click();
    const window = await popup;
    await window.waitForURL(/127\.0\.0\.1:\d+\/callback/, { timeout: 20_000 });
    expect(await window.locator('body').innerText()).toContain('Logged in to Roundtrip');
    await window.close();
    await login().getByTestId('oauth-token-status').filter({ hasText: /Logged in: token expires in/ }).waitFor({ timeout: 20_000 });
    expect(new URL(authorizeAddresses[0] ?? 'http://none').searchParams.get('audience')).toBe('https://company.example.com');
    expect(target.mock.tokenRequests.at(-1)).toMatchObject({ grant_type: 'authorization_code', client_id: 'roundtrip-e2e' });

    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const visit = target.visits.at(-1);
    expect(visit).toMatchObject({ path: '/profile', accepted: true });
    expect(await target.mock.validToken(visit?.authorization?.replace(/^Bearer /, '') ?? '')).toBe(true);

    // Saved again as it is: the audience stays, the token is never written.
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-notice').filter({ hasText: 'Saved Company profile' }).waitFor();
    expect(await readFile(file, 'utf8')).toBe(text);

    // A request inheriting the same OAuth 2.0 settings from its folder goes with the kept token.
    await panel.request('Team profile').getByRole('button', { name: 'Team profile', exact: true }).click();
    await app.page.locator('[data-testid="tab"][aria-selected="true"]').filter({ hasText: 'Team profile' }).waitFor();
    // The request as it would go (copy as code, the token redacted) carries it once the token store answered.
    await app.byTestId('curl-box').locator('summary').click();
    await app.byTestId('curl-command').filter({ hasText: "-H 'Authorization: <redacted>'" }).waitFor({ timeout: 20_000 });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.visits.at(-1)).toMatchObject({ path: '/profile', accepted: true, authorization: visit?.authorization });
  });

  it('gets a client credentials token for a free-form request, sends it, and never saves it', async () => {
    // The drawer the test before left open would cover the editor.
    const panel = new CollectionsPanel(app);
    if (await panel.drawer.isVisible()) await panel.close();
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(`${target.base}/tv/profile`);
    await openAuth();
    await app.byTestId('doc-auth-type').selectOption('oauth2');
    await app.byTestId('doc-oauth-grant').selectOption('client_credentials');
    await app.byTestId('doc-oauth-token-url').fill(target.device.tokenUrl);
    const fetch = app.byTestId('doc-oauth-fetch');
    await fetch.getByRole('textbox', { name: 'OAuth 2.0 client id' }).fill('tv-service');
    await fetch.getByRole('textbox', { name: 'OAuth 2.0 client secret' }).fill('tv-secret');
    await fetch.getByTestId('oauth-audience').fill('https://tv.example.com');

    await fetch.getByTestId('oauth-get-token').click();
    await fetch.getByTestId('oauth-note').filter({ hasText: /Token valid until/ }).waitFor();
    const form = target.device.tokenRequests.at(-1);
    expect(form?.get('grant_type')).toBe('client_credentials');
    expect(form?.get('audience')).toBe('https://tv.example.com');

    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const visit = target.visits.at(-1);
    expect(visit).toMatchObject({ path: '/tv/profile', accepted: true, authorization: expect.stringMatching(/^Bearer dev-/) });
    const token = visit?.authorization?.slice('Bearer '.length) ?? '';
    expect(target.device.validToken(token)).toBe(true);
    // Held in the tab's memory: the request's own access token field stays empty.
    expect(await app.byTestId('doc-auth-value').inputValue()).toBe('');

    // Saved into a new collection: the grant, client and audience are written, the token is not.
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-as-dialog').waitFor();
    await app.byTestId('save-as-name').fill('TV service profile');
    await app.byTestId('save-as-target').selectOption({ label: 'A new collection…' });
    await app.byTestId('save-as-new-collection').fill('Services');
    await app.byTestId('save-as-save').click();
    await app.byTestId('save-as-dialog').waitFor({ state: 'detached' });
    const file = path.join(served().session.host.dataDir, 'collections', 'services', 'tv-service-profile.request.json');
    const saved = await readFile(file, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'tv-service', audience: 'https://tv.example.com' } });
    expect(saved).not.toContain(token);
    expect((JSON.parse(saved) as { auth: object }).auth).not.toHaveProperty('accessToken');

    // Changing the client drops the held token: Send waits for a new one instead of going without it.
    await fetch.getByRole('textbox', { name: 'OAuth 2.0 client id' }).fill('tv-other');
    expect(await app.byTestId('send-needs-token').innerText()).toMatch(/^No token yet: press Get token under Auth/);
    expect(await app.byTestId('send-button').getAttribute('aria-disabled')).toBe('true');
  });
});
