/**
 * A small OAuth 2.0 authorization server for the device flow (RFC 8628), which oauth2-mock-server
 * does not offer: a device authorization endpoint, a verification page where a browser approves or
 * denies the code, and a token endpoint that answers authorization_pending, slow_down,
 * expired_token and access_denied as the flow goes, then issues expiring tokens with refresh tokens.
 * It also takes the client credentials grant from the clients in `options.clients` (HTTP Basic), so
 * a token fetched at a click is checked by the same API. `validToken` is what the protected API asks before it answers.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../../shared/text/escape-html';

interface DeviceGrant {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly clientId: string;
  readonly scope: string;
  expiresAt: number;
  decision: 'pending' | 'approved' | 'denied';
  used: boolean;
}

export interface DeviceServerOptions {
  /** Seconds between polls the server asks for (a fraction keeps tests quick). */
  readonly interval?: number;
  /** Lifetime of a device code, seconds. */
  readonly codeLifetime?: number;
  /** Lifetime of an access token, seconds. */
  readonly tokenLifetime?: number;
  /** The first N polls are answered slow_down. */
  readonly slowDowns?: number;
  /** Client id to secret: the confidential clients the client credentials grant is open to. */
  readonly clients?: Readonly<Record<string, string>>;
}

export interface DeviceServer {
  readonly url: string;
  readonly deviceAuthorizationUrl: string;
  readonly tokenUrl: string;
  /** Each token endpoint request's form, oldest first. */
  readonly tokenRequests: URLSearchParams[];
  /** Each device authorization request's form, oldest first. */
  readonly authorizationRequests: URLSearchParams[];
  /** True for an access token this server issued that has not expired. */
  validToken(token: string): boolean;
  /** Makes every issued access token expired at once. */
  expireTokens(): void;
  /** Lets the device code lapse now. */
  expireCodes(): void;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startDeviceServer(options: DeviceServerOptions = {}): Promise<DeviceServer> {
  const grants = new Map<string, DeviceGrant>();
  const tokens = new Map<string, number>();
  const refreshTokens = new Set<string>();
  const tokenRequests: URLSearchParams[] = [];
  const authorizationRequests: URLSearchParams[] = [];
  let slowDowns = options.slowDowns ?? 0;
  const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
  const issue = (res: ServerResponse): void => {
    const accessToken = `dev-${random(18)}`;
    const refreshToken = `ref-${random(18)}`;
    const lifetime = options.tokenLifetime ?? 3600;
    tokens.set(accessToken, Date.now() + lifetime * 1000);
    refreshTokens.add(refreshToken);
    json(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, refresh_token: refreshToken });
  };
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const form = new URLSearchParams(body);
      if (req.method === 'POST' && url.pathname === '/device_authorization') {
        authorizationRequests.push(form);
        const clientId = form.get('client_id');
        if (!clientId) return json(res, 400, { error: 'invalid_client', error_description: 'client_id is required' });
        const grant: DeviceGrant = { deviceCode: random(24), userCode: `${random(3).toUpperCase().slice(0, 4)}-${random(3).toUpperCase().slice(0, 4)}`, clientId, scope: form.get('scope') ?? '', expiresAt: Date.now() + (options.codeLifetime ?? 600) * 1000, decision: 'pending', used: false };
        grants.set(grant.deviceCode, grant);
        const verification = `${base}/device`;
        return json(res, 200, { device_code: grant.deviceCode, user_code: grant.userCode, verification_uri: verification, verification_uri_complete: `${verification}?user_code=${encodeURIComponent(grant.userCode)}`, expires_in: options.codeLifetime ?? 600, interval: options.interval ?? 5 });
      }
      if (req.method === 'GET' && url.pathname === '/device') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(`<!doctype html><title>Device login</title><form method="post" action="/device"><label>Code <input name="user_code" value="${escapeHtml(url.searchParams.get('user_code') ?? '')}"></label><button name="decision" value="approve">Approve</button><button name="decision" value="deny">Deny</button></form>`);
      }
      if (req.method === 'POST' && url.pathname === '/device') {
        const grant = [...grants.values()].find((g) => g.userCode === (form.get('user_code') ?? '').trim().toUpperCase());
        res.writeHead(grant ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
        if (grant === undefined) return res.end('<p id="result">Unknown code.</p>');
        grant.decision = form.get('decision') === 'deny' ? 'denied' : 'approved';
        return res.end(`<p id="result">Device ${grant.decision}.</p>`);
      }
      if (req.method === 'POST' && url.pathname === '/token') {
        tokenRequests.push(form);
        const grantType = form.get('grant_type');
        if (grantType === 'refresh_token') {
          const refresh = form.get('refresh_token') ?? '';
          if (!refreshTokens.delete(refresh)) return json(res, 400, { error: 'invalid_grant', error_description: 'unknown refresh token' });
          return issue(res);
        }
        if (grantType === 'client_credentials') {
          const [id, secret] = basicCredentials(req.headers.authorization);
          if (id === undefined || options.clients?.[id] === undefined || options.clients[id] !== secret) return json(res, 401, { error: 'invalid_client' });
          return issue(res);
        }
        if (grantType !== 'urn:ietf:params:oauth:grant-type:device_code') return json(res, 400, { error: 'unsupported_grant_type' });
        const grant = grants.get(form.get('device_code') ?? '');
        if (grant === undefined || grant.used) return json(res, 400, { error: 'invalid_grant' });
        if (grant.expiresAt <= Date.now()) return json(res, 400, { error: 'expired_token' });
        if (slowDowns > 0) {
          slowDowns -= 1;
          return json(res, 400, { error: 'slow_down' });
        }
        if (grant.decision === 'denied') return json(res, 400, { error: 'access_denied' });
        if (grant.decision === 'pending') return json(res, 400, { error: 'authorization_pending' });
        grant.used = true;
        return issue(res);
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    deviceAuthorizationUrl: `${base}/device_authorization`,
    tokenUrl: `${base}/token`,
    tokenRequests,
    authorizationRequests,
    validToken: (token) => (tokens.get(token) ?? 0) > Date.now(),
    expireTokens: () => {
      for (const token of tokens.keys()) tokens.set(token, 0);
    },
    expireCodes: () => {
      for (const grant of grants.values()) grant.expiresAt = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
  });
}

// RFC 6749 2.3.1: the id and secret are form-encoded, then joined by a colon and base64-encoded.
function basicCredentials(header: string | undefined): [string | undefined, string | undefined] {
  const encoded = /^Basic (.+)$/i.exec(header ?? '')?.[1];
  if (encoded === undefined) return [undefined, undefined];
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return [undefined, undefined];
  return [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}
