/**
 * What a redirect does to the next request: where it goes, with which method and body,
 * and which credential headers must not follow it (another origin, or https to http).
 */
import type { HttpMethod } from '../model/api-model';
import type { HeaderEntry } from './request-model';

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
// Headers that carry API keys by custom: X-API-Key, api_key, X-Auth-Token, access-token…
const KEY_HEADER = /(^|[-_])(api[-_]?key|apikey|auth[-_]?token|access[-_]?token|secret|token)$/i;

export type RedirectDecision =
  | { readonly kind: 'follow'; readonly url: string; readonly method: HttpMethod; readonly keepBody: boolean; readonly headers: readonly HeaderEntry[]; readonly droppedHeaders: readonly string[] }
  | { readonly kind: 'stop'; readonly reason: string };

/** True when a header carries credentials that must not be sent to another origin. */
export function isCredentialHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || KEY_HEADER.test(lower);
}

/** Decides the next hop after a `status` answer carrying `location` to a request at `fromUrl`. */
export function planRedirect(fromUrl: string, method: HttpMethod, status: number, location: string, headers: readonly HeaderEntry[]): RedirectDecision {
  let target: URL;
  try {
    target = new URL(location, fromUrl);
  } catch {
    return { kind: 'stop', reason: `The server redirected to "${location}", which is not a valid URL; the redirect is shown as the answer.` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { kind: 'stop', reason: `The server redirected to ${target.protocol.replace(':', '')}: (${target.href}); Roundtrip follows http and https only, so the redirect is shown as the answer.` };
  }
  const from = new URL(fromUrl);
  target.hash = '';
  // 303 always, and 301/302 after a POST (as browsers do), turn into a GET without a body.
  const toGet = status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST';
  const nextMethod: HttpMethod = toGet ? 'GET' : method;
  const leavesOrigin = target.origin !== from.origin;
  const downgrade = from.protocol === 'https:' && target.protocol === 'http:';
  const dropped: string[] = [];
  const kept: HeaderEntry[] = [];
  for (const header of headers) {
    const lower = header.name.trim().toLowerCase();
    if ((leavesOrigin || downgrade) && isCredentialHeader(lower)) dropped.push(header.name);
    // Without a body the body's own headers would describe nothing.
    else if (toGet && (lower === 'content-type' || lower === 'content-length')) continue;
    else kept.push(header);
  }
  return { kind: 'follow', url: target.href, method: nextMethod, keepBody: !toGet, headers: kept, droppedHeaders: dropped };
}
