/**
 * One POST to an OAuth 2.0 token endpoint (RFC 6749 3.2) for the interactive flows and their
 * refreshes: the answer's token, or the server's error code kept as it came (the device flow
 * reads `authorization_pending` and `slow_down` from it).
 */
import { UserFacingError } from '../app-error';

export interface TokenClient {
  readonly clientId: string;
  /** A confidential client's secret (HTTP Basic, RFC 6749 2.3.1); a public client sends none. */
  readonly clientSecret?: string;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly tokenType: string;
  readonly expiresAt?: number;
  readonly refreshToken?: string;
  /** The scopes granted, when the server says (RFC 6749 5.1). */
  readonly scope?: string;
}

export type TokenAnswer = { readonly ok: true; readonly token: IssuedToken } | { readonly ok: false; readonly status: number; readonly error: string; readonly description?: string };

const TIMEOUT_MS = 20_000;

/** Posts `form` with the client's credentials; throws only when the endpoint cannot be reached at all. */
export async function postTokenForm(tokenUrl: string, form: URLSearchParams, client: TokenClient, now: () => number = Date.now): Promise<TokenAnswer> {
  let url: URL;
  try {
    url = new URL(tokenUrl);
  } catch {
    throw new UserFacingError('invalid-url', `The token URL "${tokenUrl}" is not an absolute URL. Check the token URL in Auth (or the document's tokenUrl).`);
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
  if (client.clientSecret !== undefined && client.clientSecret !== '') {
    headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64')}`;
  } else form.set('client_id', client.clientId);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  } catch (error) {
    throw new UserFacingError('token-unreachable', `Could not reach the token endpoint ${url.href} (${error instanceof Error ? error.message : String(error)}). Is the authorization server running?`);
  }
  const text = await response.text();
  const body = jsonObject(text);
  if (response.ok && typeof body.access_token === 'string') {
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
    const token: IssuedToken = {
      accessToken: body.access_token,
      tokenType: typeof body.token_type === 'string' ? body.token_type : 'Bearer',
      ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: now() + expiresIn * 1000 } : {}),
      ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
      ...(typeof body.scope === 'string' ? { scope: body.scope } : {}),
    };
    return { ok: true, token };
  }
  const error = typeof body.error === 'string' ? body.error : response.ok ? 'no_access_token' : `http_${response.status}`;
  const description = typeof body.error_description === 'string' ? body.error_description : typeof body.error === 'string' ? undefined : text.slice(0, 200) || undefined;
  return { ok: false, status: response.status, error, ...(description === undefined ? {} : { description }) };
}

/** The JSON object `text` holds, or {} for anything else (an HTML error page reads as no token). */
export function jsonObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
  } catch {
    return {};
  }
}
