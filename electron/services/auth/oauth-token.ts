/**
 * OAuth 2.0 access tokens for the client credentials and password flows, fetched by the main process
 * (the renderer never talks to the network) and cached until shortly before they expire.
 */
import { UserFacingError } from '../app-error';

export interface TokenRequest {
  readonly flow: 'clientCredentials' | 'password';
  readonly tokenUrl: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly username?: string;
  readonly password?: string;
  /** Space-separated, as the token endpoint takes them. */
  readonly scopes?: string;
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
const TIMEOUT_MS = 20_000;

/** Fetches and caches tokens; one instance per process. */
export class OAuthTokens {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A valid token for `request`: from the cache while it lasts, else from the token endpoint. */
  async token(request: TokenRequest): Promise<TokenResult> {
    const key = JSON.stringify([request.flow, request.tokenUrl, request.clientId, request.username, request.scopes, request.clientSecret, request.password]);
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
  let url: URL;
  try {
    url = new URL(request.tokenUrl);
  } catch {
    throw new UserFacingError('invalid-url', `The token URL "${request.tokenUrl}" is not an absolute URL. Check the document's tokenUrl or the base URL it is relative to.`);
  }
  const form = grant ?? new URLSearchParams({ grant_type: request.flow === 'password' ? 'password' : 'client_credentials' });
  if (grant === undefined && request.flow === 'password') {
    form.set('username', request.username ?? '');
    form.set('password', request.password ?? '');
  }
  if (request.scopes !== undefined && request.scopes.trim() !== '') form.set('scope', request.scopes.trim());
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
  if (request.clientId !== undefined && request.clientId !== '') {
    // RFC 6749 2.3.1: HTTP Basic for a confidential client; a public client names itself in the body.
    if (request.clientSecret) headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(request.clientId)}:${encodeURIComponent(request.clientSecret)}`).toString('base64')}`;
    else form.set('client_id', request.clientId);
  }
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  } catch (error) {
    throw new UserFacingError('token-unreachable', `Could not reach the token endpoint ${url.href} (${(error as Error).message}). Is the server running?`);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  // An answer that is not a JSON object reads as one without a token.
  const body: Record<string, unknown> = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
  if (!response.ok || typeof body.access_token !== 'string') {
    const reason = typeof body.error_description === 'string' ? body.error_description : typeof body.error === 'string' ? body.error : typeof body.detail === 'string' ? body.detail : text.slice(0, 200);
    throw new UserFacingError('token-refused', `The token endpoint ${url.href} answered ${response.status} without an access token${reason ? ` (${reason})` : ''}. Check the client id, secret, username and password.`);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
  const tokenType = typeof body.token_type === 'string' ? body.token_type : 'Bearer';
  const result: TokenResult = { accessToken: body.access_token, tokenType, cached: false, ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: now + expiresIn * 1000 } : {}) };
  return typeof body.refresh_token === 'string' ? { result, refreshToken: body.refresh_token } : { result };
}

/** The tokens of this process. */
export const processTokens = new OAuthTokens();
