/**
 * The one resolution pipeline: a request document (what a saved, imported, free-form or history
 * request holds) and its context (variable scopes, inherited auth, the Idempotency-Key in use) give
 * the exact request to send, or a blocked result naming each unresolved {{name}}. The editor, the
 * runner, `roundtrip run`, history and the exports all come through here, so one request sends the
 * same bytes everywhere.
 */
import { base64Utf8 } from '../auth/base64';
import { signingSecrets, type RequestSigning } from '../auth/request-signing';
import type { Auth, Body, SavedRequest } from '../collections/format-v1';
import type { AttachedFile } from '../runner/step-files';
import { IDEMPOTENCY_KEY_HEADER } from '../idempotency/idempotency-key-header';
import { isJsonMediaType } from './build-request';
import { fillCookie } from './fill-cookie';
import { fillUrl, fillUrlEncoded } from './fill-url';
import { encodeFormComponent, isUrlEncodedMediaType } from './form-body';
import type { HeaderEntry, RequestBody, RequestDescription } from './request-model';
import { mergeCredentialNames, type CredentialNames } from '../security/credential-names';
import { mergeScopes, scopeSecrets, VariableFiller, type UnresolvedVariable, type VariableScope } from './variable-scopes';

/** What a request is, wherever it comes from: the saved format's fields (a SavedRequest is one). */
export type RequestDocument = Pick<SavedRequest, 'method' | 'url' | 'headers' | 'body' | 'auth'> & Partial<Pick<SavedRequest, 'idempotencyKey' | 'settings' | 'operation'>>;

/** Credentials as they go on the wire: headers, and encoded name=value pairs for the query and Cookie. */
export interface AuthParts {
  readonly headers: readonly HeaderEntry[];
  readonly query: readonly string[];
  readonly cookies: readonly string[];
  /** Values to mask wherever the request is recorded or shown. */
  readonly secrets: readonly string[];
  /** The header or query name an API key goes under, whatever it is called (redirects drop it, history masks it). */
  readonly names?: CredentialNames;
  /** Digest or SigV4: applied by the main process when the request is sent. */
  readonly signing?: RequestSigning;
}

export interface ResolveContext {
  /** Highest first: run captures, --var, the environment, folders (innermost first), the collection. */
  readonly scopes?: readonly VariableScope[];
  /** The folder's or collection's auth, for a document whose auth is "inherit". */
  readonly inheritedAuth?: Auth;
  /** Credentials applied by the editor for a linked operation's security schemes: they replace the document's auth. */
  readonly appliedAuth?: AuthParts;
  /** The key an "auto" Idempotency-Key policy sends (the editor keeps one per intent; the runner makes one per send). */
  readonly idempotencyKey?: string;
  /** A deadline that overrides the document's own. */
  readonly timeoutMs?: number;
  /** Where a missing variable should be set, when not the first scope (said in the message). */
  readonly setIn?: string;
  /** Credential names the document's security schemes declare, beyond the auth's own. */
  readonly credentialNames?: CredentialNames;
  /** Files the caller read from disk for the body, by the path the document saves (see shared/runner/step-files.ts). */
  readonly files?: ReadonlyMap<string, AttachedFile>;
}

export type Resolution =
  | { readonly ok: true; readonly request: RequestDescription; readonly secrets: readonly string[] }
  | {
      readonly ok: false;
      /** Empty when something else stops the send (a file body the caller cannot send); see `message`. */
      readonly unresolved: readonly UnresolvedVariable[];
      readonly message: string;
      /** The request with unresolved names left as typed: for showing and exporting, never for sending. */
      readonly draft: RequestDescription;
      readonly secrets: readonly string[];
    };

/** Everything the assembly needs, each text already filled. */
export interface RequestParts {
  readonly method: RequestDescription['method'];
  readonly url: string;
  /** The document's (or form's) own headers, in order. */
  readonly headers: readonly HeaderEntry[];
  readonly auth: AuthParts;
  readonly body?: RequestBody;
  readonly key?: { readonly header: string; readonly value: string };
  readonly settings?: SavedRequest['settings'];
  readonly timeoutMs?: number;
  readonly opKey?: string;
  readonly credentialNames?: CredentialNames;
}

const NO_AUTH: AuthParts = { headers: [], query: [], cookies: [], secrets: [] };

/** The request `doc` sends in `context`, or why it cannot be sent yet. */
export function resolveRequest(doc: RequestDocument, context: ResolveContext = {}): Resolution {
  const scopes = context.scopes ?? [];
  const filler = new VariableFiller(mergeScopes(scopes));
  const auth = context.appliedAuth ?? authParts(doc.auth.type === 'inherit' ? context.inheritedAuth : doc.auth, filler);
  // A header the auth sets is the auth's: a saved copy of it (X-API-Key: {{...}}) is neither sent nor needed, and
  // the auth's header takes its place (a history entry keeps its withheld credentials as such placeholders).
  const byAuth = new Map(auth.headers.map((h) => [h.name.toLowerCase(), h]));
  // A request saved from an operation's form holds its fields' {{variables}} where the form put their
  // encoded values: filled by place, it sends what the form sends (its Cookie header's values encoded as
  // the form encodes cookie parameters). Any other request (typed by hand, or imported from Postman,
  // whose runs fill as typed) keeps its variables' values as they are.
  const byPlace = doc.operation !== undefined;
  const params = doc.operation?.params;
  const headers = doc.headers.flatMap((h): HeaderEntry[] => {
    const name = h.name.trim();
    const fromAuth = byAuth.get(name.toLowerCase());
    if (fromAuth !== undefined) return [fromAuth];
    if (h.disabled === true || name === '') return [];
    const value = byPlace && name.toLowerCase() === 'cookie' ? fillCookie(h.value, filler, `header ${name}`, params) : filler.fill(h.value, `header ${name}`);
    return [{ name: filler.fill(name, `header ${name}`), value }];
  });
  const url = byPlace ? fillUrl(doc.url.trim(), filler, 'the URL', params) : filler.fill(doc.url.trim(), 'the URL');
  const body = documentBody(doc.body, filler, byPlace, context.files);
  const cookies = doc.settings?.cookies;
  const withCookies = cookies === undefined || cookies.trim() === '' ? headers : [...headers, { name: 'Cookie', value: filler.fill(cookies, 'the cookies') }];
  const key = idempotencyKey(doc, context, filler);
  const timeoutMs = context.timeoutMs ?? doc.settings?.timeoutMs;
  const credentialNames = mergeCredentialNames(auth.names, context.credentialNames);
  const draft = assembleRequest({
    method: doc.method,
    url,
    headers: withCookies,
    auth,
    ...(typeof body === 'object' ? { body } : {}),
    ...(key ? { key } : {}),
    ...(doc.settings ? { settings: doc.settings } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(doc.operation ? { opKey: doc.operation.key } : {}),
    ...(credentialNames === undefined ? {} : { credentialNames }),
  });
  const secrets = [...new Set([...auth.secrets, ...scopeSecrets(scopes)])].filter((s) => s !== '');
  const unresolved = filler.unresolved(scopes, context.setIn);
  if (unresolved.length > 0) return { ok: false, unresolved, message: unresolved.map((u) => u.message).join(' '), draft, secrets };
  if (typeof body === 'string') return { ok: false, unresolved: [], message: body, draft, secrets };
  return { ok: true, request: draft, secrets };
}

/**
 * The request from its filled parts: each header name once (a repeated one keeps its first place and
 * last value), the auth's headers over the document's (in their place), auth cookies joined into one Cookie header, the
 * auth's query pairs after the URL's own, the body's Content-Type and the Idempotency-Key when not set.
 */
export function assembleRequest(parts: RequestParts): RequestDescription {
  const headers: HeaderEntry[] = [];
  const put = (header: HeaderEntry, join?: string): void => {
    const index = headers.findIndex((h) => h.name.toLowerCase() === header.name.toLowerCase());
    if (index < 0) headers.push(header);
    else headers[index] = { name: headers[index]?.name ?? header.name, value: join === undefined ? header.value : `${headers[index]?.value ?? ''}${join}${header.value}` };
  };
  // An auth header takes the place of a header of the same name (a saved copy of it), or goes after the others.
  const byAuth = new Map(parts.auth.headers.map((h) => [h.name.toLowerCase(), h]));
  for (const header of parts.headers) put(byAuth.get(header.name.toLowerCase()) ?? header);
  for (const header of parts.auth.headers) put(header);
  if (parts.auth.cookies.length > 0) put({ name: 'Cookie', value: parts.auth.cookies.join('; ') }, '; ');
  const has = (name: string): boolean => headers.some((h) => h.name.toLowerCase() === name.toLowerCase());
  if (parts.body !== undefined && !has('content-type')) headers.push({ name: 'Content-Type', value: parts.body.mediaType });
  if (parts.key !== undefined && parts.key.value !== '' && !has(parts.key.header)) headers.push({ name: parts.key.header, value: parts.key.value });
  const settings = parts.settings;
  return {
    method: parts.method,
    url: withQuery(parts.url, parts.auth.query),
    headers,
    ...(parts.body ? { body: parts.body } : {}),
    ...(parts.timeoutMs === undefined ? {} : { timeoutMs: parts.timeoutMs }),
    ...(settings?.followRedirects === false ? { maxRedirects: 0 } : settings?.maxRedirects !== undefined ? { maxRedirects: settings.maxRedirects } : {}),
    ...(settings?.allowInvalidCertificate === true ? { allowInvalidCertificate: true } : {}),
    ...(parts.opKey === undefined ? {} : { opKey: parts.opKey }),
    ...(parts.credentialNames === undefined ? {} : { credentialNames: parts.credentialNames }),
    ...(parts.auth.signing === undefined ? {} : { signing: parts.auth.signing }),
  };
}

/** The wire form of a document's auth, its values filled. */
export function authParts(auth: Auth | undefined, filler: VariableFiller): AuthParts {
  const fill = (text: string): string => filler.fill(text, 'the auth');
  switch (auth?.type) {
    case 'basic': {
      const password = fill(auth.password);
      const encoded = base64Utf8(`${fill(auth.username)}:${password}`);
      return { ...NO_AUTH, headers: [{ name: 'Authorization', value: `Basic ${encoded}` }], secrets: [encoded, password] };
    }
    case 'bearer':
    case 'oauth2': {
      const token = fill(auth.type === 'bearer' ? auth.token : (auth.accessToken ?? ''));
      return token === '' ? NO_AUTH : { ...NO_AUTH, headers: [{ name: 'Authorization', value: `Bearer ${token}` }], secrets: [token] };
    }
    case 'apikey': {
      const name = fill(auth.name).trim();
      const value = fill(auth.value);
      if (name === '') return NO_AUTH;
      if (auth.in === 'query') return { ...NO_AUTH, query: [`${encodeURIComponent(name)}=${encodeURIComponent(value)}`], secrets: [value], names: { headers: [], query: [name] } };
      return { ...NO_AUTH, headers: [{ name, value }], secrets: [value], names: { headers: [name], query: [] } };
    }
    case 'digest':
    case 'awsv4':
      return signingParts(auth, fill);
    default:
      return NO_AUTH;
  }
}

/** Digest and SigV4 carry their credentials to the main process, which signs at send time; nothing when the user name or key is empty. */
function signingParts(auth: Extract<Auth, { type: 'digest' | 'awsv4' }>, fill: (text: string) => string): AuthParts {
  let signing: RequestSigning;
  if (auth.type === 'digest') {
    const username = fill(auth.username);
    if (username === '') return NO_AUTH;
    signing = { kind: 'digest', username, password: fill(auth.password) };
  } else {
    const accessKey = fill(auth.accessKey).trim();
    if (accessKey === '') return NO_AUTH;
    const sessionToken = fill(auth.sessionToken ?? '').trim();
    signing = { kind: 'aws-sigv4', accessKey, secretKey: fill(auth.secretKey).trim(), region: fill(auth.region).trim(), service: fill(auth.service).trim(), ...(sessionToken === '' ? {} : { sessionToken }) };
  }
  return { ...NO_AUTH, secrets: signingSecrets(signing), signing };
}

function idempotencyKey(doc: RequestDocument, context: ResolveContext, filler: VariableFiller): RequestParts['key'] {
  const policy = doc.idempotencyKey;
  if (policy === undefined || policy.policy === 'off') return undefined;
  const header = policy.header ?? IDEMPOTENCY_KEY_HEADER;
  const value = policy.policy === 'fixed' ? filler.fill(policy.value ?? '', `header ${header}`) : context.idempotencyKey;
  return value === undefined || value === '' ? undefined : { header, value };
}

/** The body to send, or why it cannot be sent from a document (a file on disk is the caller's to read into `files`). */
function documentBody(body: Body, filler: VariableFiller, byPlace: boolean, files: ReadonlyMap<string, AttachedFile> = new Map()): RequestBody | undefined | string {
  const enabled = <T extends { readonly disabled?: boolean | undefined }>(rows: readonly T[]): T[] => rows.filter((row) => row.disabled !== true);
  switch (body.mode) {
    case 'none':
      return undefined;
    case 'raw':
      // An urlencoded text's variables are fields' values: encoded, so a value cannot add a field (a form's, as above).
      if (byPlace && isUrlEncodedMediaType(body.mediaType)) return { mediaType: body.mediaType, text: fillUrlEncoded(body.text, filler, 'the body') };
      return { mediaType: body.mediaType, text: isJsonMediaType(body.mediaType) ? filler.fillJson(body.text, 'the body') : filler.fill(body.text, 'the body') };
    case 'urlencoded':
      // Encoded as the form encodes its fields (application/x-www-form-urlencoded: a space is "+"), so an imported
      // or hand-typed form body sends the bytes the operation's form sends for the same fields.
      return {
        mediaType: 'application/x-www-form-urlencoded',
        text: enabled(body.fields)
          .map((f) => `${encodeFormComponent(filler.fill(f.name, 'the body'))}=${encodeFormComponent(filler.fill(f.value, 'the body'))}`)
          .join('&'),
      };
    case 'form-data': {
      const parts = enabled(body.parts);
      // An import leaves the file empty: the document says a file goes there, not which one.
      const unread = parts.filter((p) => p.file !== undefined && (p.file === '' || !files.has(p.file)));
      const named = unread.map((p) => (p.file ? `${p.file} (part "${p.name}")` : `for part "${p.name}"`));
      // The same words as the save and the reopened form: the file keeps a file's name, never its content.
      if (named.length > 0) return `This request sends the file ${named.join(', ')}, which its saved request names but does not hold: open the request in the app, pick ${named.length === 1 ? 'that file' : 'those files'} and send.`;
      return {
        mediaType: 'multipart/form-data',
        text: '',
        parts: parts.map((p) => {
          const name = filler.fill(p.name, 'the body');
          const file = p.file === undefined ? undefined : files.get(p.file);
          if (file !== undefined) return { name, fileId: file.fileId, filename: file.filename, mediaType: file.mediaType };
          return { name, value: filler.fill(p.value ?? '', 'the body'), ...(p.mediaType === undefined ? {} : { mediaType: p.mediaType }) };
        }),
      };
    }
    case 'file': {
      const file = files.get(body.file);
      if (body.file !== '' && file !== undefined) return { mediaType: file.mediaType, text: '', fileId: file.fileId };
      return 'This request sends a file as its body, which is read from disk only when the request is opened in the app: open it there, pick the file and send.';
    }
  }
}

/** `url` with encoded pairs added to its query (before any #fragment). */
export function withQuery(url: string, pairs: readonly string[]): string {
  if (pairs.length === 0) return url;
  const hash = url.indexOf('#');
  const before = hash < 0 ? url : url.slice(0, hash);
  const after = hash < 0 ? '' : url.slice(hash);
  return `${before}${before.includes('?') ? '&' : '?'}${pairs.join('&')}${after}`;
}
