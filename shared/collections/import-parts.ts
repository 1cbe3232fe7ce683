/** Small pieces the Insomnia, Bruno and HAR importers share: methods, bodies' Content-Type, headers from folders, variables. */
import { escapeRegExp } from '../text/escape-reg-exp';
import { isRecord } from '../values/is-record';
import type { TreeItem } from './collection-tree';
import type { Auth, Body, KeyValue, SavedRequest, Variable } from './format-v1';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);

/** The method Roundtrip sends for `raw`; an unknown one becomes GET and is reported in `dropped`. */
export function methodOf(raw: unknown, where: string, dropped: string[]): SavedRequest['method'] {
  const method = typeof raw === 'string' && raw.trim() !== '' ? raw.trim().toUpperCase() : 'GET';
  if (METHODS.has(method)) return method as SavedRequest['method'];
  dropped.push(`${where} uses method ${method}, which Roundtrip does not send; it was imported as GET.`);
  return 'GET';
}

type OAuth2Field = 'accessTokenUrl' | 'authUrl' | 'clientId' | 'clientSecret' | 'scope' | 'audience' | 'accessToken';

/**
 * OAuth 2.0 auth from another tool's fields: `names` maps each of ours to the tool's own name,
 * `field` reads one ('' when absent); empty fields are left out, and no grant type means authorization code.
 */
export function oauth2Auth(grantType: string, names: Readonly<Partial<Record<OAuth2Field, string>>>, field: (name: string) => string): Extract<Auth, { type: 'oauth2' }> {
  const fields = Object.entries(names).flatMap(([ours, theirs]) => (theirs === undefined || field(theirs) === '' ? [] : [[ours, field(theirs)]]));
  return { type: 'oauth2', grantType: grantType || 'authorization_code', ...Object.fromEntries(fields) };
}

/** A raw or file body takes the request's Content-Type header as its media type (Roundtrip keeps it with the body). */
export function withContentType(headers: readonly KeyValue[], body: Body): { headers: KeyValue[]; body: Body } {
  const header = headers.find((h) => h.name.toLowerCase() === 'content-type' && h.disabled !== true);
  // A form body's Content-Type is written when it is sent (a multipart one with its boundary): a copied header would break it.
  if (header !== undefined && (body.mode === 'urlencoded' || body.mode === 'form-data')) return { headers: headers.filter((h) => h !== header), body };
  if (header === undefined || (body.mode !== 'raw' && body.mode !== 'file')) return { headers: [...headers], body };
  return { headers: headers.filter((h) => h !== header), body: { ...body, mediaType: header.value } };
}

/**
 * Headers a folder or the collection sets for every request inside (Insomnia, Bruno): Roundtrip's
 * folders hold no headers, so each request gets them, unless it sets a header of the same name.
 */
export function pushDownHeaders(items: readonly TreeItem[], inherited: readonly KeyValue[]): TreeItem[] {
  if (inherited.length === 0) return [...items];
  return items.map((item) => {
    if (item.kind === 'folder') return { ...item, items: pushDownHeaders(item.items, inherited) };
    const own = new Set(item.request.headers.map((h) => h.name.toLowerCase()));
    const added = inherited.filter((h) => !own.has(h.name.toLowerCase()));
    return added.length === 0 ? item : { ...item, request: { ...item.request, headers: [...added, ...item.request.headers] } };
  });
}

/** Nested variable data ({"api": {"url": "x"}}) as flat variables ("api.url"), as Insomnia's `_.api.url` reads it. */
export function flattenVariables(data: unknown, prefix = ''): Variable[] {
  if (!isRecord(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const name = `${prefix}${key}`;
    if (isRecord(value)) return flattenVariables(value, `${name}.`);
    return [{ key: name, value: typeof value === 'string' ? value : JSON.stringify(value) }];
  });
}

/** The value of `key` in `record` when it is a string, else undefined. */
export function stringField(record: unknown, key: string): string | undefined {
  // Arrays hold no named fields: reading one gives nothing.
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** The array at `key` in `record`, or an empty one. */
export function arrayField(record: unknown, key: string): unknown[] {
  if (!isRecord(record)) return [];
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

/** Replaces ":name" path segments of `url` with their values (Postman, Insomnia and Bruno path parameters). */
export function fillPathParameters(url: string, parameters: readonly { name: string; value: string }[]): string {
  let out = url;
  for (const { name, value } of parameters) {
    if (name === '' || value === '') continue;
    out = out.replace(new RegExp(`/:${escapeRegExp(name)}(?=/|\\?|#|$)`), `/${value}`);
  }
  return out;
}

/** `url` with the enabled query parameters appended (those already in the URL are not repeated). */
export function appendQuery(url: string, parameters: readonly { name: string; value: string; disabled?: boolean }[]): string {
  const pairs = parameters.filter((p) => p.disabled !== true && p.name !== '').map((p) => `${encodeQueryPart(p.name)}=${encodeQueryPart(p.value)}`);
  const fresh = pairs.filter((pair) => !url.includes(pair));
  if (fresh.length === 0) return url;
  const hash = url.indexOf('#');
  const [base, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${fresh.join('&')}${fragment}`;
}

/** Encodes a query name or value but leaves {{variables}} readable. */
function encodeQueryPart(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\})/)
    .map((part, index) => (index % 2 === 1 ? part : encodeURIComponent(part)))
    .join('');
}
