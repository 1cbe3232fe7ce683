/**
 * Opening a saved request in the editor: its URL, headers and body mapped back onto the
 * operation's parameters (path values matched against the template, query and header values by
 * name) so the form shows what was saved. Values the operation does not declare are listed apart.
 */
import { IDEMPOTENCY_KEY_HEADER, isIdempotencyKeyHeader } from '../idempotency/idempotency-key-header';
import type { OperationModel } from '../model/api-model';
import { acceptHeader, isJsonMediaType, paramKey } from '../request/build-request';
import type { HeaderEntry, RequestDescription } from '../request/request-model';
import { assembleRequest, withQuery } from '../request/resolve-request';
import { mergeScopes, VariableFiller, type UnresolvedVariable, type VariableScope } from '../request/variable-scopes';
import type { SavedRequest } from './format-v1';
import { schemeCredentialOf, type HeaderScheme } from './security-headers';
import { decodeFormComponent as decode } from '../request/form-fields';

export interface FormValues {
  /** By paramKey ("query:limit"). */
  readonly params: Readonly<Record<string, string>>;
  readonly body?: { readonly mediaType: string; readonly text: string };
  /** Query parameters and headers the operation does not declare, named ("query limit", "header X-Trace"). */
  readonly unmatched: readonly string[];
  /** The same with their values: the form shows them apart and sends them with the request. */
  readonly extras: readonly ExtraParam[];
  /**
   * A literal Idempotency-Key header the operation does not declare (the form's "Add Idempotency-Key", saved):
   * it comes back as the form's added key, so a send with a changed body gets a fresh one instead of replaying it.
   */
  readonly addedKey?: string;
  /** Where that key header sat among the file's headers, so a save puts it back there (the file keeps its bytes). */
  readonly addedKeyPlace?: KeyPlace;
}

/** Where a key header goes among the others: right after the header named `after`, or first when there is none. */
export interface KeyPlace {
  readonly after?: string;
}

/** A query value or header a saved request has and its operation does not declare. */
export interface ExtraParam {
  readonly in: 'query' | 'header';
  readonly name: string;
  readonly value: string;
}

/**
 * The form values of `saved` for `op`; `baseUrl` is what {{baseUrl}} or a literal prefix stands for.
 * Headers of `securityHeaders` are the auth's, and an Accept the form itself sets is the form's: neither is a param or an extra.
 */
export function formValuesFromSaved(saved: SavedRequest, op: Pick<OperationModel, 'path' | 'parameters'> & Partial<Pick<OperationModel, 'requestBody' | 'responses'>>, baseUrl?: string, securityHeaders?: ReadonlyMap<string, HeaderScheme>): FormValues {
  const params: Record<string, string> = {};
  const unmatched: string[] = [];
  const extras: ExtraParam[] = [];
  let rest = saved.url.replace(/^\{\{\s*baseUrl\s*\}\}/, '');
  if (rest === saved.url && baseUrl && rest.startsWith(baseUrl)) rest = rest.slice(baseUrl.length);
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(rest)) rest = rest.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  const [pathPart = '', query = ''] = rest.split('#')[0]?.split(/\?(.*)/s) ?? [];
  for (const [name, value] of Object.entries(matchTemplate(op.path, pathPart))) params[paramKey({ in: 'path', name })] = value;
  for (const pair of query.split('&').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const declared = op.parameters.find((p) => p.in === 'query' && p.name === name);
    if (!declared) {
      unmatched.push(`query ${name}`);
      extras.push({ in: 'query', name, value });
    } else {
      const key = paramKey(declared);
      // A repeated name (?tag=a&tag=b) is the form's comma-separated list.
      params[key] = params[key] === undefined ? value : `${params[key]},${value}`;
    }
  }
  const addedKey = addedKeyHeader(saved, op);
  for (const header of saved.headers.filter((h) => h.disabled !== true && h !== addedKey)) {
    const declared = op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === header.name.toLowerCase());
    if (declared) params[paramKey(declared)] = header.value;
    else if ((securityHeaders === undefined || schemeCredentialOf(header, securityHeaders) === undefined) && !isFormAccept(header, op)) {
      unmatched.push(`header ${header.name}`);
      extras.push({ in: 'header', name: header.name, value: header.value });
    }
  }
  const body = saved.body.mode === 'raw' && !isUrlEncoded(saved.body.mediaType) ? { mediaType: saved.body.mediaType, text: saved.body.text } : formBodyOf(saved.body, op);
  return { params, ...(body ? { body } : {}), unmatched, extras, ...(addedKey ? { addedKey: addedKey.value, addedKeyPlace: placeOf(addedKey, saved.headers) } : {}) };
}

/**
 * A saved form body as the form keeps it (its fields as a JSON object), under the operation's media type of that
 * kind: text parts as typed (a JSON part as its value), repeated names as lists, file parts as files to pick again.
 */
function formBodyOf(given: SavedRequest['body'], op: Partial<Pick<OperationModel, 'requestBody'>>): FormValues['body'] {
  // The form saves an urlencoded body as the text it sent: its pairs are the fields.
  const body = given.mode === 'raw' ? { mode: 'urlencoded' as const, fields: urlEncodedPairs(given.text) } : given;
  if (body.mode !== 'form-data' && body.mode !== 'urlencoded') return undefined;
  const wanted = body.mode === 'form-data' ? 'multipart/form-data' : URL_ENCODED;
  const mediaType = op.requestBody?.content.find((media) => media.mediaType.split(';')[0]?.trim().toLowerCase() === wanted)?.mediaType ?? wanted;
  const fields: Record<string, unknown> = {};
  const add = (name: string, value: unknown): void => {
    const held = fields[name];
    fields[name] = held === undefined ? value : Array.isArray(held) ? [...(held as unknown[]), value] : [held, value];
  };
  if (body.mode === 'urlencoded') for (const field of body.fields.filter((f) => f.disabled !== true)) add(field.name, field.value);
  else
    for (const part of body.parts.filter((p) => p.disabled !== true)) {
      // A file part with no file named (as an import writes it) is a file still to pick, none named: a save writes it back so.
      add(part.name, part.file !== undefined ? { $pick: part.file, ...(part.mediaType === undefined ? {} : { type: part.mediaType }) } : partValue(part.value ?? '', part.mediaType));
    }
  return { mediaType, text: JSON.stringify(fields, null, 2) };
}

const URL_ENCODED = 'application/x-www-form-urlencoded';

function isUrlEncoded(mediaType: string): boolean {
  return mediaType.split(';')[0]?.trim().toLowerCase() === URL_ENCODED;
}

function urlEncodedPairs(text: string): { name: string; value: string; disabled?: boolean }[] {
  return text
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return { name: decode(eq < 0 ? pair : pair.slice(0, eq)), value: eq < 0 ? '' : decode(pair.slice(eq + 1)) };
    });
}

// A JSON part (an object field, sent as application/json) comes back as the object it was.
function partValue(text: string, mediaType: string | undefined): unknown {
  if (mediaType === undefined || !isJsonMediaType(mediaType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// By its neighbour's name rather than an index: headers the form adds or drops elsewhere do not move it.
function placeOf(header: SavedRequest['headers'][number], headers: SavedRequest['headers']): KeyPlace {
  const before = headers.slice(0, headers.indexOf(header)).filter((h) => h.disabled !== true);
  const after = before[before.length - 1]?.name;
  return after === undefined ? {} : { after };
}

/**
 * The header of `saved` that is the form's added key: spelled as the form writes it (so saving again writes the
 * same bytes), with a literal value ({{$guid}} and the like stay headers the variables fill), and not declared
 * by the operation (a declared key header is the operation's own field).
 */
function addedKeyHeader(saved: SavedRequest, op: Pick<OperationModel, 'parameters'>): SavedRequest['headers'][number] | undefined {
  if (op.parameters.some((p) => p.in === 'header' && isIdempotencyKeyHeader(p.name))) return undefined;
  return saved.headers.find((h) => h.disabled !== true && h.name === IDEMPOTENCY_KEY_HEADER && h.value.trim() !== '' && !h.value.includes('{{'));
}

export interface FormCompletion {
  /** Undeclared headers and query values of an opened saved request (sent too). */
  readonly extras?: readonly ExtraParam[];
  /** Where {{variables}} in the extras get their values (the form's own fields are filled already). */
  readonly scopes?: readonly VariableScope[];
  readonly setIn?: string;
  /** The auth headers the form applied: a header of the same name among the extras is not sent again. */
  readonly authHeaders?: readonly HeaderEntry[];
  /** An Idempotency-Key the person added (the document declares none); it replaces any key header. */
  readonly addedKey?: string;
  /** Where the added key goes (as it sat in the file it was opened from); after the other headers when not given. */
  readonly addedKeyPlace?: KeyPlace;
}

/**
 * The form's built request finished through the pipeline's assembly: the extras added (query pairs at the
 * end of the URL, headers after the form's), each header name once, the auth's headers over saved copies.
 * An extra that uses a variable with no value blocks the request, as any field does.
 */
export function completeFormRequest(request: RequestDescription, completion: FormCompletion = {}): { request?: RequestDescription; unresolved: UnresolvedVariable[] } {
  const scopes = completion.scopes ?? [];
  const filler = new VariableFiller(mergeScopes(scopes));
  const extras = completion.extras ?? [];
  const query = extras.filter((e) => e.in === 'query').map((e) => `${encodeURIComponent(filler.fill(e.name, `query parameter "${e.name}"`))}=${encodeURIComponent(filler.fill(e.value, `query parameter "${e.name}"`))}`);
  const extraHeaders = extras.filter((e) => e.in === 'header').map((e) => ({ name: filler.fill(e.name, `header ${e.name}`), value: filler.fill(e.value, `header ${e.name}`) }));
  const authNames = new Set((completion.authHeaders ?? []).map((h) => h.name.toLowerCase()));
  const key = completion.addedKey;
  const others = [...request.headers, ...extraHeaders.filter((h) => !authNames.has(h.name.toLowerCase()))].filter((h) => key === undefined || !isIdempotencyKeyHeader(h.name));
  const headers = key === undefined || completion.addedKeyPlace === undefined ? others : placed(others, { name: IDEMPOTENCY_KEY_HEADER, value: key }, completion.addedKeyPlace);
  const unresolved = filler.unresolved(scopes, completion.setIn).filter((u) => u.places.some((place) => !place.startsWith('header ') || !authNames.has(place.slice(7).toLowerCase())));
  const assembled = assembleRequest({
    method: request.method,
    url: withQuery(request.url, query),
    headers,
    auth: { headers: (completion.authHeaders ?? []).filter((h) => request.headers.some((own) => own.name === h.name && own.value === h.value)), query: [], cookies: [], secrets: [] },
    ...(key === undefined ? {} : { key: { header: IDEMPOTENCY_KEY_HEADER, value: key } }),
  });
  // Everything else the form built (body, deadline, settings, the operation, credential names) goes along as it was.
  const complete: RequestDescription = { ...request, method: assembled.method, url: assembled.url, headers: assembled.headers };
  return unresolved.length > 0 ? { unresolved } : { request: complete, unresolved };
}

// After its neighbour when that header is still there (first when it had none), else last as any added key.
function placed(headers: readonly HeaderEntry[], key: HeaderEntry, place: KeyPlace): HeaderEntry[] {
  const neighbour = place.after?.toLowerCase();
  const at = neighbour === undefined ? 0 : headers.findIndex((h) => h.name.toLowerCase() === neighbour) + 1;
  if (at === 0 && neighbour !== undefined) return [...headers, key];
  return [...headers.slice(0, at), key, ...headers.slice(at)];
}

function matchTemplate(template: string, actual: string): Record<string, string> {
  const names: string[] = [];
  // Braces are not escaped first, so each {name} is still whole when it is replaced by a group.
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    names.push(name);
    return '([^/]*)';
  });
  const match = new RegExp(`^${pattern}/?$`).exec(actual);
  if (!match) return {};
  return Object.fromEntries(names.map((name, index) => [name, decode(match[index + 1] ?? '')]));
}

/** The Accept header the form sets for `op` (its success answers' media types), saved with the request. */
function isFormAccept(header: Pick<HeaderEntry, 'name' | 'value'>, op: Partial<Pick<OperationModel, 'responses'>>): boolean {
  return header.name.toLowerCase() === 'accept' && op.responses !== undefined && header.value === acceptHeader({ responses: op.responses });
}
