import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthTokens } from '../../../../../electron/services/auth/oauth-token';

describe('oauth-token', () => {
  let server: Server;
  let tokenUrl: string;
  const seen: { body: string; authorization?: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ body, authorization: req.headers.authorization });
        const form = new URLSearchParams(body);
        res.setHeader('Content-Type', 'application/json');
        if (form.get('grant_type') === 'refresh_token') {
          res.end(JSON.stringify({ access_token: `r${seen.length}-${form.get('refresh_token') ?? ''}`, token_type: 'bearer', expires_in: 60 }));
          return;
        }
        if (form.get('grant_type') === 'password' && form.get('username') === 'refreshing') {
          res.end(JSON.stringify({ access_token: 'p1', token_type: 'bearer', expires_in: 60, refresh_token: 'rt1' }));
          return;
        }
        if (form.get('grant_type') === 'password' && form.get('password') !== 'right') {
          res.statusCode = 400;
          res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'Wrong password' }));
          return;
        }
        res.end(JSON.stringify({ access_token: `t${seen.length}`, token_type: 'bearer', expires_in: 60 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs the client credentials flow with HTTP Basic client auth and caches until near expiry', async () => {
    let now = 1_000_000;
    const tokens = new OAuthTokens(() => now);
    const request = { flow: 'clientCredentials' as const, tokenUrl, clientId: 'app', clientSecret: 's3', scopes: 'read write' };
    const first = await tokens.token(request);
    expect(first).toEqual({ accessToken: 't1', tokenType: 'bearer', expiresAt: now + 60_000, cached: false });
    expect(seen[0]).toEqual({ body: 'grant_type=client_credentials&scope=read+write', authorization: `Basic ${Buffer.from('app:s3').toString('base64')}` });
    expect((await tokens.token(request)).cached).toBe(true);
    now += 31_000; // within 30 s of expiry: fetched again
    expect(await tokens.token(request)).toMatchObject({ accessToken: 't2', cached: false });
    expect((await tokens.token({ ...request, fresh: true })).accessToken).toBe('t3');
  });

  it('asks for the audience given, and caches a token per audience', async () => {
    const tokens = new OAuthTokens();
    const request = { flow: 'clientCredentials' as const, tokenUrl, clientId: 'aud', scopes: 'read' };
    await tokens.token({ ...request, audience: ' https://api.example.com ' });
    expect(seen.at(-1)?.body).toBe('grant_type=client_credentials&scope=read&audience=https%3A%2F%2Fapi.example.com&client_id=aud');
    const before = seen.length;
    expect((await tokens.token({ ...request, audience: 'https://other.example.com' })).cached).toBe(false);
    expect(seen.length).toBe(before + 1);
    expect((await tokens.token({ ...request, audience: 'https://other.example.com' })).cached).toBe(true);
  });

  it('runs the password flow and says why a refused token was refused', async () => {
    const tokens = new OAuthTokens();
    expect((await tokens.token({ flow: 'password', tokenUrl, username: 'ada', password: 'right', clientId: 'public' })).accessToken).toMatch(/^t\d+$/);
    expect(seen.at(-1)?.body).toBe('grant_type=password&username=ada&password=right&client_id=public');
    await expect(tokens.token({ flow: 'password', tokenUrl, username: 'ada', password: 'wrong' })).rejects.toThrow(/answered 400 without an access token \(Wrong password\)/);
    await expect(tokens.token({ flow: 'password', tokenUrl: 'token', username: 'a' })).rejects.toThrow(/not an absolute URL/);
  });

  it('renews an expired token with its refresh token instead of running the flow again', async () => {
    let now = 5_000_000;
    const tokens = new OAuthTokens(() => now);
    const request = { flow: 'password' as const, tokenUrl, username: 'refreshing', password: 'x' };
    expect((await tokens.token(request)).accessToken).toBe('p1');
    now += 60_000;
    const renewed = await tokens.token(request);
    expect(renewed).toMatchObject({ refreshed: true, cached: false });
    expect(renewed.accessToken).toMatch(/^r\d+-rt1$/);
    expect(seen.at(-1)?.body).toBe('grant_type=refresh_token&refresh_token=rt1');
  });
});
