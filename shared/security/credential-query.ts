/**
 * The credential policy for a URL's query, by place: a parameter named like a credential
 * (`access_token`, `api_key`, a name the auth or the document declares) or holding a value marked
 * secret carries a credential whatever its value's length. Masking by value skips values shorter
 * than 3 characters (they would hide ordinary text), so a short token is only safe when it is
 * recognised where it sits: dropped on a redirect to another origin, and masked in the URLs and
 * messages that are stored or reported.
 */
import { isCredentialQueryParam, type CredentialNames } from './credential-names';
import { REDACTED, secretMasker } from './mask-secrets';
import { joinUrl, splitUrl, type QueryPair } from './url-query';

/** What of a request tells its credential query parameters apart (a RequestDescription has all of it). */
export interface QuerySource {
  readonly url: string;
  readonly credentialNames?: CredentialNames | undefined;
  readonly secretValues?: readonly string[] | undefined;
}

/** The query parameters of `request`'s URL that carry a credential: by name, or holding a secret value. Each has a value. */
export function credentialQueryPairs(request: QuerySource): QueryPair[] {
  if (!request.url.includes('?')) return [];
  const secret = new Set(request.secretValues ?? []);
  return splitUrl(request.url).pairs.filter((pair) => pair.value !== '' && (isCredentialQueryParam(pair.name, request.credentialNames) || secret.has(pair.value)));
}

/** How the credential parameters of any URL of one exchange (the request's, a hop's, the last one) are told apart. */
export interface QueryPlaces {
  readonly names?: CredentialNames | undefined;
  /** The request's own credential parameters: a parameter of another URL with the same name and value is one too. */
  readonly pairs: readonly QueryPair[];
}

/** The places of `request`'s credential query parameters. */
export function queryPlaces(request: QuerySource): QueryPlaces {
  return { names: request.credentialNames, pairs: credentialQueryPairs(request) };
}

/** True when `pair` of some URL of the exchange carries a credential, by its name or as one of the request's own. */
function isCredentialPair(pair: QueryPair, places: QueryPlaces): boolean {
  return (pair.value !== '' && isCredentialQueryParam(pair.name, places.names)) || isOwnCredentialPair(pair, places.pairs);
}

/** True when `pair` (of any URL) has the name and value of one of the request's own credential pairs `own`. */
export function isOwnCredentialPair(pair: QueryPair, own: readonly QueryPair[]): boolean {
  if (pair.value === '') return false;
  const lower = pair.name.toLowerCase();
  return own.some((mine) => mine.value === pair.value && mine.name.toLowerCase() === lower);
}

/** `url` with the value of each credential query parameter replaced by `replacement`, however short; nothing else changed. */
export function maskCredentialQuery(url: string, places: QueryPlaces, replacement: string = REDACTED): string {
  if (!url.includes('?')) return url;
  const parts = splitUrl(url);
  let changed = false;
  const pairs = parts.pairs.map((pair) => {
    if (!isCredentialPair(pair, places)) return pair;
    changed = true;
    const eq = pair.raw.indexOf('=');
    return { ...pair, raw: `${pair.raw.slice(0, eq)}=${replacement}`, value: replacement };
  });
  return changed ? joinUrl({ ...parts, pairs }) : url;
}

/**
 * A function masking the URLs of one exchange: its credential query parameters by place, then the
 * other secret values wherever they appear. A value known only from a credential parameter is not
 * looked for elsewhere in a URL: its place already masks it, and a short one ("abc") would also
 * mask a path segment that merely spells the same.
 */
function urlMasker(places: QueryPlaces, secrets: readonly string[] | undefined, secretValues: readonly string[] = []): (url: string) => string {
  const placed = new Set(places.pairs.map((pair) => pair.value));
  for (const value of secretValues) placed.delete(value);
  const byValue = secretMasker((secrets ?? []).filter((secret) => !placed.has(secret)));
  return (url) => byValue(maskCredentialQuery(url, places));
}

// An http(s) URL inside a message, up to the first space, quote or bracket.
const URL_IN_TEXT = /https?:\/\/[^\s"'<>]+/gi;

/** `text` with each URL in it masked by `maskUrl` and the rest by `maskText` (an error message naming the URL it failed on). */
export function maskTextWithUrls(text: string, maskUrl: (url: string) => string, maskText: (text: string) => string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    out += maskText(text.slice(at, match.index)) + maskUrl(match[0]);
    at = match.index + match[0].length;
  }
  return out + maskText(text.slice(at));
}

/** The two maskers of one exchange: for its URLs (credential parameters by place) and for any text, URLs in it included. */
export interface ExchangeMasks {
  readonly url: (url: string) => string;
  readonly text: (text: string) => string;
}

/** The maskers of `request`'s exchange, given every secret value to look for (credentialValues, and any more). */
export function exchangeMasks(request: QuerySource, secrets: readonly string[] | undefined): ExchangeMasks {
  const url = urlMasker(queryPlaces(request), secrets, request.secretValues);
  const byValue = secretMasker(secrets);
  return { url, text: (text) => maskTextWithUrls(text, url, byValue) };
}
