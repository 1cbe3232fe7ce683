/**
 * Reads a Bruno collection (a folder: bruno.json, collection.bru, folder.bru per folder, one
 * `.bru` file per request, environments/*.bru) into a Roundtrip collection.
 */
import { blockPairs, blockText, blockValue, parseBru, type BruBlock, type BruPair } from './bru-parser';
import { translateBrunoChecks } from './bruno-checks';
import { newCollection, newFolder, newSavedRequest, type ImportedEnvironment, type TreeItem } from './collection-tree';
import type { Auth, Body, FormPart, KeyValue, SavedRequest, Variable } from './format-v1';
import { finishImport } from './finish-import';
import type { ImportOutcome } from './import-outcome';
import { appendQuery, fillPathParameters, methodOf, oauth2Auth, pushDownHeaders, withContentType } from './import-parts';

/** One file of the collection folder: its path relative to the folder ("/" separated) and its text. */
export interface CollectionFileText {
  readonly path: string;
  readonly text: string;
}

const HTTP_BLOCKS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head', 'connect', 'trace', 'http'];

/** True when the files look like a Bruno collection (a bruno.json, or .bru files). */
export function isBrunoCollection(files: readonly CollectionFileText[]): boolean {
  return files.some((f) => f.path === 'bruno.json' || f.path.endsWith('.bru'));
}

/** Converts a Bruno collection's files; `folderName` names the collection when bruno.json does not. */
export function fromBruno(files: readonly CollectionFileText[], folderName = 'Bruno collection'): ImportOutcome {
  if (!isBrunoCollection(files)) return { ok: false, message: 'This folder is not a Bruno collection: it has no bruno.json and no .bru files. Pick the folder that holds bruno.json.' };
  const dropped: string[] = [];
  const parsed = new Map<string, readonly BruBlock[]>();
  for (const file of files.filter((f) => f.path.endsWith('.bru'))) {
    const result = parseBru(file.text);
    if (!result.ok) return { ok: false, message: `${file.path} is not a valid .bru file: ${result.message} Fix it in Bruno (or by hand) and import again.` };
    parsed.set(file.path, result.blocks);
  }
  const name = collectionName(files, dropped) ?? folderName;
  const root = parsed.get('collection.bru') ?? [];
  const variables = varsOf(root, 'the collection', dropped);
  const auth = authOf(root, 'the collection', dropped, blockValue(root, 'auth', 'mode'));
  droppedScripts(root, 'The collection', dropped);
  const description = blockText(root, 'docs');
  const items = pushDownHeaders(itemsIn('', parsed, dropped), headersOf(root));
  const environments = [...parsed.entries()].filter(([path]) => /^environments\/[^/]+\.bru$/.test(path)).map(([path, blocks]) => environmentOf(path, blocks, dropped));
  const collection = newCollection(name, { variables, ...(auth && auth.type !== 'inherit' ? { auth } : {}), ...(description ? { description } : {}) });
  return { ok: true, tree: finishImport({ collection, items, ...(environments.length > 0 ? { environments } : {}) }), warnings: dropped };
}

function collectionName(files: readonly CollectionFileText[], dropped: string[]): string | undefined {
  const file = files.find((f) => f.path === 'bruno.json');
  if (file === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(file.text);
    const config: Record<string, unknown> = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
    if (config['proxy'] !== undefined) dropped.push('bruno.json: the proxy settings were left out (Roundtrip uses the system settings).');
    const certificates = config['clientCertificates'];
    const certs = typeof certificates === 'object' && certificates !== null && 'certs' in certificates && Array.isArray(certificates.certs) ? certificates.certs.length : 0;
    if (certs > 0) dropped.push('bruno.json: the client certificates were left out.');
    return typeof config['name'] === 'string' && config['name'] !== '' ? config['name'] : undefined;
  } catch {
    dropped.push('bruno.json is not valid JSON; the collection is named after its folder.');
    return undefined;
  }
}

/** The folders and requests directly inside `dir` ("" for the root), ordered by their `seq`. */
function itemsIn(dir: string, parsed: ReadonlyMap<string, readonly BruBlock[]>, dropped: string[]): TreeItem[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  const entries: { seq: number; name: string; item: TreeItem }[] = [];
  const subfolders = new Set<string>();
  for (const [path, blocks] of parsed) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      const folder = rest.slice(0, slash);
      if (!(dir === '' && folder === 'environments')) subfolders.add(folder);
      continue;
    }
    if (rest === 'folder.bru' || rest === 'collection.bru') continue;
    const request = requestOf(path, blocks, dropped);
    if (request) entries.push({ seq: seqOf(blocks), name: request.name, item: { kind: 'request', request } });
  }
  for (const folder of subfolders) {
    const path = `${prefix}${folder}`;
    const meta = parsed.get(`${path}/folder.bru`) ?? [];
    const name = blockValue(meta, 'meta', 'name') ?? folder;
    const where = `Folder "${name}"`;
    const auth = authOf(meta, where, dropped, blockValue(meta, 'auth', 'mode'));
    const variables = varsOf(meta, where, dropped);
    const description = blockText(meta, 'docs');
    droppedScripts(meta, where, dropped);
    const children = pushDownHeaders(itemsIn(path, parsed, dropped), headersOf(meta));
    const file = newFolder(name, { ...(auth && auth.type !== 'inherit' ? { auth } : {}), ...(variables.length > 0 ? { variables } : {}), ...(description ? { description } : {}) });
    entries.push({ seq: seqOf(meta), name, item: { kind: 'folder', folder: file, items: children } });
  }
  return entries.sort((a, b) => a.seq - b.seq || a.name.localeCompare(b.name)).map((e) => e.item);
}

function seqOf(blocks: readonly BruBlock[]): number {
  const seq = Number(blockValue(blocks, 'meta', 'seq'));
  return Number.isFinite(seq) ? seq : Number.MAX_SAFE_INTEGER;
}

function requestOf(path: string, blocks: readonly BruBlock[], dropped: string[]): SavedRequest | undefined {
  const name = blockValue(blocks, 'meta', 'name') ?? path.replace(/^.*\//, '').replace(/\.bru$/, '');
  const where = `Request "${name}"`;
  const type = blockValue(blocks, 'meta', 'type') ?? 'http';
  const http = blocks.find((b) => HTTP_BLOCKS.includes(b.name));
  if ((type !== 'http' && type !== 'graphql') || http?.kind !== 'dictionary') {
    dropped.push(`${where} (${path}) is a ${type} request, which Roundtrip does not send; it was left out.`);
    return undefined;
  }
  const field = (key: string): string | undefined => http.pairs.find((p) => p.name === key)?.value;
  const method = methodOf(http.name === 'http' ? field('method') : http.name, where, dropped);
  const pathParams = blockPairs(blocks, 'params:path').map((p) => ({ name: p.name, value: p.value }));
  const query = [...blockPairs(blocks, 'params:query'), ...blockPairs(blocks, 'query')].map((p) => ({ name: p.name, value: p.value, disabled: !p.enabled }));
  const url = appendQuery(fillPathParameters(field('url') ?? '', pathParams), query);
  const headerPairs = headersOf(blocks);
  const fixed = withContentType(headerPairs, bodyOf(blocks, field('body') ?? 'none', where, dropped));
  const auth = authOf(blocks, where, dropped, field('auth')) ?? { type: 'inherit' };
  const checks = translateBrunoChecks(blockPairs(blocks, 'assert'), blockPairs(blocks, 'vars:post-response'), where);
  dropped.push(...checks.dropped);
  if (blockPairs(blocks, 'vars:pre-request').length > 0) dropped.push(`${where}: its pre-request variables were left out (Roundtrip has no request-level variables; add them to the folder or an environment).`);
  droppedScripts(blocks, where, dropped);
  const description = blockText(blocks, 'docs');
  const settings = settingsOf(blocks);
  return newSavedRequest({
    name,
    method,
    url,
    headers: fixed.headers,
    body: fixed.body,
    auth,
    ...(description ? { description } : {}),
    ...(settings ? { settings } : {}),
    ...(checks.assertions.length > 0 ? { assertions: checks.assertions } : {}),
    ...(checks.captures.length > 0 ? { captures: checks.captures } : {}),
  });
}

function headersOf(blocks: readonly BruBlock[]): KeyValue[] {
  return blockPairs(blocks, 'headers').map((p) => ({ name: p.name, value: p.value, ...(p.enabled ? {} : { disabled: true }), ...(p.description ? { description: p.description } : {}) }));
}

function bodyOf(blocks: readonly BruBlock[], mode: string, where: string, dropped: string[]): Body {
  const text = (name: string): string => blockText(blocks, name) ?? '';
  switch (mode) {
    case 'none':
      return { mode: 'none' };
    case 'json':
      return { mode: 'raw', mediaType: 'application/json', text: text('body:json') || text('body') };
    case 'text':
      return { mode: 'raw', mediaType: 'text/plain', text: text('body:text') };
    case 'xml':
      return { mode: 'raw', mediaType: 'application/xml', text: text('body:xml') };
    case 'sparql':
      return { mode: 'raw', mediaType: 'application/sparql-query', text: text('body:sparql') };
    case 'graphql':
      return { mode: 'raw', mediaType: 'application/json', text: JSON.stringify({ query: text('body:graphql'), variables: parseJsonOr(text('body:graphql:vars')) }) };
    case 'formUrlEncoded':
      return { mode: 'urlencoded', fields: blockPairs(blocks, 'body:form-urlencoded').map((p) => ({ name: p.name, value: p.value, ...(p.enabled ? {} : { disabled: true }) })) };
    case 'multipartForm':
      return { mode: 'form-data', parts: blockPairs(blocks, 'body:multipart-form').flatMap((p) => multipartParts(p)) };
    case 'file': {
      const chosen = blockPairs(blocks, 'body:file').find((p) => p.enabled) ?? blockPairs(blocks, 'body:file')[0];
      const { value, mediaType } = contentTypeOf(chosen?.value ?? '');
      return { mode: 'file', file: fileRefs(value)[0] ?? '', ...(mediaType ? { mediaType } : {}) };
    }
    default:
      dropped.push(`${where} has a body of mode "${mode}", which Roundtrip does not send; it was left out.`);
      return { mode: 'none' };
  }
}

function multipartParts(pair: BruPair): FormPart[] {
  const { value, mediaType } = contentTypeOf(pair.value);
  const common = { name: pair.name, ...(mediaType ? { mediaType } : {}), ...(pair.enabled ? {} : { disabled: true }) };
  const files = fileRefs(value);
  return files.length > 0 ? files.map((file) => ({ ...common, file })) : [{ ...common, value }];
}

/** "x @contentType(application/json)" -> value "x" and its media type. */
function contentTypeOf(raw: string): { value: string; mediaType?: string } {
  const match = /^([\s\S]*?)\s*@contentType\(([^)]*)\)\s*$/.exec(raw);
  return match ? { value: match[1] ?? '', ...(match[2] ? { mediaType: match[2].trim() } : {}) } : { value: raw };
}

/** "@file(a.png|b.png)" -> the paths; any other value -> none. */
function fileRefs(value: string): string[] {
  const match = /^@file\((.*)\)$/.exec(value.trim());
  return match ? (match[1] ?? '').split('|').filter((p) => p !== '') : [];
}

/** The auth for `mode` (the request's `auth:` field, or the `auth { mode }` block of a folder or the collection). */
function authOf(blocks: readonly BruBlock[], where: string, dropped: string[], mode: string | undefined): Auth | undefined {
  const get = (block: string, key: string): string => blockValue(blocks, block, key) ?? '';
  switch (mode) {
    case undefined:
      return undefined;
    case 'inherit':
      return { type: 'inherit' };
    case 'none':
      return { type: 'none' };
    case 'basic':
      return { type: 'basic', username: get('auth:basic', 'username'), password: get('auth:basic', 'password') };
    case 'bearer':
      return { type: 'bearer', token: get('auth:bearer', 'token') };
    case 'apikey':
      return { type: 'apikey', name: get('auth:apikey', 'key'), value: get('auth:apikey', 'value'), in: get('auth:apikey', 'placement') === 'queryparams' ? 'query' : 'header' };
    case 'digest':
      return { type: 'digest', username: get('auth:digest', 'username'), password: get('auth:digest', 'password') };
    case 'awsv4': {
      const sessionToken = get('auth:awsv4', 'sessionToken');
      if (get('auth:awsv4', 'profileName') !== '') dropped.push(`${where}: the AWS profile name was left out; Roundtrip signs with the access key and secret key given.`);
      return { type: 'awsv4', accessKey: get('auth:awsv4', 'accessKeyId'), secretKey: get('auth:awsv4', 'secretAccessKey'), region: get('auth:awsv4', 'region'), service: get('auth:awsv4', 'service'), ...(sessionToken === '' ? {} : { sessionToken }) };
    }
    case 'oauth2': {
      const field = (name: string): string => get('auth:oauth2', name);
      if (field('username') !== '' || field('password') !== '') dropped.push(`${where}: the OAuth 2.0 username and password were left out (Roundtrip's OAuth 2.0 auth does not hold them).`);
      return oauth2Auth(field('grant_type'), { accessTokenUrl: 'access_token_url', authUrl: 'authorization_url', clientId: 'client_id', clientSecret: 'client_secret', scope: 'scope' }, field);
    }
    default:
      dropped.push(`${where} uses ${mode} auth, which Roundtrip cannot import; it inherits its parent's auth instead.`);
      return { type: 'inherit' };
  }
}

function varsOf(blocks: readonly BruBlock[], where: string, dropped: string[]): Variable[] {
  if (blockPairs(blocks, 'vars:post-response').length > 0) dropped.push(`${where}: its post-response variables were left out (captures belong to requests in Roundtrip).`);
  return blockPairs(blocks, 'vars:pre-request')
    .filter((p) => p.enabled)
    .map((p) => ({ key: p.name.replace(/^@/, ''), value: p.value, ...(p.description ? { description: p.description } : {}) }));
}

function environmentOf(path: string, blocks: readonly BruBlock[], dropped: string[]): ImportedEnvironment {
  const name = path.replace(/^environments\//, '').replace(/\.bru$/, '');
  for (const off of blockPairs(blocks, 'vars').filter((p) => !p.enabled)) dropped.push(`Environment "${name}": the disabled variable "${off.name}" was left out.`);
  const secrets = blocks.find((b) => b.kind === 'list' && b.name === 'vars:secret');
  const secretNames = secrets?.kind === 'list' ? secrets.items.map((item) => item.replace(/^~/, '')) : [];
  const variables: Variable[] = [
    ...blockPairs(blocks, 'vars')
      .filter((p) => p.enabled)
      .map((p) => ({ key: p.name, value: p.value })),
    // Bruno keeps secret values out of its files too: only the names come across.
    ...secretNames.map((key) => ({ key, secret: true })),
  ];
  return { name, variables };
}

function settingsOf(blocks: readonly BruBlock[]): SavedRequest['settings'] | undefined {
  const settings: NonNullable<SavedRequest['settings']> = {};
  const follow = blockValue(blocks, 'settings', 'followRedirects');
  const max = Number(blockValue(blocks, 'settings', 'maxRedirects'));
  const timeout = Number(blockValue(blocks, 'settings', 'timeout'));
  if (follow === 'true' || follow === 'false') settings.followRedirects = follow === 'true';
  if (blockValue(blocks, 'settings', 'maxRedirects') !== undefined && Number.isInteger(max) && max >= 0) settings.maxRedirects = max;
  if (Number.isInteger(timeout) && timeout > 0) settings.timeoutMs = timeout;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

function droppedScripts(blocks: readonly BruBlock[], where: string, dropped: string[]): void {
  for (const [block, what] of [
    ['script:pre-request', 'pre-request script'],
    ['script:post-response', 'post-response script'],
    ['tests', 'tests script'],
  ] as const) {
    if ((blockText(blocks, block) ?? '').trim() !== '') dropped.push(`${where}: its ${what} was left out (Roundtrip runs no scripts).`);
  }
}

function parseJsonOr(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
