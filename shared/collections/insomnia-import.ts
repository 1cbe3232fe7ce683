/**
 * Reads an Insomnia export into a Roundtrip collection: v4 (JSON, `_type: export`, a flat list of
 * resources linked by parentId) directly, v5 (YAML, `type: collection.insomnia.rest/5.0`, a tree)
 * through insomnia-v5.ts, which turns it into the same resources.
 */
import { newCollection, newFolder, newSavedRequest, type ImportedEnvironment, type TreeItem } from './collection-tree';
import type { Auth, Body, KeyValue, SavedRequest, Variable } from './format-v1';
import { finishImport } from './finish-import';
import type { ImportOutcome } from './import-outcome';
import { appendQuery, arrayField, fillPathParameters, flattenVariables, methodOf, oauth2Auth, pushDownHeaders, stringField, withContentType } from './import-parts';
import { asRecord } from '../values/is-record';
import { v5Resources } from './insomnia-v5';
import { fromInsomniaTemplate } from './insomnia-template';

type Resource = Record<string, unknown>;

/** True for an Insomnia v4 export (`_type: export` with resources) or a v5 collection file. */
export function isInsomniaExport(doc: unknown): boolean {
  const record = asRecord(doc);
  if (record === undefined) return false;
  if (record['_type'] === 'export' && Array.isArray(record['resources'])) return true;
  // A design document's file (spec.insomnia.rest) carries its collection the same way.
  return typeof record['type'] === 'string' && /^(collection|spec)\.insomnia\.rest\/5\./.test(record['type']);
}

/** Converts a parsed Insomnia v4 or v5 export; `fallbackName` names a collection whose workspace has no name. */
export function fromInsomnia(doc: unknown, fallbackName = 'Insomnia collection'): ImportOutcome {
  const record = asRecord(doc);
  if (record === undefined || !isInsomniaExport(doc)) {
    return { ok: false, message: 'This is not an Insomnia export: expected "_type": "export" with "resources" (v4) or "type": "collection.insomnia.rest/5.0" (v5). Export it from Insomnia (Export > Insomnia v4 or v5) and try again.' };
  }
  if (record['_type'] === 'export' && record['__export_format'] !== 4) {
    return { ok: false, message: `This Insomnia export is format ${String(record['__export_format'])}, which Roundtrip does not read. Export it again from a current Insomnia (format 4 JSON or 5 YAML).` };
  }
  const resources = record['_type'] === 'export' ? (record['resources'] as unknown[]).map(asRecord).filter((r): r is Resource => r !== undefined) : v5Resources(record);
  return fromResources(resources, fallbackName);
}

function fromResources(resources: readonly Resource[], fallbackName: string): ImportOutcome {
  const dropped: string[] = [];
  const children = new Map<string, Resource[]>();
  for (const resource of resources) {
    const parent = stringField(resource, 'parentId') ?? '';
    children.set(parent, [...(children.get(parent) ?? []), resource]);
  }
  const workspaces = resources.filter((r) => r['_type'] === 'workspace');
  const ids = new Set(resources.map((r) => stringField(r, '_id')));
  const kids = (id: string): Resource[] => [...(children.get(id) ?? [])].sort((a, b) => sortKey(a) - sortKey(b));
  const itemsOf = (id: string): TreeItem[] => kids(id).flatMap((r) => itemOf(r, itemsOf, dropped));
  // Requests whose parent is missing (a partial export) still come across, at the top.
  const orphans = resources.filter((r) => (r['_type'] === 'request' || r['_type'] === 'request_group') && !ids.has(stringField(r, 'parentId')));
  const single = workspaces.length === 1 ? workspaces[0] : undefined;
  const items: TreeItem[] = single
    ? itemsOf(stringField(single, '_id') ?? '')
    : workspaces.map((w) => ({ kind: 'folder' as const, folder: newFolder(stringField(w, 'name') ?? 'Workspace'), items: itemsOf(stringField(w, '_id') ?? '') }));
  items.push(...orphans.flatMap((r) => itemOf(r, itemsOf, dropped)));
  const { variables, environments } = environmentsOf(resources, workspaces, (value, where) => fromInsomniaTemplate(value, where, dropped));
  reportOthers(resources, dropped);
  const description = single ? stringField(single, 'description') : undefined;
  const collection = newCollection((single && stringField(single, 'name')) || fallbackName, { variables, ...(description ? { description } : {}) });
  return { ok: true, tree: finishImport({ collection, items, ...(environments.length > 0 ? { environments } : {}) }), warnings: dropped };
}

function sortKey(resource: Resource): number {
  const key = resource['metaSortKey'];
  return typeof key === 'number' ? key : 0;
}

function itemOf(resource: Resource, itemsOf: (id: string) => TreeItem[], dropped: string[]): TreeItem[] {
  const name = stringField(resource, 'name') || 'Untitled';
  if (resource['_type'] === 'request') return [{ kind: 'request', request: requestOf(resource, name, dropped) }];
  if (resource['_type'] !== 'request_group') return [];
  const where = `Folder "${name}"`;
  droppedScripts(resource, where, dropped);
  const auth = authOf(resource['authentication'], where, dropped);
  const variables = flattenVariables(resource['environment']);
  const description = stringField(resource, 'description');
  const headers = headersOf(resource, where, dropped);
  const folder = newFolder(name, { ...(auth ? { auth } : {}), ...(variables.length > 0 ? { variables } : {}), ...(description ? { description } : {}) });
  return [{ kind: 'folder', folder, items: pushDownHeaders(itemsOf(stringField(resource, '_id') ?? ''), headers) }];
}

function requestOf(resource: Resource, name: string, dropped: string[]): SavedRequest {
  const where = `Request "${name}"`;
  const text = (value: string): string => fromInsomniaTemplate(value, where, dropped);
  const params = arrayField(resource, 'parameters').map((p) => ({ name: text(stringField(p, 'name') ?? ''), value: text(stringField(p, 'value') ?? ''), disabled: asRecord(p)?.['disabled'] === true }));
  const pathParams = arrayField(resource, 'pathParameters').map((p) => ({ name: stringField(p, 'name') ?? '', value: text(stringField(p, 'value') ?? '') }));
  const url = appendQuery(fillPathParameters(text(stringField(resource, 'url') ?? ''), pathParams), params);
  for (const p of params.filter((q) => q.disabled)) dropped.push(`${where}: the disabled query parameter "${p.name}" was left out.`);
  const fixed = withContentType(headersOf(resource, where, dropped), bodyOf(resource['body'], where, dropped));
  const auth = authOf(resource['authentication'], where, dropped) ?? { type: 'inherit' };
  droppedScripts(resource, where, dropped);
  const description = stringField(resource, 'description');
  const follow = resource['settingFollowRedirects'];
  return newSavedRequest({
    name,
    method: methodOf(resource['method'], where, dropped),
    url,
    headers: fixed.headers,
    body: fixed.body,
    auth,
    ...(description ? { description } : {}),
    ...(follow === 'off' ? { settings: { followRedirects: false } } : follow === 'on' ? { settings: { followRedirects: true } } : {}),
  });
}

function headersOf(resource: Resource, where: string, dropped: string[]): KeyValue[] {
  return arrayField(resource, 'headers')
    .map((h) => ({ name: stringField(h, 'name') ?? '', value: fromInsomniaTemplate(stringField(h, 'value') ?? '', where, dropped), disabled: asRecord(h)?.['disabled'] === true }))
    .filter((h) => h.name !== '')
    .map(({ disabled, ...h }) => (disabled ? { ...h, disabled: true } : h));
}

function bodyOf(raw: unknown, where: string, dropped: string[]): Body {
  const body = asRecord(raw);
  const mimeType = stringField(body, 'mimeType') ?? '';
  const text = fromInsomniaTemplate(stringField(body, 'text') ?? '', where, dropped);
  const params = arrayField(body, 'params').map((p) => ({
    name: stringField(p, 'name') ?? '',
    value: fromInsomniaTemplate(stringField(p, 'value') ?? '', where, dropped),
    file: stringField(p, 'type') === 'file' ? (stringField(p, 'fileName') ?? '') : undefined,
    disabled: asRecord(p)?.['disabled'] === true,
  }));
  const off = (disabled: boolean): { disabled?: true } => (disabled ? { disabled: true } : {});
  if (mimeType === 'application/x-www-form-urlencoded') return { mode: 'urlencoded', fields: params.map((p) => ({ name: p.name, value: p.value, ...off(p.disabled) })) };
  if (mimeType === 'multipart/form-data') return { mode: 'form-data', parts: params.map((p) => ({ name: p.name, ...(p.file === undefined ? { value: p.value } : { file: p.file }), ...off(p.disabled) })) };
  if (mimeType === 'application/octet-stream' && stringField(body, 'fileName') !== undefined) return { mode: 'file', file: stringField(body, 'fileName') ?? '' };
  // Insomnia keeps a GraphQL body as the JSON it sends ({"query": ..., "variables": ...}).
  if (mimeType === 'application/graphql') return { mode: 'raw', mediaType: 'application/json', text };
  if (text === '' && mimeType === '') return { mode: 'none' };
  return { mode: 'raw', mediaType: mimeType || 'text/plain', text };
}

function authOf(raw: unknown, where: string, dropped: string[]): Auth | undefined {
  const auth = asRecord(raw);
  const type = stringField(auth, 'type');
  if (auth === undefined || type === undefined) return undefined;
  if (auth['disabled'] === true || type === 'none') return { type: 'none' };
  const field = (key: string): string => fromInsomniaTemplate(stringField(auth, key) ?? '', where, dropped);
  switch (type) {
    case 'basic':
      return { type: 'basic', username: field('username'), password: field('password') };
    case 'bearer': {
      const prefix = field('prefix');
      if (prefix !== '' && prefix.toLowerCase() !== 'bearer') dropped.push(`${where}: the bearer prefix "${prefix}" was left out; the token is sent as "Bearer <token>".`);
      return { type: 'bearer', token: field('token') };
    }
    case 'apikey': {
      const addTo = field('addTo');
      if (addTo === 'cookie') dropped.push(`${where}: its API key goes in a cookie, which Roundtrip's API key auth does not do; it is sent as a header named "${field('key')}" instead.`);
      return { type: 'apikey', name: field('key'), value: field('value'), in: addTo === 'queryParams' ? 'query' : 'header' };
    }
    case 'digest':
      return { type: 'digest', username: field('username'), password: field('password') };
    case 'iam':
      return { type: 'awsv4', accessKey: field('accessKeyId'), secretKey: field('secretAccessKey'), region: field('region'), service: field('service'), ...(field('sessionToken') === '' ? {} : { sessionToken: field('sessionToken') }) };
    case 'oauth2': {
      if (field('username') !== '' || field('password') !== '') dropped.push(`${where}: the OAuth 2.0 username and password were left out (Roundtrip's OAuth 2.0 auth does not hold them).`);
      return oauth2Auth(field('grantType'), { accessTokenUrl: 'accessTokenUrl', authUrl: 'authorizationUrl', clientId: 'clientId', clientSecret: 'clientSecret', scope: 'scope', audience: 'audience', accessToken: 'accessToken' }, field);
    }
    default:
      dropped.push(`${where} uses ${type} auth, which Roundtrip cannot import; it inherits its parent's auth instead.`);
      return { type: 'inherit' };
  }
}

/** The base environment's data becomes the collection's variables; each sub-environment an environment. */
function environmentsOf(resources: readonly Resource[], workspaces: readonly Resource[], text: (value: string, where: string) => string): { variables: Variable[]; environments: ImportedEnvironment[] } {
  const workspaceIds = new Set(workspaces.map((w) => stringField(w, '_id')));
  const envs = resources.filter((r) => r['_type'] === 'environment');
  const bases = envs.filter((e) => workspaceIds.has(stringField(e, 'parentId')));
  const baseIds = new Set(bases.map((b) => stringField(b, '_id')));
  const converted = (data: unknown, where: string): Variable[] => flattenVariables(data).map((v) => ({ ...v, value: text(v.value ?? '', where) }));
  const variables = bases.flatMap((b) => converted(b['data'], 'The base environment'));
  const environments = envs
    .filter((e) => baseIds.has(stringField(e, 'parentId')))
    .map((e) => {
      const name = stringField(e, 'name') || 'Environment';
      return { name, variables: converted(e['data'], `Environment "${name}"`) };
    });
  return { variables, environments };
}

function droppedScripts(resource: Resource, where: string, dropped: string[]): void {
  if ((stringField(resource, 'preRequestScript') ?? '').trim() !== '') dropped.push(`${where}: its pre-request script was left out (Roundtrip runs no scripts).`);
  if ((stringField(resource, 'afterResponseScript') ?? '').trim() !== '') dropped.push(`${where}: its after-response script was left out (Roundtrip runs no scripts).`);
}

const KNOWN = new Set(['workspace', 'request', 'request_group', 'environment']);

/** One line per kind of resource that does not come across (cookie jars, gRPC and WebSocket requests, specs, tests...). */
function reportOthers(resources: readonly Resource[], dropped: string[]): void {
  const counts = new Map<string, number>();
  for (const r of resources) {
    const type = stringField(r, '_type') ?? 'unknown';
    if (KNOWN.has(type)) continue;
    if (type === 'cookie_jar' && arrayField(r, 'cookies').length === 0) continue;
    counts.set(type, (counts.get(type) ?? 0) + (type === 'cookie_jar' ? arrayField(r, 'cookies').length : 1));
  }
  for (const [type, count] of counts) {
    dropped.push(type === 'cookie_jar' ? `${count} cookie${count === 1 ? '' : 's'} of the cookie jar ${count === 1 ? 'was' : 'were'} left out.` : `${count} ${type.replace(/_/g, ' ')}${count === 1 ? '' : 's'} left out (Roundtrip imports HTTP requests, folders and environments).`);
  }
}
