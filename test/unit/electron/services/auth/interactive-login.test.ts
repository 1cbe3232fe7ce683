import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InteractiveLogins } from '../../../../../electron/services/auth/interactive-login';
import { OAuthTokenStore } from '../../../../../electron/services/auth/token-store';
import type { LoginStart } from '../../../../../shared/auth/login-inputs';
import { startDeviceServer, type DeviceServer } from '../../../../support/oauth-device-server';
import { startOAuthMock, type OAuthMock } from '../../../../support/oauth-mock';

function started<F extends LoginStart['flow']>(start: LoginStart, flow: F): Extract<LoginStart, { flow: F }> {
  if (start.flow !== flow) throw new Error(`expected a ${flow} login, got ${start.flow}`);
  return start as Extract<LoginStart, { flow: F }>;
}

describe('interactive-login', () => {
  let mock: OAuthMock;
  beforeAll(async () => {
    mock = await startOAuthMock();
  });
  afterAll(() => mock.stop());
  beforeEach(() => {
    mock.tokenRequests.length = 0;
  });

  const codeSettings = (): { flow: 'authorizationCode'; authorizationUrl: string; tokenUrl: string; clientId: string; scopes: string } => ({ flow: 'authorizationCode', authorizationUrl: mock.authorizationUrl, tokenUrl: mock.tokenUrl, clientId: 'roundtrip-app', scopes: 'read write' });

  it('logs in with the authorization code and PKCE through the loopback redirect, and keeps the token bound to the origin it was made from', async () => {
    const store = new OAuthTokenStore(undefined);
    const logins = new InteractiveLogins({ store });
    const start = started(await logins.start({ ...codeSettings(), origin: 'http://127.0.0.1:8000/items/1?x=y' }), 'authorizationCode');
    expect(start.opened).toBe(false);
    expect(start.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const asked = new URL(start.authorizationAddress);
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    // What the browser does: follow the authorization server's redirect to the loopback listener.
    const page = await fetch(start.authorizationAddress);
    expect(await page.text()).toContain('Logged in to Roundtrip');
    const result = await logins.wait(start.loginId);
    expect(await mock.validToken(result.accessToken)).toBe(true);
    expect(result.canRefresh).toBe(true);
    const exchange = mock.tokenRequests[0];
    expect(exchange).toMatchObject({ grant_type: 'authorization_code', redirect_uri: start.redirectUri, client_id: 'roundtrip-app' });
    expect(exchange?.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await store.peek(result.key))?.accessToken).toBe(result.accessToken);
    expect(result.origins).toEqual(['http://127.0.0.1:8000']);
    expect((await store.peek(result.key))?.origins).toEqual(['http://127.0.0.1:8000']);
  });

  it('opens the address through the seam when the host has a system browser', async () => {
    const opened: string[] = [];
    const logins = new InteractiveLogins({ store: new OAuthTokenStore(undefined), openExternal: (url) => Promise.resolve(void opened.push(url)) });
    const start = started(await logins.start(codeSettings()), 'authorizationCode');
    expect(start.opened).toBe(true);
    expect(opened).toEqual([start.authorizationAddress]);
    expect(logins.cancel(start.loginId)).toBe(true);
    await expect(logins.wait(start.loginId)).rejects.toMatchObject({ code: 'login-cancelled' });
  });

  it('refuses a callback whose state is not the login\'s, and never exchanges its code', async () => {
    const logins = new InteractiveLogins({ store: new OAuthTokenStore(undefined) });
    const start = started(await logins.start(codeSettings()), 'authorizationCode');
    const page = await fetch(`${start.redirectUri}?code=stolen&state=forged`);
    expect(page.status).toBe(400);
    await expect(logins.wait(start.loginId)).rejects.toMatchObject({ code: 'login-failed', message: expect.stringContaining('did not carry the state') });
    expect(mock.tokenRequests).toHaveLength(0);
  });

  it('says what the authorization server refused and what to do next', async () => {
    const logins = new InteractiveLogins({ store: new OAuthTokenStore(undefined) });
    const start = started(await logins.start(codeSettings()), 'authorizationCode');
    mock.failNextAuthorization('access_denied', 'The user declined');
    expect(await (await fetch(start.authorizationAddress)).text()).toContain('access_denied');
    await expect(logins.wait(start.loginId)).rejects.toMatchObject({ code: 'login-failed', message: expect.stringMatching(/"access_denied" \(The user declined\)\. .*Log in again and approve/) });
  });

  it('refuses a non-http authorization URL before anything opens', async () => {
    const opened: string[] = [];
    const logins = new InteractiveLogins({ store: new OAuthTokenStore(undefined), openExternal: (url) => Promise.resolve(void opened.push(url)) });
    await expect(logins.start({ ...codeSettings(), authorizationUrl: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'invalid-url' });
    expect(opened).toEqual([]);
  });

  describe('device code', () => {
    let device: DeviceServer;
    beforeAll(async () => {
      device = await startDeviceServer({ interval: 2, slowDowns: 1 });
    });
    afterAll(() => device.close());

    const deviceSettings = (): { flow: 'deviceCode'; deviceAuthorizationUrl: string; tokenUrl: string; clientId: string } => ({ flow: 'deviceCode', deviceAuthorizationUrl: device.deviceAuthorizationUrl, tokenUrl: device.tokenUrl, clientId: 'tv-app' });

    it('shows the code, polls at the interval, slows down when told, and gets the token once approved', async () => {
      const waits: number[] = [];
      let approve: () => Promise<unknown> = () => Promise.resolve();
      const logins = new InteractiveLogins({
        store: new OAuthTokenStore(undefined),
        sleep: async (ms) => {
          waits.push(ms);
          if (waits.length === 3) await approve();
        },
      });
      const start = started(await logins.start(deviceSettings()), 'deviceCode');
      expect(start.userCode).toMatch(/^[A-Z0-9_-]{4}-[A-Z0-9_-]{4}$/);
      expect(start.verificationUri).toBe(`${device.url}/device`);
      expect(start.intervalSeconds).toBe(2);
      approve = () => fetch(`${device.url}/device`, { method: 'POST', body: new URLSearchParams({ user_code: start.userCode, decision: 'approve' }) });
      const result = await logins.wait(start.loginId);
      expect(device.validToken(result.accessToken)).toBe(true);
      // slow_down first (2 s -> 7 s), then pending, then the token.
      expect(waits).toEqual([2000, 7000, 7000]);
    });

    it('stops with what to do when the code is denied or expires', async () => {
      const logins = new InteractiveLogins({ store: new OAuthTokenStore(undefined), sleep: () => Promise.resolve() });
      const denied = started(await logins.start(deviceSettings()), 'deviceCode');
      await fetch(`${device.url}/device`, { method: 'POST', body: new URLSearchParams({ user_code: denied.userCode, decision: 'deny' }) });
      await expect(logins.wait(denied.loginId)).rejects.toMatchObject({ code: 'login-failed', message: expect.stringContaining('denied on the verification page') });
      const expired = started(await logins.start(deviceSettings()), 'deviceCode');
      device.expireCodes();
      await expect(logins.wait(expired.loginId)).rejects.toMatchObject({ code: 'login-failed', message: expect.stringContaining('expired before it was approved') });
    });

    it('says why the device authorization endpoint gave no code', async () => {
      const logins = new InteractiveLogins({ store: new OAuthTokenStore(undefined) });
      await expect(logins.start({ ...deviceSettings(), clientId: '' })).rejects.toMatchObject({ code: 'login-failed', message: expect.stringContaining('("invalid_client": client_id is required)') });
    });
  });
});
