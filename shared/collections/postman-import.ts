/** Reads a Postman collection v2.1 (or v2.0) document into a Roundtrip collection. */
import { escapeRegExp } from '../text/escape-reg-exp';
import { newCollection, newFolder, newSavedRequest, type TreeItem } from './collection-tree';
import type { Auth, Body, KeyValue, SavedRequest, Variable } from './format-v1';
import type { ImportOutcome } from './import-outcome';
import { oauth2Auth } from './import-parts';
import { audienceFromPostman, type PmAuthParam } from './postman-oauth2-params';
import { requestScripts, type ScriptSource } from './postman-events';
import type { PmAuth, PmBody, PmCollection, PmDescription, PmItem, PmKeyValue, PmRequest, PmUrl } from './postman-types';
import { deepestIssue, issuePlace, postmanCollection } from './postman-schema';
import { postmanEnvironmentValues } from '../environments/postman-environment';
import { extrasFromVariables } from './postman-extras';
import { withExtras } from './postman-extras-restore';
import { specChecksWithoutSpec } from './spec-checks-without-spec';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);

/** True when `doc` looks like a Postman collection (info.schema names getpostman.com, or info + item). */
export function isPostmanCollection(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || !('info' in doc) || !('item' in doc)) return false;
  const schema = schemaUrl(doc);
  return typeof doc.info === 'object' && doc.info !== null && Array.isArray(doc.item) && (schema === undefined || schema.includes('getpostman.com'));
}

/** The collection's info.schema, when it is a string. */
function schemaUrl(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || !('info' in doc) || typeof doc.info !== 'object' || doc.info === null || !('schema' in doc.info)) return undefined;
  return typeof doc.info.schema === 'string' ? doc.info.schema : undefined;
}

/** Converts a parsed Postman collection; `environment` (a Postman environment file) adds variables. */
export function fromPostman(doc: unknown, environment?: unknown): ImportOutcome {
  if (!isPostmanCollection(doc)) return { ok: false, message: 'This is not a Postman collection: expected an object with "info" and an "item" list (Postman collection format v2.1). Export it from Postman as "Collection v2.1" and try again.' };
  if (/v1\.0\.0/.test(schemaUrl(doc) ?? '')) return { ok: false, message: 'This is a Postman collection v1 file, which Roundtrip does not read. Export it from Postman as "Collection v2.1" and try again.' };
  const checked = postmanCollection.safeParse(doc);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const issue = first === undefined ? { path: [], message: 'unreadable' } : deepestIssue(first);
    return { ok: false, message: `The Postman collection is malformed at ${issuePlace(issue.path) || 'its top'}: ${issue.message}. Export it from Postman again as "Collection v2.1", or fix that place in the file.` };
  }
  return fromChecked(checked.data, environment);
}

function fromChecked(doc: PmCollection, environment: unknown): ImportOutcome {
  const warnings: string[] = [];
  const carried = extrasFromVariables(doc.variable ?? []);
  if (carried.problem !== undefined) warnings.push(carried.problem);
  const variables: Variable[] = [...carried.variables.map(toVariable), ...environmentVariables(environment, warnings)];
  const auth = fromAuth(doc.auth, warnings, 'the collection');
  const description = text(doc.info.description);
  const collection = newCollection(doc.info.name || 'Imported collection', { variables, ...(auth && auth.type !== 'inherit' ? { auth } : {}), ...(description === undefined ? {} : { description }) });
  const scripts: ScriptSource[] = [{ where: 'the collection', events: doc.event }];
  const items = doc.item.map((item) => toItem(item, warnings, scripts));
  const tree = carried.extras === undefined ? { collection, items } : withExtras({ collection, items }, carried.extras, warnings);
  const unchecked = specChecksWithoutSpec(tree);
  if (unchecked !== undefined) warnings.push(unchecked);
  // A collection or folder script is listed once, not once per request below it.
  return { ok: true, tree, warnings: [...new Set(warnings)] };
}

function toItem(item: PmItem, warnings: string[], scripts: readonly ScriptSource[]): TreeItem {
  const name = item.name ?? 'Untitled';
  if (Array.isArray(item.item)) {
    const inner = [...scripts, { where: `folder "${name}"`, events: item.event }];
    const auth = fromAuth(item.auth, warnings, `folder "${name}"`);
    const description = text(item.description);
    const variables = item.variable?.length ? { variables: item.variable.map(toVariable) } : {};
    return { kind: 'folder', folder: newFolder(name, { ...(auth && auth.type !== 'inherit' ? { auth } : {}), ...variables, ...(description === undefined ? {} : { description }) }), items: item.item.map((child) => toItem(child, warnings, inner)) };
  }
  return { kind: 'request', request: toRequest(name, item, warnings, scripts) };
}

function toRequest(name: string, item: PmItem, warnings: string[], scripts: readonly ScriptSource[]): SavedRequest {
  const request: PmRequest = typeof item.request === 'string' ? { url: item.request, method: 'GET' } : (item.request ?? {});
  const method = (request.method ?? 'GET').toUpperCase();
  if (!METHODS.has(method)) warnings.push(`Request "${name}" uses method ${method}, which Roundtrip does not send; it was imported as GET.`);
  let headers: KeyValue[] = (Array.isArray(request.header) ? request.header : []).map((h) => kv(h));
  let body: Body = fromBody(request.body, name, warnings);
  // Postman keeps a raw body's Content-Type among the headers; Roundtrip keeps it with the body.
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type' && h.disabled !== true);
  if (contentType && (body.mode === 'raw' || body.mode === 'file')) {
    body = { ...body, mediaType: contentType.value };
    headers = headers.filter((h) => h !== contentType);
  }
  const auth = fromAuth(request.auth, warnings, `request "${name}"`) ?? { type: 'inherit' };
  const description = text(request.description) ?? text(item.description);
  const settings = fromBehavior(item.protocolProfileBehavior);
  return newSavedRequest({
    name,
    method: METHODS.has(method) ? (method as SavedRequest['method']) : 'GET',
    url: urlText(request.url),
    headers,
    body,
    auth,
    ...(description === undefined ? {} : { description }),
    ...(settings ? { settings } : {}),
    ...requestScripts(`request "${name}"`, [...scripts, { where: `request "${name}"`, events: item.event }], warnings),
  });
}

function fromBehavior(behavior: PmItem['protocolProfileBehavior']): SavedRequest['settings'] | undefined {
  if (!behavior) return undefined;
  const settings: NonNullable<SavedRequest['settings']> = {};
  if (typeof behavior.followRedirects === 'boolean') settings.followRedirects = behavior.followRedirects;
  if (typeof behavior.maxRedirects === 'number') settings.maxRedirects = behavior.maxRedirects;
  if (typeof behavior.strictSSL === 'boolean') settings.allowInvalidCertificate = !behavior.strictSSL;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

function fromBody(body: PmBody | undefined, name: string, warnings: string[]): Body {
  if (!body || body.disabled === true) return { mode: 'none' };
  switch (body.mode) {
    case 'raw':
      return { mode: 'raw', mediaType: mediaTypeOf(body.options?.raw?.language), text: body.raw ?? '' };
    case 'urlencoded':
      return { mode: 'urlencoded', fields: (body.urlencoded ?? []).map((f) => kv(f)) };
    case 'formdata':
      return {
        mode: 'form-data',
        // Several files under one key are several parts of that name, as they go on the wire.
        parts: (body.formdata ?? []).flatMap((p) => {
          const sources = p.type !== 'file' ? [undefined] : Array.isArray(p.src) ? (p.src.length === 0 ? [''] : p.src) : [p.src ?? ''];
          return sources.map((src) => ({
            name: p.key,
            ...(p.type === 'file' ? { file: src ?? '' } : { value: p.value ?? '' }),
            ...(p.contentType ? { mediaType: p.contentType } : {}),
            ...(p.disabled === true ? { disabled: true } : {}),
          }));
        }),
      };
    case 'file':
      return { mode: 'file', file: body.file?.src ?? '' };
    case 'graphql':
      return { mode: 'raw', mediaType: 'application/json', text: JSON.stringify({ query: body.graphql?.query ?? '', variables: parseJsonOr(body.graphql?.variables) }) };
    case undefined:
      return body.raw === undefined ? { mode: 'none' } : { mode: 'raw', mediaType: 'text/plain', text: body.raw };
    default:
      warnings.push(`Request "${name}" has a body of mode "${body.mode}", which Roundtrip does not know; it was left out.`);
      return { mode: 'none' };
  }
}

function mediaTypeOf(language: string | undefined): string {
  switch (language) {
    case 'json':
      return 'application/json';
    case 'xml':
      return 'application/xml';
    case 'html':
      return 'text/html';
    case 'javascript':
      return 'application/javascript';
    default:
      return 'text/plain';
  }
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Postman auth to Roundtrip's; undefined when absent (inherit). */
function fromAuth(auth: PmAuth | null | undefined, warnings: string[], where: string): Auth | undefined {
  if (auth === undefined) return undefined;
  if (auth === null) return { type: 'inherit' };
  // A value that is not text (newer Postman keeps some advanced OAuth 2.0 options as objects) reads as empty, not "[object Object]".
  const params = (key: string): Record<string, string> => Object.fromEntries((Array.isArray(auth[key]) ? (auth[key] as PmKeyValue[]) : []).map((p) => [p.key, textOf(p.value)]));
  switch (auth.type) {
    case 'noauth':
      return { type: 'none' };
    case 'basic': {
      const p = params('basic');
      return { type: 'basic', username: p['username'] ?? '', password: p['password'] ?? '' };
    }
    case 'bearer':
      return { type: 'bearer', token: params('bearer')['token'] ?? '' };
    case 'apikey': {
      const p = params('apikey');
      return { type: 'apikey', name: p['key'] ?? '', value: p['value'] ?? '', in: p['in'] === 'query' ? 'query' : 'header' };
    }
    case 'digest': {
      const p = params('digest');
      return { type: 'digest', username: p['username'] ?? '', password: p['password'] ?? '' };
    }
    case 'awsv4': {
      const p = params('awsv4');
      return { type: 'awsv4', accessKey: p['accessKey'] ?? '', secretKey: p['secretKey'] ?? '', region: p['region'] ?? '', service: p['service'] ?? '', ...(p['sessionToken'] ? { sessionToken: p['sessionToken'] } : {}) };
    }
    case 'oauth2': {
      const p = params('oauth2');
      const field = (name: string): string => p[name] ?? '';
      const { audience, unsent } = audienceFromPostman(Array.isArray(auth['oauth2']) ? (auth['oauth2'] as PmAuthParam[]) : [], field('accessTokenUrl'));
      if (unsent.length > 0) warnings.push(`Postman sends ${unsent.join(', ')} with the OAuth 2.0 requests of ${where}; Roundtrip sends the audience only, so ${unsent.length === 1 ? 'it was' : 'they were'} left out.`);
      const imported = oauth2Auth(field('grant_type'), { accessTokenUrl: 'accessTokenUrl', authUrl: 'authUrl', clientId: 'clientId', clientSecret: 'clientSecret', scope: 'scope', accessToken: 'accessToken' }, field);
      return audience === undefined ? imported : { ...imported, audience };
    }
    default:
      warnings.push(`${where} uses ${auth.type} auth, which Roundtrip cannot import yet; it inherits its parent's auth instead.`);
      return { type: 'inherit' };
  }
}

function urlText(url: string | PmUrl | undefined): string {
  if (url === undefined) return '';
  if (typeof url === 'string') return url;
  let raw = url.raw ?? composeUrl(url);
  // Postman path variables (":id") take their values from url.variable.
  for (const variable of url.variable ?? []) {
    if (variable.value !== undefined && variable.value !== '') raw = raw.replace(new RegExp(`/:${escapeRegExp(variable.key)}(?=/|\\?|#|$)`), `/${variable.value}`);
  }
  return raw;
}

function composeUrl(url: PmUrl): string {
  const host = Array.isArray(url.host) ? url.host.join('.') : (url.host ?? '');
  const path = Array.isArray(url.path) ? url.path.map((s) => (typeof s === 'string' ? s : (s.value ?? ''))).join('/') : (url.path ?? '');
  const query = (url.query ?? []).filter((q) => q.disabled !== true).map((q) => (q.value === undefined || q.value === null ? q.key : `${q.key}=${q.value}`));
  return `${url.protocol ? `${url.protocol}://` : ''}${host}${url.port ? `:${url.port}` : ''}${path ? `/${path.replace(/^\//, '')}` : ''}${query.length ? `?${query.join('&')}` : ''}${url.hash ? `#${url.hash}` : ''}`;
}

function environmentVariables(environment: unknown, warnings: string[]): Variable[] {
  if (environment === undefined) return [];
  const values = postmanEnvironmentValues(environment);
  if (values === undefined) {
    warnings.push('The environment file has no "values" list (Postman environment format); it was ignored.');
    return [];
  }
  // A collection file holds no secret values: a secret becomes a name to fill from an environment.
  // A description stays with its variable, secret or not.
  return values.map((v) => ({ key: v.key, ...(v.secret ? { secret: true } : { value: v.value }), ...(v.description === undefined ? {} : { description: v.description }) }));
}

function toVariable(v: PmKeyValue): Variable {
  const secret = v.type === 'secret';
  return { key: v.key, ...(secret ? { secret: true } : { value: String(v.value ?? '') }), ...(v.description ? { description: text(v.description) } : {}) };
}

function kv(h: PmKeyValue): KeyValue {
  return { name: h.key, value: String(h.value ?? ''), ...(h.disabled === true ? { disabled: true } : {}), ...(typeof h.description === 'string' && h.description !== '' ? { description: h.description } : {}) };
}

function text(description: PmDescription | undefined): string | undefined {
  if (description === undefined || description === null) return undefined;
  const content = typeof description === 'string' ? description : description.content;
  return content === undefined || content === '' ? undefined : content;
}

function parseJsonOr(value: string | undefined): unknown {
  if (value === undefined || value.trim() === '') return {};
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
