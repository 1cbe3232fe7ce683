import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OAuthTokenStore } from '../../../../../electron/services/auth/token-store';
import type { StoredToken } from '../../../../../shared/auth/token-file';
import { startDeviceServer, type DeviceServer } from '../../../../support/oauth-device-server';

describe('token-store', () => {
  let server: DeviceServer;
  let dir: string;
  let file: string;
  let now = 1_000_000;
  const clock = (): number => now;

  beforeAll(async () => {
    server = await startDeviceServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rt-tokens-'));
    file = path.join(dir, 'oauth-tokens.json');
    server.tokenRequests.length = 0;
    now = Date.now();
  });

  /** A token as a login leaves it, with a refresh token the server really issued. */
  async function loggedIn(expiresIn: number): Promise<StoredToken> {
    const start = await fetch(server.deviceAuthorizationUrl, { method: 'POST', body: new URLSearchParams({ client_id: 'cli' }) });
    const { device_code: deviceCode, user_code: userCode } = (await start.json()) as { device_code: string; user_code: string };
    await fetch(`${server.url}/device`, { method: 'POST', body: new URLSearchParams({ user_code: userCode, decision: 'approve' }) });
    const issued = (await (await fetch(server.tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode }) })).json()) as { access_token: string; refresh_token: string };
    server.tokenRequests.length = 0;
    return { key: 'k1', flow: 'deviceCode', tokenUrl: server.tokenUrl, clientId: 'cli', accessToken: issued.access_token, tokenType: 'Bearer', expiresAt: now + expiresIn, refreshToken: issued.refresh_token, obtainedAt: now };
  }

  it('hands out the stored token while it is valid, without asking the server', async () => {
    const store = new OAuthTokenStore(file, clock);
    const token = await loggedIn(10 * 60_000);
    await store.save(token, 'client-secret');
    expect((await store.usable('k1', token)).accessToken).toBe(token.accessToken);
    expect(server.tokenRequests).toHaveLength(0);
  });

  it('refreshes a token within a minute of its expiry before handing it out, once for callers at the same time', async () => {
    const store = new OAuthTokenStore(file, clock);
    const token = await loggedIn(30_000);
    await store.save(token);
    const [a, b] = await Promise.all([store.usable('k1', token), store.usable('k1', token)]);
    expect(a.accessToken).not.toBe(token.accessToken);
    expect(b.accessToken).toBe(a.accessToken);
    expect(server.validToken(a.accessToken)).toBe(true);
    expect(server.tokenRequests.map((form) => [form.get('grant_type'), form.get('refresh_token')])).toEqual([['refresh_token', token.refreshToken]]);
    // The server rotated the refresh token: the new one is kept.
    expect(a.refreshToken).not.toBe(token.refreshToken);
  });

  it('keeps tokens in a file only its owner can read, with no client secret, for another process to use', async () => {
    const token = await loggedIn(10 * 60_000);
    await new OAuthTokenStore(file, clock).save(token, 'client-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).not.toContain('client-secret');
    expect((await new OAuthTokenStore(file, clock).usable('k1', token)).accessToken).toBe(token.accessToken);
  });

  it('reads the file again when another process refreshed the token, so the rotated refresh token is not lost', async () => {
    const app = new OAuthTokenStore(file, clock);
    const token = await loggedIn(30_000);
    await app.save(token);
    const cli = new OAuthTokenStore(file, clock);
    const renewed = await cli.refresh('k1');
    expect((await app.peek('k1'))?.refreshToken).toBe(renewed.refreshToken);
    expect((await app.refresh('k1')).accessToken).not.toBe(renewed.accessToken);
  });

  it('keeps every token when two processes save tokens for different settings at the same moment', async () => {
    const token = await loggedIn(10 * 60_000);
    const app = new OAuthTokenStore(file, clock);
    const cli = new OAuthTokenStore(file, clock);
    // Each store reads the file, changes its copy and writes it back; without one writer at a time,
    // a copy read before the other's write drops that token.
    await Promise.all(Array.from({ length: 8 }, (_, i) => [app.save({ ...token, key: `app-${i}` }), cli.save({ ...token, key: `cli-${i}` })]).flat());
    const keys = (await new OAuthTokenStore(file, clock).all()).map((t) => t.key).sort();
    expect(keys).toEqual([...Array.from({ length: 8 }, (_, i) => `app-${i}`), ...Array.from({ length: 8 }, (_, i) => `cli-${i}`)].sort());
    await expect(stat(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('takes over a lock left by a process that died while saving', async () => {
    const token = await loggedIn(10 * 60_000);
    await writeFile(`${file}.lock`, '');
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, longAgo, longAgo);
    const started = Date.now();
    await new OAuthTokenStore(file, clock).save(token);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await new OAuthTokenStore(file, clock).peek('k1'))?.accessToken).toBe(token.accessToken);
  });

  it('keeps the login when another process rotated the refresh token while ours was being refused', async () => {
    // A token server that rotates a refresh token once and refuses its reuse, answering the refusal
    // slowly, as a remote server would: the other process's save lands during that round trip.
    let issued = 0;
    const slow = createServer((req, res) => {
      issued += 1;
      const answer = issued === 1 ? { status: 200, body: { access_token: 'fresh-access', token_type: 'Bearer', expires_in: 3600, refresh_token: 'fresh-refresh' } } : { status: 400, body: { error: 'invalid_grant' } };
      setTimeout(() => res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body)), issued === 1 ? 0 : 300);
      req.resume();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const tokenUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/token`;
      const token: StoredToken = { key: 'k1', flow: 'deviceCode', tokenUrl, clientId: 'cli', accessToken: 'old-access', tokenType: 'Bearer', expiresAt: now + 30_000, refreshToken: 'old-refresh', obtainedAt: now };
      const app = new OAuthTokenStore(file, clock);
      await app.save(token);
      const cli = new OAuthTokenStore(file, clock);
      await cli.peek('k1');
      // Both send "old-refresh": the app's is rotated at once, the run's is refused 300 ms later.
      const [first, second] = await Promise.all([app.refresh('k1'), cli.refresh('k1')]);
      expect(first.accessToken).toBe('fresh-access');
      expect(second.accessToken).toBe('fresh-access');
      expect((await new OAuthTokenStore(file, clock).peek('k1'))?.refreshToken).toBe('fresh-refresh');
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('keeps a login saved by another process while a refresh of the older token was on its way', async () => {
    // The refresh of the older token is answered slowly; meanwhile the person logs in again in the app.
    const slow = createServer((req, res) => {
      setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ access_token: 'refreshed-access', token_type: 'Bearer', expires_in: 3600, refresh_token: 'refreshed-refresh' })), 300);
      req.resume();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const tokenUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/token`;
      const older: StoredToken = { key: 'k1', flow: 'deviceCode', tokenUrl, clientId: 'cli', accessToken: 'old-access', tokenType: 'Bearer', expiresAt: now + 30_000, refreshToken: 'old-refresh', obtainedAt: now };
      const cli = new OAuthTokenStore(file, clock);
      await cli.save(older);
      const refreshing = cli.refresh('k1');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await new OAuthTokenStore(file, clock).save({ ...older, accessToken: 'login-access', refreshToken: 'login-refresh' });
      // The run's send still gets the token it renewed; the file keeps the newer login.
      expect((await refreshing).accessToken).toBe('refreshed-access');
      expect((await new OAuthTokenStore(file, clock).peek('k1'))?.refreshToken).toBe('login-refresh');
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('asks for an interactive login when there is no token, or its refresh is refused, and forgets the dead one', async () => {
    const store = new OAuthTokenStore(file, clock);
    await expect(store.usable('k1', { tokenUrl: server.tokenUrl, clientId: 'cli' })).rejects.toMatchObject({ code: 'login-needed', message: expect.stringContaining('An interactive login is needed for client "cli"') });
    const token = await loggedIn(-1000);
    await store.save({ ...token, refreshToken: 'revoked' });
    await expect(store.usable('k1', token)).rejects.toMatchObject({ code: 'login-needed', message: expect.stringContaining('refused to refresh the OAuth token ("invalid_grant": unknown refresh token)') });
    expect(await store.peek('k1')).toBeUndefined();
  });

  it('asks for a login when an expired token has no refresh token', async () => {
    const store = new OAuthTokenStore(undefined, clock);
    const { refreshToken: _none, ...token } = await loggedIn(-1000);
    void _none;
    await store.save(token);
    await expect(store.usable('k1', token)).rejects.toMatchObject({ code: 'login-needed', message: expect.stringContaining('expired and the server gave no refresh token') });
  });

  it('clears a token and removes the file with the last one', async () => {
    const store = new OAuthTokenStore(file, clock);
    await store.save(await loggedIn(60_000 * 10));
    expect(await store.clear('k1')).toBe(true);
    expect(await store.clear('k1')).toBe(false);
    await expect(stat(file)).rejects.toThrow();
  });

  it('keeps the origins a token may go to in the file, and adds an allowed one under the lock', async () => {
    const token = await loggedIn(10 * 60_000);
    await new OAuthTokenStore(file, clock).save({ ...token, origins: ['http://127.0.0.1:8000'] });
    const cli = new OAuthTokenStore(file, clock);
    expect((await cli.usable('k1', token)).origins).toEqual(['http://127.0.0.1:8000']);
    const allowed = await new OAuthTokenStore(file, clock).allowOrigin('k1', 'https://api.example.com/v1/me', token);
    expect(allowed.origins).toEqual(['http://127.0.0.1:8000', 'https://api.example.com']);
    // Another process sees it at its next read.
    expect((await cli.peek('k1'))?.origins).toEqual(['http://127.0.0.1:8000', 'https://api.example.com']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1, tokens: [{ key: 'k1', origins: ['http://127.0.0.1:8000', 'https://api.example.com'] }] });
    await expect(cli.allowOrigin('k1', 'javascript:alert(1)', token)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(cli.allowOrigin('k2', 'https://api.example.com', token)).rejects.toMatchObject({ code: 'login-needed' });
  });

  it('reads a token file written before origins were recorded as tokens bound to none', async () => {
    const token = await loggedIn(10 * 60_000);
    const { origins: _none, ...old } = token;
    void _none;
    await writeFile(file, JSON.stringify({ version: 1, tokens: [old] }), { mode: 0o600 });
    const store = new OAuthTokenStore(file, clock);
    const read = await store.usable('k1', token);
    expect(read.accessToken).toBe(token.accessToken);
    expect(read.origins).toEqual([]);
    // Allowing one writes the field; the rest of the entry is as it was.
    await store.allowOrigin('k1', 'http://127.0.0.1:8000', token);
    expect(JSON.parse(await readFile(file, 'utf8')).tokens[0]).toEqual({ ...old, origins: ['http://127.0.0.1:8000'] });
  });

  it('keeps the allowed origins through a new login for the same settings and through a refresh', async () => {
    const store = new OAuthTokenStore(file, clock);
    const token = await loggedIn(30_000);
    await store.save({ ...token, origins: ['http://127.0.0.1:8000'] });
    await store.save({ ...token, origins: ['https://api.example.com'] });
    expect((await store.peek('k1'))?.origins).toEqual(['http://127.0.0.1:8000', 'https://api.example.com']);
    const renewed = await store.usable('k1', token);
    expect(renewed.accessToken).not.toBe(token.accessToken);
    expect(renewed.origins).toEqual(['http://127.0.0.1:8000', 'https://api.example.com']);
    expect((await new OAuthTokenStore(file, clock).peek('k1'))?.origins).toEqual(['http://127.0.0.1:8000', 'https://api.example.com']);
  });

  it('removes an origin from a token under the lock, in the file, and a refresh under way does not bring it back', async () => {
    const token = await loggedIn(30_000);
    const store = new OAuthTokenStore(file, clock);
    await store.save({ ...token, origins: ['http://127.0.0.1:8000', 'https://api.example.com'] });
    const cli = new OAuthTokenStore(file, clock);
    const renewing = cli.refresh('k1');
    const revoked = await store.revokeOrigin('k1', 'https://api.example.com', token);
    expect(revoked.origins).toEqual(['http://127.0.0.1:8000']);
    const renewed = await renewing;
    expect(renewed.origins).toEqual(['http://127.0.0.1:8000']);
    expect(JSON.parse(await readFile(file, 'utf8')).tokens[0].origins).toEqual(['http://127.0.0.1:8000']);
    expect((await store.peek('k1'))?.origins).toEqual(['http://127.0.0.1:8000']);
    // Removing the last one leaves the token bound to none; removing one it does not have changes nothing.
    expect((await store.revokeOrigin('k1', 'http://127.0.0.1:8000/any/path', token)).origins).toEqual([]);
    expect((await store.revokeOrigin('k1', 'https://other.example', token)).origins).toEqual([]);
    await expect(store.revokeOrigin('k2', 'https://api.example.com', token)).rejects.toMatchObject({ code: 'login-needed' });
  });

  it('still guards the access tokens a refresh replaced, here or in another process', async () => {
    const token = await loggedIn(30_000);
    const store = new OAuthTokenStore(file, clock);
    await store.save({ ...token, origins: ['http://127.0.0.1:8000'] });
    const renewed = await new OAuthTokenStore(file, clock).refresh('k1');
    expect(renewed.accessToken).not.toBe(token.accessToken);
    const guarded = await store.guarded();
    expect(guarded.map((t) => t.accessToken)).toEqual([renewed.accessToken, token.accessToken]);
    expect(guarded.map((t) => t.origins)).toEqual([['http://127.0.0.1:8000'], ['http://127.0.0.1:8000']]);
    const again = await store.refresh('k1');
    expect((await store.guarded()).map((t) => t.accessToken)).toEqual([again.accessToken, renewed.accessToken, token.accessToken]);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));
});
