/**
 * What a redirect does to the next request: where it goes, with which method and body, and which
 * credentials must not follow it. Leaving the origin, or going from https to http, drops every
 * credential the credential policy knows (shared/security): credential headers by name (well
 * known, or declared by the auth applied and the document's schemes), headers carrying a secret
 * value, and query parameters of the target that carry one of this request's credential values
 * or are one of its credential parameters (by name, however short the value).
 */
import type { HttpMethod } from '../model/api-model';
import { isCredentialHeader, type CredentialNames } from '../security/credential-names';
import { isOwnCredentialPair } from '../security/credential-query';
import { joinUrl, splitUrl, type QueryPair } from '../security/url-query';
import type { HeaderEntry } from './request-model';

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** What the request carries that counts as a credential (see shared/security/credential-values.ts). */
export interface RedirectCredentials {
  /** Names declared by the auth applied and the document. */
  readonly names?: CredentialNames | undefined;
  /** Every credential value of the original request (secret values, credential header and query values). */
  readonly values?: readonly string[];
  /** The request's own credential query parameters (credentialQueryPairs): found again in the target, they are dropped whatever their length. */
  readonly query?: readonly QueryPair[];
}

export type RedirectDecision =
  | {
      readonly kind: 'follow';
      readonly url: string;
      readonly method: HttpMethod;
      readonly keepBody: boolean;
      readonly headers: readonly HeaderEntry[];
      readonly droppedHeaders: readonly string[];
      readonly droppedQuery: readonly string[];
    }
  | { readonly kind: 'stop'; readonly reason: string };

function carriesSecret(text: string, values: readonly string[]): boolean {
  return values.some((value) => value.length >= 3 && text.includes(value));
}

/**
 * The target without the query parameters that carry one of `values`, or that are one of the
 * request's credential parameters again (same name and value: a 2-character token is too short to
 * look for by value, not in its place), so a server that copies the query into its Location does
 * not hand them to the other origin. A parameter the server minted for the target, such as a
 * presigned URL's signature, is not ours and stays.
 */
function withoutCredentialQuery(href: string, credentials: RedirectCredentials): { url: string; dropped: string[] } {
  const values = credentials.values ?? [];
  const own = credentials.query ?? [];
  if ((values.length === 0 && own.length === 0) || !href.includes('?')) return { url: href, dropped: [] };
  const parts = splitUrl(href);
  const dropped: string[] = [];
  const pairs = parts.pairs.filter((pair) => {
    const secret = (pair.value.length >= 3 && values.includes(pair.value)) || isOwnCredentialPair(pair, own);
    if (secret) dropped.push(pair.name);
    return !secret;
  });
  return dropped.length === 0 ? { url: href, dropped } : { url: joinUrl({ ...parts, pairs }), dropped };
}

/** Decides the next hop after a `status` answer carrying `location` to a request at `fromUrl`. */
export function planRedirect(fromUrl: string, method: HttpMethod, status: number, location: string, headers: readonly HeaderEntry[], credentials: RedirectCredentials = {}): RedirectDecision {
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
  const leaves = target.origin !== from.origin || (from.protocol === 'https:' && target.protocol === 'http:');
  const values = credentials.values ?? [];
  const dropped: string[] = [];
  const kept: HeaderEntry[] = [];
  for (const header of headers) {
    const lower = header.name.trim().toLowerCase();
    if (leaves && (isCredentialHeader(header.name, credentials.names) || carriesSecret(header.value, values))) dropped.push(header.name);
    // Without a body the body's own headers would describe nothing.
    else if (toGet && (lower === 'content-type' || lower === 'content-length')) continue;
    else kept.push(header);
  }
  const next = leaves ? withoutCredentialQuery(target.href, credentials) : { url: target.href, dropped: [] };
  return { kind: 'follow', url: next.url, method: nextMethod, keepBody: !toGet, headers: kept, droppedHeaders: dropped, droppedQuery: next.dropped };
}
