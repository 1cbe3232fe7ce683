/**
 * Secret values stay in the app: nothing written to a collection file or an export holds a
 * credential in clear. A credential typed into a request becomes a reference to a secret variable
 * ({{bearerToken}}), and the request lists the names it needs so the UI can ask for them.
 */
import { decodeBasicCredentials } from '../auth/base64';
import { isCredentialHeader, isCredentialQueryParam } from '../security/credential-names';
import { joinUrl, splitUrl } from '../security/url-query';
import type { CollectionTree, TreeItem } from './collection-tree';
import { bodyForDisk } from './body-secrets';
import { withCredentialVariablesSecret } from './credential-variables';
import { isReference } from './reference';
import type { Auth, CollectionFile, FolderFile, KeyValue, SavedRequest, Variable } from './format-v1';

/** A secret value the app knows and the variable name it is saved as ({{name}}). */
export interface SecretReference {
  readonly value: string;
  readonly name: string;
}

export { isReference } from './reference';

/** The variables with each secret one's value removed (the key and the secret mark stay). */
export function withoutSecretValues(variables: readonly Variable[]): Variable[] {
  return variables.map((variable) => (variable.secret === true ? { key: variable.key, secret: true, ...(variable.description === undefined ? {} : { description: variable.description }) } : variable));
}

/** Collects the names of secret variables a scrubbed value refers to. */
class Needs {
  readonly names = new Set<string>();
  ref(name: string): string {
    this.names.add(name);
    return `{{${name}}}`;
  }
  /** `value` unless it is a literal credential, which becomes {{name}}. */
  keep(value: string, name: string): string {
    return value === '' || isReference(value) ? value : this.ref(name);
  }
}

function variableName(text: string): string {
  return text.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'secret';
}

function authForDisk(auth: Auth, needs: Needs): Auth {
  switch (auth.type) {
    case 'basic':
      return { ...auth, password: needs.keep(auth.password, 'basicPassword') };
    case 'bearer':
      return { ...auth, token: needs.keep(auth.token, 'bearerToken') };
    case 'digest':
      return { ...auth, password: needs.keep(auth.password, 'digestPassword') };
    case 'awsv4':
      return { ...auth, secretKey: needs.keep(auth.secretKey, 'awsSecretKey'), ...(auth.sessionToken !== undefined ? { sessionToken: needs.keep(auth.sessionToken, 'awsSessionToken') } : {}) };
    case 'apikey':
      return { ...auth, value: needs.keep(auth.value, variableName(auth.name) === 'secret' ? 'apiKey' : variableName(auth.name)) };
    case 'oauth2':
      return {
        ...auth,
        ...(auth.clientSecret !== undefined ? { clientSecret: needs.keep(auth.clientSecret, 'oauth2ClientSecret') } : {}),
        ...(auth.accessToken !== undefined ? { accessToken: needs.keep(auth.accessToken, 'oauth2AccessToken') } : {}),
      };
    default:
      return auth;
  }
}

/** A credential header's value with the credential part as a reference: "Bearer abc" -> "Bearer {{bearerToken}}". */
function headerForDisk(header: KeyValue, needs: Needs): KeyValue {
  if (!isCredentialHeader(header.name) || header.value === '' || isReference(header.value)) return header;
  const name = header.name.toLowerCase();
  if (name === 'authorization' || name === 'proxy-authorization') {
    const match = /^(\w+)\s+(.+)$/.exec(header.value.trim());
    if (match?.[1] && match[2] !== undefined) {
      if (isReference(match[2])) return header;
      const scheme = match[1].toLowerCase();
      const ref = scheme === 'bearer' ? 'bearerToken' : scheme === 'basic' ? 'basicCredentials' : `${scheme}Credentials`;
      return { ...header, value: `${match[1]} ${needs.ref(ref)}` };
    }
    return { ...header, value: needs.ref('authorization') };
  }
  if (name === 'cookie') return { ...header, value: cookiesForDisk(header.value, needs) };
  return { ...header, value: needs.ref(variableName(header.name)) };
}

/**
 * A Cookie text whose every value is a {{reference}} ("sid={{session}}", as an import of an API key
 * cookie writes it) holds no secret and is kept; any other is saved as {{cookie}}.
 */
function cookiesForDisk(text: string, needs: Needs): string {
  const pairs = text.split(';').map((pair) => pair.trim()).filter((pair) => pair !== '');
  const referencesOnly = pairs.length > 0 && pairs.every((pair) => pair.indexOf('=') > 0 && isReference(pair.slice(pair.indexOf('=') + 1)));
  return referencesOnly ? text : needs.keep(text, 'cookie');
}

/** The URL with the value of each credential query parameter as a reference: "?api_key=abc" -> "?api_key={{api_key}}". */
function urlForDisk(url: string, needs: Needs): string {
  if (!url.includes('?')) return url;
  const parts = splitUrl(url);
  let changed = false;
  const pairs = parts.pairs.map((pair) => {
    const eq = pair.raw.indexOf('=');
    const value = eq < 0 ? '' : pair.raw.slice(eq + 1);
    if (value === '' || isReference(value) || !isCredentialQueryParam(pair.name)) return pair;
    changed = true;
    return { ...pair, raw: `${pair.raw.slice(0, eq)}=${needs.ref(variableName(pair.name))}` };
  });
  return changed ? joinUrl({ ...parts, pairs }) : url;
}

/**
 * A literal "Authorization: Basic <base64>" header as the request's basic auth, so the password
 * (not the whole Base64) becomes the secret reference; the wire request stays the same.
 */
function basicHeaderAsAuth(request: SavedRequest): SavedRequest {
  if (request.auth.type !== 'inherit' && request.auth.type !== 'none') return request;
  const index = request.headers.findIndex((h) => h.disabled !== true && h.name.toLowerCase() === 'authorization' && /^basic\s+\S+$/i.test(h.value.trim()));
  const header = request.headers[index];
  const decoded = header === undefined ? undefined : decodeBasicCredentials(header.value.trim().split(/\s+/)[1] ?? '');
  if (decoded === undefined) return request;
  return { ...request, headers: request.headers.filter((_, i) => i !== index), auth: { type: 'basic', ...decoded } };
}

/** The auth with known secret values replaced by their references (a typed password keeps its own name). */
function knownInAuth(auth: Auth, text: (value: string) => string): Auth {
  switch (auth.type) {
    case 'basic':
      return { ...auth, password: text(auth.password) };
    case 'bearer':
      return { ...auth, token: text(auth.token) };
    case 'digest':
      return { ...auth, password: text(auth.password) };
    case 'awsv4':
      return { ...auth, secretKey: text(auth.secretKey), ...(auth.sessionToken !== undefined ? { sessionToken: text(auth.sessionToken) } : {}) };
    case 'apikey':
      return { ...auth, value: text(auth.value) };
    case 'oauth2':
      return { ...auth, ...(auth.clientSecret !== undefined ? { clientSecret: text(auth.clientSecret) } : {}), ...(auth.accessToken !== undefined ? { accessToken: text(auth.accessToken) } : {}) };
    default:
      return auth;
  }
}

function replaceKnown(text: string, known: readonly SecretReference[], needs: Needs): string {
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...known].filter((s) => s.value.length >= 3).sort((a, b) => b.value.length - a.value.length)) {
    if (out.includes(secret.value)) out = out.split(secret.value).join(needs.ref(secret.name));
  }
  return out;
}

/**
 * The request as it may be written or exported: each value in `known` (secret environment
 * variables, credentials the editor applied) becomes its {{name}} wherever it appears, literal
 * credentials in the auth and in credential headers become references, and `needsSecrets` lists
 * the secret variables the request now refers to.
 */
export function requestForDisk(typed: SavedRequest, known: readonly SecretReference[] = []): SavedRequest {
  const request = basicHeaderAsAuth(typed);
  const needs = new Needs();
  for (const name of request.needsSecrets ?? []) needs.names.add(name);
  const text = (value: string): string => replaceKnown(value, known, needs);
  const body = request.body;
  const scrubbedBody: SavedRequest['body'] =
    body.mode === 'raw'
      ? { ...body, text: text(body.text) }
      : body.mode === 'urlencoded'
        ? { ...body, fields: body.fields.map((f) => ({ ...f, value: text(f.value) })) }
        : body.mode === 'form-data'
          ? { ...body, parts: body.parts.map((p) => (p.value === undefined ? p : { ...p, value: text(p.value) })) }
          : body;
  const settings = request.settings;
  const out: SavedRequest = {
    ...request,
    url: urlForDisk(text(request.url), needs),
    headers: request.headers.map((h) => headerForDisk({ ...h, value: text(h.value) }, needs)),
    body: bodyForDisk(scrubbedBody, (field) => needs.ref(variableName(field))),
    auth: authForDisk(knownInAuth(request.auth, text), needs),
    ...(settings?.cookies !== undefined ? { settings: { ...settings, cookies: cookiesForDisk(text(settings.cookies), needs) } } : {}),
    ...(request.idempotencyKey?.value !== undefined ? { idempotencyKey: { ...request.idempotencyKey, value: text(request.idempotencyKey.value) } } : {}),
  };
  if (needs.names.size > 0) return { ...out, needsSecrets: [...needs.names].sort() };
  delete out.needsSecrets;
  return out;
}

/** The folder file as it may be written: a literal credential in its auth becomes a reference. */
export function folderForDisk(folder: FolderFile): FolderFile {
  return { ...folder, ...(folder.auth ? { auth: authForDisk(folder.auth, new Needs()) } : {}), ...(folder.variables ? { variables: withoutSecretValues(folder.variables) } : {}) };
}

/** The collection file as it may be written to disk: secret variable values and literal credentials left out. */
export function collectionForDisk(collection: CollectionFile): CollectionFile {
  return { ...collection, variables: withoutSecretValues(collection.variables), ...(collection.auth ? { auth: authForDisk(collection.auth, new Needs()) } : {}) };
}

/** The whole tree as it may be written or exported (see requestForDisk); variables used as credentials are secret. */
export function treeForDisk(given: CollectionTree): CollectionTree {
  const tree = withCredentialVariablesSecret(given);
  const items = (list: readonly TreeItem[]): TreeItem[] =>
    list.map((item) => (item.kind === 'request' ? { ...item, request: requestForDisk(item.request) } : { ...item, folder: folderForDisk(item.folder), items: items(item.items) }));
  return { ...tree, collection: collectionForDisk(tree.collection), items: items(tree.items) };
}

/**
 * The secret variables that took the place of values in clear when `request` is written: none when
 * it held only {{references}} (an export read back), whatever its needsSecrets lists.
 */
function droppedFrom(request: SavedRequest): string[] {
  const { needsSecrets: listed, ...typed } = request;
  const { needsSecrets: needed, ...written } = requestForDisk(request);
  if (JSON.stringify(written) === JSON.stringify(typed)) return [];
  const before = JSON.stringify(typed);
  // A name the request already referred to was no value in clear; the new references are.
  const fresh = (needed ?? []).filter((name) => !(listed ?? []).includes(name) && !before.includes(`{{${name}}}`));
  return fresh.length > 0 ? fresh : (needed ?? []);
}

/** An import's note when it left credentials out of the files: which secret variables to fill in. */
export function secretsWarning(tree: CollectionTree): string | undefined {
  const names = new Set<string>();
  // Secret variables that came with a value: the value stays out of the files.
  const withValues = (variables: readonly Variable[] | undefined): void => {
    for (const variable of variables ?? []) if (variable.secret === true && (variable.value ?? '') !== '') names.add(variable.key);
  };
  const walk = (list: readonly TreeItem[]): void => {
    for (const item of list) {
      if (item.kind === 'request') for (const name of droppedFrom(item.request)) names.add(name);
      else {
        withValues(item.folder.variables);
        walk(item.items);
      }
    }
  };
  withValues(tree.collection.variables);
  walk(tree.items);
  const before = JSON.stringify([tree.collection.auth, tree.items.map((i) => (i.kind === 'folder' ? i.folder.auth : undefined))]);
  const after = JSON.stringify([collectionForDisk(tree.collection).auth, tree.items.map((i) => (i.kind === 'folder' ? folderForDisk(i.folder).auth : undefined))]);
  if (names.size === 0 && before === after) return undefined;
  const list = [...names].sort().join(', ');
  return `Credentials in clear were not written to the collection files: they are saved as {{variable}} references${list ? ` (${list})` : ''}. Add those as secret variables in an environment to send the requests.`;
}

/** The tree with each secret variable its requests need declared on the collection (secret, no value), so an export names them. */
export function withNeededVariables(tree: CollectionTree): CollectionTree {
  const names = new Set<string>();
  const walk = (list: readonly TreeItem[]): void => {
    for (const item of list) {
      if (item.kind === 'request') for (const name of item.request.needsSecrets ?? []) names.add(name);
      else walk(item.items);
    }
  };
  walk(tree.items);
  const known = new Set(tree.collection.variables.map((v) => v.key));
  const added = [...names].sort().filter((name) => !known.has(name));
  return added.length === 0 ? tree : { ...tree, collection: { ...tree.collection, variables: [...tree.collection.variables, ...added.map((key) => ({ key, secret: true }))] } };
}
