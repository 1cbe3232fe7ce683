/**
 * oauth2-mock-server on a free loopback port, as the authorization server of the authorization code
 * flow (PKCE checked by the mock), refreshes and OpenID Connect discovery; with what it received
 * recorded, answers that a test can bend (an access_denied redirect, a refused refresh, a short
 * token lifetime), and a check of its JWT access tokens for a protected API.
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Issuer, OAuth2Service, type MutableRedirectUri, type MutableResponse, type MutableToken, type TokenRequestIncomingMessage } from 'oauth2-mock-server';

export interface OAuthMock {
  readonly issuer: string;
  readonly authorizationUrl: string;
  readonly tokenUrl: string;
  readonly discoveryUrl: string;
  /** Each token request's form, oldest first. */
  readonly tokenRequests: Record<string, string>[];
  /** The next authorization answers with this error instead of a code. */
  failNextAuthorization(error: string, description?: string): void;
  /** The next refresh_token grant is refused with invalid_grant. */
  refuseNextRefresh(): void;
  /** Access tokens issued from now on live this many seconds. */
  setTokenLifetime(seconds: number): void;
  /** True when `token` is a JWT this server signed and it has not expired. */
  validToken(token: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts the mock with a fresh RS256 key. */
export async function startOAuthMock(): Promise<OAuthMock> {
  // The mock's own server is served here, so that stop() can close the connections a browser keeps open:
  // its stop() only closes the server, and a socket Chromium opened ahead of a request it never sent
  // (a preconnect) is not idle to Node, so the close waited for the 60 s headers timeout.
  const oauthIssuer = new OAuth2Issuer();
  const service = new OAuth2Service(oauthIssuer);
  await oauthIssuer.keys.generate('RS256');
  const server = createServer(service.requestHandler);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  // The name the mock itself gives a loopback issuer.
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  oauthIssuer.url = issuer;
  const tokenRequests: Record<string, string>[] = [];
  let failAuthorization: { error: string; description?: string } | undefined;
  let refuseRefresh = false;
  let lifetime: number | undefined;
  service.on('beforeAuthorizeRedirect', (redirect: MutableRedirectUri) => {
    if (failAuthorization === undefined) return;
    redirect.url.searchParams.delete('code');
    redirect.url.searchParams.set('error', failAuthorization.error);
    if (failAuthorization.description !== undefined) redirect.url.searchParams.set('error_description', failAuthorization.description);
    failAuthorization = undefined;
  });
  service.on('beforeTokenSigning', (token: MutableToken) => {
    if (lifetime !== undefined) token.payload.exp = Math.floor(Date.now() / 1000) + lifetime;
  });
  service.on('beforeResponse', (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const form = Object.fromEntries(Object.entries(req.body).map(([k, v]) => [k, String(v)]));
    tokenRequests.push(form);
    if (form.grant_type === 'refresh_token' && refuseRefresh) {
      refuseRefresh = false;
      response.statusCode = 400;
      response.body = { error: 'invalid_grant', error_description: 'The refresh token was revoked.' };
      return;
    }
    if (lifetime !== undefined && typeof response.body === 'object' && response.body !== null) Object.assign(response.body, { expires_in: lifetime });
  });
  let jwks: JsonWebKey[] | undefined;
  return {
    issuer,
    authorizationUrl: `${issuer}/authorize`,
    tokenUrl: `${issuer}/token`,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    tokenRequests,
    failNextAuthorization: (error, description) => (failAuthorization = { error, ...(description === undefined ? {} : { description }) }),
    refuseNextRefresh: () => (refuseRefresh = true),
    setTokenLifetime: (seconds) => (lifetime = seconds),
    validToken: async (token) => {
      jwks ??= ((await (await fetch(`${issuer}/jwks`)).json()) as { keys: JsonWebKey[] }).keys;
      return jwtValid(token, jwks);
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** An RS256 JWT signed by one of `keys` whose exp is still ahead. */
function jwtValid(token: string, keys: readonly JsonWebKey[]): boolean {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return false;
  const signed = Buffer.from(`${header}.${payload}`);
  const good = keys.some((key) => {
    try {
      return verify('RSA-SHA256', signed, createPublicKey({ key, format: 'jwk' }), Buffer.from(signature, 'base64url'));
    } catch {
      return false;
    }
  });
  if (!good) return false;
  const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const exp = typeof claims === 'object' && claims !== null && 'exp' in claims && typeof claims.exp === 'number' ? claims.exp : 0;
  return exp * 1000 > Date.now();
}
