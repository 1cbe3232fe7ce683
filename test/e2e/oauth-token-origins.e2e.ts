import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuthTarget, type OAuthTarget } from '../support/oauth-target';
import type { RoundtripPage } from './support/roundtrip-page';
import { expectAccessible } from './support/axe-audit';
import { approveDeviceLogin } from './support/device-approval';
import { useServedApp } from './support/served-app';

describe('A kept OAuth 2.0 token goes only to the origins it is bound to', () => {
  const served = useServedApp(() => startOAuthTarget({ interval: 1 }));
  let target: OAuthTarget;
  let app: RoundtripPage;
  // Other APIs, as a shared request or document could name them beside the real token endpoint and client id.
  const others: Server[] = [];
  let otherUrl: string;
  let thirdUrl: string;
  const received: (string | undefined)[] = [];
  const receivedThird: (string | undefined)[] = [];

  async function recordingApi(into: (string | undefined)[]): Promise<string> {
    const server = createServer((req, res) => {
      into.push(req.headers.authorization);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    others.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    ({ server: target, app } = served());
    otherUrl = await recordingApi(received);
    thirdUrl = await recordingApi(receivedThird);
  });
  afterAll(() => Promise.all(others.map((server) => new Promise((resolve) => server.close(resolve)))));

  const login = () => app.byTestId('doc-oauth-login');

  async function deviceCodeRequest(url: string, clientId = 'tv-app'): Promise<void> {
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(url);
    await app.byTestId('doc-section').filter({ hasText: 'Auth' }).click();
    await app.byTestId('doc-auth').waitFor();
    await app.byTestId('doc-auth-type').selectOption('oauth2');
    await app.byTestId('doc-oauth-grant').selectOption('device_code');
    await app.byTestId('doc-oauth-token-url').fill(target.device.tokenUrl);
    await app.byTestId('doc-oauth-auth-url').fill(target.device.deviceAuthorizationUrl);
    await login().getByTestId('oauth-login-client-id').fill(clientId);
  }

  /** The origins Auth lists for the kept token, in order. */
  async function listedOrigins(): Promise<(string | null)[]> {
    const list = login().getByTestId('oauth-token-origins');
    await list.waitFor();
    return list.getByTestId('oauth-token-origin').evaluateAll((items) => items.map((item) => item.getAttribute('data-origin')));
  }

  async function keptOriginsOnDisk(clientId: string): Promise<string[] | undefined> {
    const file = JSON.parse(await readFile(path.join(served().session.host.dataDir, 'oauth-tokens.json'), 'utf8')) as { tokens: { clientId: string; origins?: string[] }[] };
    return file.tokens.find((t) => t.clientId === clientId)?.origins;
  }

  it('holds Send for a new origin with the reason, sends nothing there, and sends the token once the origin is allowed', async () => {
    // The person logs in from a request to the real API: the token is bound to its origin.
    await deviceCodeRequest(`${target.base}/tv/profile`);
    await login().getByTestId('oauth-login-start').click();
    await login().getByTestId('oauth-user-code').waitFor();
    await approveDeviceLogin(app, login());
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const token = target.visits.at(-1)?.authorization ?? '';
    expect(token).toMatch(/^Bearer dev-/);

    // A request with the same login settings to another API (another tab, as a shared collection would open it)
    // finds the kept token, and is held with the reason.
    await deviceCodeRequest(`${otherUrl}/collect`);
    const held = app.byTestId('send-token-origin');
    await held.waitFor();
    await app.page.screenshot({ path: '/tmp/oauth-token-origin-held.png', fullPage: true });
    expect(await held.locator('p').first().innerText()).toBe(
      `Not sent: this request goes to ${otherUrl}, and the kept OAuth token for these login settings was only used with ${target.base}. Allow ${otherUrl} if that API should get the token, or log in again from this request.`,
    );
    expect(await app.byTestId('send-button').getAttribute('aria-disabled')).toBe('true');
    await app.page.keyboard.press('Control+Enter');
    // The button's own handler refuses too (aria-disabled does not stop a click).
    await app.byTestId('send-button').dispatchEvent('click');
    await app.page.waitForTimeout(300);
    expect(received).toEqual([]);

    // Allowed with the button: recorded with the token, and the next send carries it.
    await held.getByTestId('allow-token-origin').click();
    await held.waitFor({ state: 'detached' });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(received).toEqual([token]);
    const file = JSON.parse(await readFile(path.join(served().session.host.dataDir, 'oauth-tokens.json'), 'utf8')) as { tokens: { origins?: string[] }[] };
    expect(file.tokens.map((t) => t.origins)).toEqual([[target.base, otherUrl]]);

    // Another origin still is held: allowing one origin is not allowing all.
    await app.byTestId('url-input').fill(`${otherUrl.replace('127.0.0.1', 'localhost')}/collect`);
    await held.waitFor();
    expect(await held.locator('p').first().innerText()).toContain(`was only used with ${target.base}, ${otherUrl}.`);
  });

  it("holds an operation form's Send when its base URL moves to an origin the kept token is not bound to", async () => {
    // The document's device code scheme has the same login settings: the kept token is found and used.
    await app.selectOperation('GET', '/tv/profile');
    const tv = app.page.locator('[data-testid="auth-scheme"][data-scheme="tv"]');
    await tv.getByTestId('oauth-login-client-id').fill('tv-app');
    await tv.getByTestId('oauth-token-status').waitFor();
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const token = target.visits.at(-1)?.authorization;
    expect(token).toMatch(/^Bearer dev-/);

    await app.setBaseUrl(thirdUrl);
    const held = app.page.locator('.send-bar [data-testid="send-token-origin"]');
    await held.waitFor();
    expect(await held.locator('p').first().innerText()).toBe(
      `Not sent: this request goes to ${thirdUrl}, and the kept OAuth token for these login settings was only used with ${target.base}, ${otherUrl}. Allow ${thirdUrl} if that API should get the token, or log in again from this request.`,
    );
    await app.page.locator('.send-bar [data-testid="send-button"]').dispatchEvent('click');
    await app.page.waitForTimeout(300);
    expect(receivedThird).toEqual([]);

    await held.getByTestId('allow-token-origin').click();
    await held.waitFor({ state: 'detached' });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(receivedThird).toEqual([token]);
  });

  it('lists the origins a kept token goes to under Auth, and a removed one is held again, on disk and after a reload', async () => {
    // A login of its own (another client id), from a request to the real API.
    await deviceCodeRequest(`${target.base}/tv/profile`, 'tv-remote');
    await login().getByTestId('oauth-login-start').click();
    await login().getByTestId('oauth-user-code').waitFor();
    await approveDeviceLogin(app, login());
    expect(await listedOrigins()).toEqual([target.base]);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const token = target.visits.at(-1)?.authorization ?? '';

    // A second origin, allowed under Send, is listed at once beside the first.
    await app.byTestId('url-input').fill(`${otherUrl}/collect`);
    const held = app.byTestId('send-token-origin');
    await held.getByTestId('allow-token-origin').click();
    await held.waitFor({ state: 'detached' });
    await expect.poll(listedOrigins).toEqual([target.base, otherUrl]);
    const before = received.length;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(received.slice(before)).toEqual([token]);
    const removeOther = login().locator(`[data-testid="oauth-token-origin"][data-origin="${otherUrl}"]`).getByRole('button', { name: `Stop sending the token to ${otherUrl}` });
    await removeOther.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: '/tmp/oauth-token-origins-listed.png' });
    await expectAccessible(app, 'oauth-token-origins');

    // Removed with the keyboard: the list keeps the focus, and Send to that origin is held again with the same reason and Allow.
    await removeOther.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(listedOrigins).toEqual([target.base]);
    // The list can show the removal (the token store's event) before the removal's own answer moves the focus.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('oauth-token-origins');
    await held.waitFor();
    expect(await held.locator('p').first().innerText()).toBe(
      `Not sent: this request goes to ${otherUrl}, and the kept OAuth token for these login settings was only used with ${target.base}. Allow ${otherUrl} if that API should get the token, or log in again from this request.`,
    );
    await held.getByTestId('allow-token-origin').waitFor();
    await app.page.screenshot({ path: '/tmp/oauth-token-origins-removed.png' });
    expect(await app.byTestId('send-button').getAttribute('aria-disabled')).toBe('true');
    await app.page.keyboard.press('Control+Enter');
    await app.byTestId('send-button').dispatchEvent('click');
    await app.page.waitForTimeout(300);
    expect(received.slice(before)).toEqual([token]);
    expect(await keptOriginsOnDisk('tv-remote')).toEqual([target.base]);

    // A new page reads the same list from the token file.
    await app.page.reload();
    await app.openUrl(target.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    await deviceCodeRequest(`${otherUrl}/collect`, 'tv-remote');
    await login().getByTestId('oauth-token-status').waitFor();
    expect(await listedOrigins()).toEqual([target.base]);
    await held.waitFor();
    await app.byTestId('send-button').dispatchEvent('click');
    await app.page.waitForTimeout(300);
    expect(received.slice(before)).toEqual([token]);
  });
});
