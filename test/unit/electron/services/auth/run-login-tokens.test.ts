import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand } from '../../../../../electron/cli/run-command';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthTokens } from '../../../../../electron/services/auth/oauth-token';
import { attachLoginTokens } from '../../../../../electron/services/auth/run-login-tokens';
import { OAuthTokenStore } from '../../../../../electron/services/auth/token-store';
import { loadRunInput } from '../../../../../electron/services/runner/load-run-input';
import { runCollection } from '../../../../../electron/services/runner/run-collection';
import { tokenCacheKey } from '../../../../../shared/auth/login-settings';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { startDeviceServer, type DeviceServer } from '../../../../support/oauth-device-server';
import { writeCollection } from '../../../../support/runner-collections';

describe('run-login-tokens', () => {
  let auth: DeviceServer;
  let api: Server;
  let apiUrl: string;
  // What the API was sent, in order: the bearer token of each request.
  const seen: string[] = [];

  beforeAll(async () => {
    auth = await startDeviceServer();
    // A protected API that answers only to a token the authorization server issued and that has not expired.
    api = createServer((req, res) => {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      seen.push(token);
      res.writeHead(auth.validToken(token) ? 200 : 401, { 'Content-Type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await auth.close();
    await new Promise((resolve) => api.close(resolve));
  });

  /** A device-flow login as the app leaves it in the store, expiring `expiresIn` ms after `now`. */
  async function logIn(store: OAuthTokenStore, now: number, expiresIn: number): Promise<string> {
    const start = await fetch(auth.deviceAuthorizationUrl, { method: 'POST', body: new URLSearchParams({ client_id: 'cli' }) });
    const { device_code: deviceCode, user_code: userCode } = (await start.json()) as { device_code: string; user_code: string };
    await fetch(`${auth.url}/device`, { method: 'POST', body: new URLSearchParams({ user_code: userCode, decision: 'approve' }) });
    const issued = (await (await fetch(auth.tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode }) })).json()) as { access_token: string; refresh_token: string };
    const key = tokenCacheKey({ tokenUrl: auth.tokenUrl, clientId: 'cli' });
    await store.save({ key, flow: 'deviceCode', tokenUrl: auth.tokenUrl, clientId: 'cli', accessToken: issued.access_token, tokenType: 'Bearer', expiresAt: now + expiresIn, refreshToken: issued.refresh_token, obtainedAt: now });
    auth.tokenRequests.length = 0;
    return issued.access_token;
  }

  async function loginCollection(): Promise<string> {
    const oauth = { type: 'oauth2' as const, grantType: 'device_code', accessTokenUrl: auth.tokenUrl, clientId: 'cli' };
    return writeCollection('login', [newSavedRequest({ name: 'Me', method: 'GET', url: `${apiUrl}/me`, auth: oauth, assertions: [{ type: 'status', equals: 200 }] })]);
  }

  it('renews the token in the middle of a run once it is due, so a long run outlives it', async () => {
    let now = Date.now();
    const store = new OAuthTokenStore(undefined, () => now);
    const first = await logIn(store, now, 10 * 60_000);
    const input = await loadRunInput(await loginCollection());
    const logins = await attachLoginTokens(input.plan, store);
    seen.length = 0;
    const report = await runCollection(logins.plan, {
      iterations: 3,
      ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}),
      onStep: (result) => {
        // After the first request the token's lifetime passes, and the server stops taking it.
        if (result.iteration === 0) {
          now += 20 * 60_000;
          auth.expireTokens();
        }
      },
    });
    expect(report.results.map((r) => [r.iteration, r.passed, r.error])).toEqual([
      [0, true, undefined],
      [1, true, undefined],
      [2, true, undefined],
    ]);
    expect(seen[0]).toBe(first);
    expect(seen[1]).not.toBe(first);
    // One refresh, reused for the third request rather than renewed again.
    expect(seen[2]).toBe(seen[1]);
    expect(auth.tokenRequests.map((form) => form.get('grant_type'))).toEqual(['refresh_token']);
  });

  it('fails the step, not the run, when the renewal is refused, and says which login is needed', async () => {
    let now = Date.now();
    const store = new OAuthTokenStore(undefined, () => now);
    await logIn(store, now, 10 * 60_000);
    const input = await loadRunInput(await loginCollection());
    const logins = await attachLoginTokens(input.plan, store);
    // The token expires and its refresh token is gone from the store: nothing can renew it.
    const key = tokenCacheKey({ tokenUrl: auth.tokenUrl, clientId: 'cli' });
    const stored = await store.peek(key);
    if (stored === undefined) throw new Error('the login left no token');
    const { refreshToken: _dropped, ...withoutRefresh } = stored;
    void _dropped;
    await store.save(withoutRefresh);
    now += 20 * 60_000;
    auth.expireTokens();
    const report = await runCollection(logins.plan, { iterations: 2, ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}) });
    expect(report.results).toHaveLength(2);
    expect(report.results.every((r) => !r.passed)).toBe(true);
    expect(report.results[0]?.error).toMatch(/expired/i);
    expect(report.results[0]?.error).toMatch(/log in|login/i);
  });

  it('looks the token up by the audience too: a login for another API is not sent', async () => {
    const store = new OAuthTokenStore(undefined);
    const now = Date.now();
    const key = tokenCacheKey({ tokenUrl: auth.tokenUrl, clientId: 'cli', audience: 'https://api.one' });
    await store.save({ key, flow: 'deviceCode', tokenUrl: auth.tokenUrl, clientId: 'cli', audience: 'https://api.one', accessToken: 'one-token', tokenType: 'Bearer', expiresAt: now + 600_000, obtainedAt: now });
    const request = (audience: string) => newSavedRequest({ name: 'Me', method: 'GET', url: `${apiUrl}/me`, auth: { type: 'oauth2', grantType: 'device_code', accessTokenUrl: auth.tokenUrl, clientId: 'cli', audience } });
    const one = await attachLoginTokens((await loadRunInput(await writeCollection('aud-one', [request('{{aud}}')]))).plan, store, { aud: 'https://api.one' });
    expect(one.plan.steps[0]?.auth).toMatchObject({ accessToken: 'one-token' });
    const other = (await loadRunInput(await writeCollection('aud-two', [request('https://api.two')]))).plan;
    await expect(attachLoginTokens(other, store)).rejects.toThrow(/No OAuth token is stored for these settings yet/);
  });

  it('fetches a client credentials token itself, with the secret from the run, and a new one once it expires', async () => {
    const issuer = await startDeviceServer({ clients: { svc: 's3cret' } });
    try {
      let now = Date.now();
      const oauth = { type: 'oauth2' as const, grantType: 'client_credentials', accessTokenUrl: issuer.tokenUrl, clientId: 'svc', clientSecret: '{{client_secret}}', audience: 'https://api.example' };
      const input = await loadRunInput(await writeCollection('service', [newSavedRequest({ name: 'Report', method: 'GET', url: `${apiUrl}/report`, auth: oauth })]));
      const logins = await attachLoginTokens(input.plan, new OAuthTokenStore(undefined), { client_secret: 's3cret' }, new OAuthTokens(() => now));
      seen.length = 0;
      await runCollection(logins.plan, {
        iterations: 3,
        ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}),
        onStep: (result) => {
          if (result.iteration === 0) now += 2 * 60 * 60_000;
        },
      });
      expect(seen).toHaveLength(3);
      expect(seen.every((token) => issuer.validToken(token))).toBe(true);
      expect(seen[1]).not.toBe(seen[0]);
      expect(seen[2]).toBe(seen[1]);
      expect(issuer.tokenRequests[0]?.get('grant_type')).toBe('client_credentials');
      expect(issuer.tokenRequests[0]?.get('audience')).toBe('https://api.example');
      // A wrong secret stops the run before anything is sent, naming the token endpoint.
      await expect(attachLoginTokens(input.plan, new OAuthTokenStore(undefined), { client_secret: 'wrong' }, new OAuthTokens())).rejects.toThrow(/token endpoint .* answered 401/);
    } finally {
      await issuer.close();
    }
  });

  it('sends a kept token only to the origins it is bound to: `roundtrip run` fails a step to another origin unsent, and says how to allow it', async () => {
    // A second API, as a shared collection could name it beside the real token endpoint and client id.
    const other: string[] = [];
    const otherApi = createServer((req, res) => {
      other.push(req.headers.authorization ?? '(none)');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => otherApi.listen(0, '127.0.0.1', resolve));
    const otherUrl = `http://127.0.0.1:${(otherApi.address() as AddressInfo).port}`;
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rt-run-origins-'));
    const previous = process.env.ROUNDTRIP_DATA_DIR;
    process.env.ROUNDTRIP_DATA_DIR = dataDir;
    try {
      const now = Date.now();
      // The token the person got by logging in from a request to the real API, as the app keeps it.
      const memory = new OAuthTokenStore(undefined);
      const token = await logIn(memory, now, 10 * 60_000);
      const kept = await memory.peek(tokenCacheKey({ tokenUrl: auth.tokenUrl, clientId: 'cli' }));
      await writeFile(path.join(dataDir, 'oauth-tokens.json'), JSON.stringify({ version: 1, tokens: [{ ...kept, origins: [apiUrl] }] }), { mode: 0o600 });
      const oauth = { type: 'oauth2' as const, grantType: 'device_code', accessTokenUrl: auth.tokenUrl, clientId: 'cli' };
      const dir = await writeCollection('two-origins', [
        newSavedRequest({ name: 'Real', method: 'GET', url: `${apiUrl}/me`, auth: oauth, assertions: [{ type: 'status', equals: 200 }] }),
        newSavedRequest({ name: 'Other', method: 'GET', url: `${otherUrl}/collect`, auth: oauth }),
      ]);
      seen.length = 0;
      const out: string[] = [];
      const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
      expect(await runCommand([dir, '--reporter', 'json'], io)).toBe(1);
      expect(seen).toEqual([token]);
      expect(other).toEqual([]);
      const report = JSON.parse(out.join('\n')) as { results: { name: string; passed: boolean; error?: string }[] };
      expect(report.results.map((r) => [r.name, r.passed])).toEqual([
        ['Real', true],
        ['Other', false],
      ]);
      expect(report.results[1]?.error).toBe(
        `The kept OAuth token for client "cli" at ${auth.tokenUrl} was only used with ${apiUrl}, so it is not sent to ${otherUrl}. If that API should get it, send a request to it once in Roundtrip and allow ${otherUrl}, or run with --allow-token-origin ${otherUrl}.`,
      );
      // Allowed for this run only: the token goes there, and the file is left as it was.
      out.length = 0;
      expect(await runCommand([dir, '--reporter', 'json', '--allow-token-origin', `${otherUrl}/`], io)).toBe(0);
      expect(other).toEqual([`Bearer ${token}`]);
      expect((await new OAuthTokenStore(path.join(dataDir, 'oauth-tokens.json')).peek(kept?.key ?? ''))?.origins).toEqual([apiUrl]);
      expect(await runCommand([dir, '--allow-token-origin', 'not-an-origin'], io)).toBe(2);
    } finally {
      if (previous === undefined) delete process.env.ROUNDTRIP_DATA_DIR;
      else process.env.ROUNDTRIP_DATA_DIR = previous;
      await new Promise((resolve) => otherApi.close(resolve));
    }
  });

  it('sends a token kept before origins were recorded nowhere until an origin is allowed', async () => {
    const now = Date.now();
    const store = new OAuthTokenStore(undefined);
    await logIn(store, now, 10 * 60_000);
    const input = await loadRunInput(await loginCollection());
    const logins = await attachLoginTokens(input.plan, store);
    seen.length = 0;
    const report = await runCollection(logins.plan, { ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}), ...(logins.refuseSend ? { refuseSend: logins.refuseSend } : {}) });
    expect(seen).toEqual([]);
    expect(report.results[0]?.error).toMatch(new RegExp(`has not been allowed for any API yet .*, so it is not sent to ${apiUrl.replace(/\./g, '\\.')}`));
    // Allowed in the app meanwhile: the next send of a long run goes.
    await store.allowOrigin(tokenCacheKey({ tokenUrl: auth.tokenUrl, clientId: 'cli' }), apiUrl, { tokenUrl: auth.tokenUrl, clientId: 'cli' });
    const again = await runCollection(logins.plan, { ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}), ...(logins.refuseSend ? { refuseSend: logins.refuseSend } : {}) });
    expect(again.results[0]?.passed).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('adds nothing to a run whose requests need no login', async () => {
    const input = await loadRunInput(await writeCollection('plain', [newSavedRequest({ name: 'Open', method: 'GET', url: `${apiUrl}/open` })]));
    const logins = await attachLoginTokens(input.plan, new OAuthTokenStore(undefined));
    expect(logins.beforeStep).toBeUndefined();
    expect(logins.plan).toBe(input.plan);
  });
});
