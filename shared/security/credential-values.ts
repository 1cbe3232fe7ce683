/**
 * The credential policy, by value: every secret a request carries, wherever it came from (an
 * environment secret, an auth scheme, or a header or query value the person typed), so that a
 * server echoing one back finds it masked wherever the exchange is stored.
 */
import { decodeBasicCredentials } from '../auth/base64';
import type { HeaderEntry, RequestBody, ResponseBody } from '../request/request-model';
import { bodyCredentialValues, credentialFields } from './body-credentials';
import { isAnsweredCredentialName, isCredentialHeader, isCredentialQueryParam, type CredentialNames } from './credential-names';
import { splitUrl, type QueryPair } from './url-query';

/** What of a request tells its credentials apart (a RequestDescription has all of it). */
export interface CredentialSource {
  readonly url: string;
  readonly headers: readonly HeaderEntry[];
  /** Values marked secret (auth, secret environment variables). */
  readonly secretValues?: readonly string[] | undefined;
  /** Names the applied auth and the document declare. */
  readonly credentialNames?: CredentialNames | undefined;
  /** Its credential fields (a form's password, a JSON body's client_secret) count too. */
  readonly body?: Pick<RequestBody, 'mediaType' | 'text' | 'parts'> | undefined;
}

// Shorter values would mask ordinary text ("1", "ok") all over a stored answer.
const MIN_LENGTH = 3;
const MIN_COOKIE_VALUE = 6;

/** The parts of one credential header's value worth masking on their own: the whole, the token after a scheme, Basic's password. */
function headerSecrets(name: string, value: string): string[] {
  const trimmed = value.trim();
  if (name.trim().toLowerCase() === 'cookie') {
    // Each cookie's value on its own too, but not a short one ("theme=dark"): that is a setting, and masking it would hide ordinary words.
    const values = trimmed.split(';').map((pair) => pair.slice(pair.indexOf('=') + 1).trim());
    return [trimmed, ...values.filter((value) => value.length >= MIN_COOKIE_VALUE)];
  }
  const scheme = /^([\w-]+)\s+(\S.*)$/.exec(trimmed);
  if (scheme?.[2] === undefined) return [trimmed];
  const out = [trimmed, scheme[2]];
  if (scheme[1]?.toLowerCase() === 'basic') {
    const decoded = decodeBasicCredentials(scheme[2]);
    if (decoded !== undefined) out.push(decoded.password, `${decoded.username}:${decoded.password}`);
  }
  return out;
}

/**
 * Every credential value `request` carries: its secret values, the values of its credential
 * headers, of its credential query parameters and of its body's credential fields. Longest first, each once, none shorter than 3.
 */
export function credentialValues(request: CredentialSource): string[] {
  const found = new Set<string>(request.secretValues ?? []);
  for (const header of request.headers) {
    if (header.value !== '' && isCredentialHeader(header.name, request.credentialNames)) for (const part of headerSecrets(header.name, header.value)) found.add(part);
  }
  for (const pair of credentialQuery(request)) if (pair.value !== '') found.add(pair.value);
  for (const value of bodyCredentialValues(request.body)) found.add(value);
  for (const part of userinfoPassword(request.url)) found.add(part);
  return [...found].filter((value) => value.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * A password written into the URL (`https://alice:s3cret@host/`), as written and decoded, for
 * masking where a server echoes it. Only a long one: a short or common one ("admin") would mask
 * the host and path too. The URL's own copy is masked by its place (maskUrlPassword).
 */
function userinfoPassword(url: string): string[] {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url)?.[1];
  const colon = userinfo?.indexOf(':') ?? -1;
  if (userinfo === undefined || colon < 0) return [];
  const raw = userinfo.slice(colon + 1);
  if (raw.length < MIN_COOKIE_VALUE) return [];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}

/** The query parameters of the request's URL that carry credentials (an API key in the query). */
export function credentialQuery(request: Pick<CredentialSource, 'url' | 'credentialNames'>): QueryPair[] {
  if (!request.url.includes('?')) return [];
  return splitUrl(request.url).pairs.filter((pair) => isCredentialQueryParam(pair.name, request.credentialNames));
}

/**
 * The credentials an answer hands out in its body (an OAuth token response's access_token,
 * refresh_token and id_token, a created API key's secret): the string fields named like a
 * credential of a JSON or url-encoded body. History masks them; the live answer shows them.
 */
export function answeredCredentials(response: { readonly headers: readonly HeaderEntry[]; readonly body: ResponseBody }): string[] {
  if (response.body.kind !== 'text') return [];
  const type = response.headers.find((header) => header.name.toLowerCase() === 'content-type')?.value ?? '';
  return credentialFields(type, response.body.text, isAnsweredCredentialName)
    .map((field) => field.value)
    .filter((value) => value.length >= MIN_LENGTH);
}
