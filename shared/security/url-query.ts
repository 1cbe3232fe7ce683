/**
 * A URL's query as the pairs it was written with, for code that must drop or replace some of them
 * and leave every other byte as it was (new URL() would re-encode the rest, and a template URL with
 * {{variables}} is not a URL yet).
 */
import { decodeFormComponent as decode } from '../request/form-fields';

export interface QueryPair {
  /** The pair as written ("api_key=abc%20d"). */
  readonly raw: string;
  /** Decoded name and value ("api_key", "abc d"); undecodable text is kept as written. */
  readonly name: string;
  readonly value: string;
}

export interface SplitUrl {
  /** Everything before the "?". */
  readonly base: string;
  readonly pairs: readonly QueryPair[];
  /** "#fragment", or "". */
  readonly hash: string;
}

/** The URL cut into what comes before the query, its pairs, and the fragment. */
export function splitUrl(url: string): SplitUrl {
  const hashAt = url.indexOf('#');
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const rest = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  if (queryAt < 0) return { base: rest, pairs: [], hash };
  const pairs = rest
    .slice(queryAt + 1)
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const eq = raw.indexOf('=');
      return { raw, name: decode(eq < 0 ? raw : raw.slice(0, eq)), value: eq < 0 ? '' : decode(raw.slice(eq + 1)) };
    });
  return { base: rest.slice(0, queryAt), pairs, hash };
}

/** The URL put back together from its parts (a query with no pairs left loses its "?"). */
export function joinUrl(parts: SplitUrl): string {
  return `${parts.base}${parts.pairs.length > 0 ? `?${parts.pairs.map((pair) => pair.raw).join('&')}` : ''}${parts.hash}`;
}
