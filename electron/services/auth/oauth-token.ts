/**
 * OAuth 2.0 access tokens for the client credentials and password flows, fetched by the main process
 * (the renderer never talks to the network) and cached until shortly before they expire.
 */
import { UserFacingError } from '../app-error';
import { postTokenForm } from './token-endpoint';

export interface TokenRequest {
  readonly flow: 'clientCredentials' | 'password';
  readonly tokenUrl: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly username?: string;
  readonly password?: string;
  /** Space-separated, as the token endpoint takes them. */
  readonly scopes?: string;
  /** The API the token is for, as Auth0 and Okta ask (sent as `audience`). */
  readonly audience?: string;
  /** Skip the cache: fetch a fresh token (the "refresh" the person asked for). */
  readonly fresh?: boolean;
  /** The flow's refreshUrl, when the document gives one (else tokenUrl takes refresh requests). */
  readonly refreshUrl?: string;
}

export interface TokenResult {
  readonly accessToken: string;
  readonly tokenType: string;
  /** Epoch milliseconds; absent when the server gave no lifetime. */
  readonly expiresAt?: number;
  readonly cached: boolean;
  /** True when the token came from a refresh_token grant rather than the flow itself. */
  readonly refreshed?: boolean;
}

interface CacheEntry {
  readonly result: TokenResult;
  readonly refreshToken?: string;
}

// A token this close to expiry is fetched again, so it cannot expire on the way to the API.
const EXPIRY_MARGIN_MS = 30_000;

/** Fetches and caches tokens; one instance per process. */
export class OAuthTokens {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A valid token for `request`: from the cache while it lasts, else from the token endpoint. */
  async token(request: TokenRequest): Promise<TokenResult> {
    const key = JSON.stringify([request.flow, request.tokenUrl, request.clientId, request.username, request.scopes, request.audience, request.clientSecret, request.password]);
    const hit = this.cache.get(key);
    if (request.fresh !== true && hit !== undefined && (hit.result.expiresAt === undefined || hit.result.expiresAt - EXPIRY_MARGIN_MS > this.now())) return { ...hit.result, cached: true };
    // An expired token with a refresh token is renewed without the password or client secret flow again.
    if (hit?.refreshToken !== undefined) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: hit.refreshToken });
      const renewed = await fetchToken({ ...request, tokenUrl: request.refreshUrl ?? request.tokenUrl }, this.now(), form).catch(() => undefined);
      if (renewed !== undefined) {
        this.cache.set(key, { result: renewed.result, refreshToken: renewed.refreshToken ?? hit.refreshToken });
        return { ...renewed.result, refreshed: true };
      }
    }
    const fetched = await fetchToken(request, this.now());
    this.cache.set(key, fetched.refreshToken === undefined ? { result: fetched.result } : fetched);
    return fetched.result;
  }
}

async function fetchToken(request: TokenRequest, now: number, grant?: URLSearchParams): Promise<{ result: TokenResult; refreshToken?: string }> {
  const form = grant ?? new URLSearchParams({ grant_type: request.flow === 'password' ? 'password' : 'client_credentials' });
  if (grant === undefined && request.flow === 'password') {
    form.set('username', request.username ?? '');
    form.set('password', request.password ?? '');
  }
  if (request.scopes !== undefined && request.scopes.trim() !== '') form.set('scope', request.scopes.trim());
  // Not on a refresh: the refresh token already names the API it was issued for.
  if (grant === undefined && request.audience !== undefined && request.audience.trim() !== '') form.set('audience', request.audience.trim());
  // No client id: neither Basic nor client_id is sent (some password-flow servers take none).
  const client = request.clientId ? { clientId: request.clientId, ...(request.clientSecret ? { clientSecret: request.clientSecret } : {}) } : undefined;
  const answer = await postTokenForm(request.tokenUrl, form, client, () => now);
  if (!answer.ok) {
    const reason = answer.description ?? answer.error;
    throw new UserFacingError('token-refused', `The token endpoint ${new URL(request.tokenUrl).href} answered ${answer.status} without an access token${reason ? ` (${reason})` : ''}. Check the client id, secret, username and password.`);
  }
  const { accessToken, tokenType, expiresAt, refreshToken } = answer.token;
  const result: TokenResult = { accessToken, tokenType, cached: false, ...(expiresAt === undefined ? {} : { expiresAt }) };
  return refreshToken === undefined ? { result } : { result, refreshToken };
}

/** The tokens of this process. */
export const processTokens = new OAuthTokens();
