/**
 * Where a kept OAuth 2.0 token may go. A kept token is found by its login settings (token URL,
 * client id, scopes, audience) alone, and a shared collection or document can name the settings of
 * a real login together with any API host: so a token also remembers the API origins it was
 * obtained for or allowed to, and is sent elsewhere only once the person allows it. A token kept
 * before origins were recorded is bound to none: its first send anywhere asks once.
 */
import { carrierReadings, readingsCarry, type CarrierRequest } from './token-carried';

/** The origin (scheme://host:port, default ports left out) a request to `url` goes to; undefined when `url` is not an absolute http(s) URL. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `origins` with `added` (each normalized, the invalid ones left out), in order, without repeats. */
export function withOrigins(origins: readonly string[] | undefined, ...added: readonly (string | undefined)[]): string[] {
  const out = [...(origins ?? [])];
  for (const candidate of added) {
    const origin = candidate === undefined ? undefined : originOf(candidate);
    if (origin !== undefined && !out.includes(origin)) out.push(origin);
  }
  return out;
}

export type OriginDecision =
  | { readonly send: true }
  /** `origin` undefined: the URL names no http(s) origin, so nobody could have allowed it. */
  | { readonly send: false; readonly origin?: string; readonly boundTo: readonly string[] };

/** Whether a token bound to `boundTo` may go with a request to `url`. */
export function tokenOriginDecision(boundTo: readonly string[] | undefined, url: string): OriginDecision {
  const origin = originOf(url);
  const bound = boundTo ?? [];
  if (origin !== undefined && bound.includes(origin)) return { send: true };
  return { send: false, boundTo: bound, ...(origin === undefined ? {} : { origin }) };
}

/** Whether credentials may go with a request to `url`: held when they carry a kept login's token (its origins known) not bound to that origin. */
export function keptTokenDecision(credentials: { readonly token?: string; readonly tokenOrigins?: readonly string[] }, url: string): OriginDecision {
  if (!credentials.token || credentials.tokenOrigins === undefined) return { send: true };
  return tokenOriginDecision(credentials.tokenOrigins, url);
}

// Shorter values could turn up in a request by chance; real access tokens are far longer.
const MIN_TOKEN_LENGTH = 16;

/**
 * The first kept token `request` carries (in its URL, a header or a text body; as typed, percent- or
 * base64-encoded) to an origin it is not bound to, with the decision; undefined when it carries none.
 * The main process's last check before a send.
 */
export function unboundKeptToken<T extends { readonly accessToken: string; readonly origins?: readonly string[] }>(
  request: CarrierRequest,
  tokens: readonly T[],
): { readonly token: T; readonly decision: Extract<OriginDecision, { send: false }> } | undefined {
  const unbound = tokens.flatMap((token) => {
    const decision = tokenOriginDecision(token.origins, request.url);
    return token.accessToken.length < MIN_TOKEN_LENGTH || decision.send ? [] : [{ token, decision }];
  });
  // Decoding a large body costs something: only when some kept token could not go to this origin.
  if (unbound.length === 0) return undefined;
  const readings = carrierReadings(request);
  return unbound.find(({ token }) => readingsCarry(readings, token.accessToken));
}

function usedWith(boundTo: readonly string[]): string {
  return boundTo.length === 0 ? 'has not been allowed for any API yet (it was kept before Roundtrip recorded where tokens go, or each API was removed from it)' : `was only used with ${boundTo.join(', ')}`;
}

/** Why Send is held in the app: the request's origin is new to the kept token. */
export function heldForOriginMessage(decision: Extract<OriginDecision, { send: false }>): string {
  if (decision.origin === undefined) return `The kept OAuth token ${usedWith(decision.boundTo)}, and this request's URL names no http(s) origin to allow.`;
  return `Not sent: this request goes to ${decision.origin}, and the kept OAuth token for these login settings ${usedWith(decision.boundTo)}. Allow ${decision.origin} if that API should get the token, or log in again from this request.`;
}

/**
 * Why a run (or `roundtrip verify`) does not send the kept token: the origin is new to it, and how to
 * allow it: in the app, or with `cliOption` (what the command offers instead).
 */
export function runOriginRefusal(decision: Extract<OriginDecision, { send: false }>, login: { readonly tokenUrl: string; readonly clientId: string }, cliOption = (origin: string): string => `run with --allow-token-origin ${origin}`): string {
  const who = `The kept OAuth token for client "${login.clientId}" at ${login.tokenUrl}`;
  if (decision.origin === undefined) return `${who} is not sent: the request's URL names no http(s) origin.`;
  return `${who} ${usedWith(decision.boundTo)}, so it is not sent to ${decision.origin}. If that API should get it, send a request to it once in Roundtrip and allow ${decision.origin}, or ${cliOption(decision.origin)}.`;
}
