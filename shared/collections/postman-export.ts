/** Writes a collection as Postman collection v2.1 (what `newman run` and Postman import). */
import type { CollectionTree, TreeItem } from './collection-tree';
import type { Auth, Body, SavedRequest, Variable } from './format-v1';
import { preRequestLines, testScriptLines } from './postman-script-write';
import { audienceToPostman } from './postman-oauth2-params';
import { POSTMAN_SCHEMA_V21, type PmAuth, type PmBody, type PmCollection, type PmItem, type PmKeyValue } from './postman-types';
import { idempotencyKeyAsHeader } from './key-header';
import { withNeededVariables, withoutSecretValues } from './secrets';
import { extrasVariable } from './postman-extras';

/**
 * The Postman v2.1 document for `tree`; secret variables are exported without their values, and
 * those its requests need are declared (newman --env-var fills them). What Postman has no place
 * for travels in one disabled collection variable (see postman-extras.ts).
 */
export function toPostman(given: CollectionTree): PmCollection {
  const tree = withNeededVariables(given);
  const { collection } = tree;
  const own = new Set(given.collection.variables.map((v) => v.key));
  const extras = extrasVariable(tree, collection.variables.filter((v) => !own.has(v.key)).map((v) => v.key));
  const doc: PmCollection = {
    info: { name: collection.name, schema: POSTMAN_SCHEMA_V21, ...(collection.description === undefined ? {} : { description: collection.description }) },
    item: tree.items.map(toItem),
  };
  const auth = toAuth(collection.auth);
  if (auth) doc.auth = auth;
  const variable = [...pmVariables(collection.variables), ...(extras === undefined ? [] : [extras])];
  if (variable.length > 0) doc.variable = variable;
  return doc;
}

function pmVariables(variables: readonly Variable[]): PmKeyValue[] {
  return withoutSecretValues(variables).map((v) => ({ key: v.key, value: v.value ?? '', ...(v.secret === true ? { type: 'secret' } : {}), ...(v.description === undefined ? {} : { description: v.description }) }));
}

function toItem(item: TreeItem): PmItem {
  if (item.kind === 'folder') {
    const auth = toAuth(item.folder.auth);
    const variable = item.folder.variables?.length ? { variable: pmVariables(item.folder.variables) } : {};
    return { name: item.folder.name, ...(item.folder.description === undefined ? {} : { description: item.folder.description }), ...(auth ? { auth } : {}), ...variable, item: item.items.map(toItem) };
  }
  return requestItem(item.request);
}

function requestItem(request: SavedRequest): PmItem {
  const header: PmKeyValue[] = request.headers.map((h) => ({ key: h.name, value: h.value, ...(h.disabled === true ? { disabled: true } : {}), ...(h.description === undefined ? {} : { description: h.description }) }));
  const mediaType = request.body.mode === 'raw' || request.body.mode === 'file' ? request.body.mediaType : undefined;
  // Roundtrip keeps a raw body's Content-Type with the body; Postman keeps it among the headers.
  if (mediaType !== undefined && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) header.push({ key: 'Content-Type', value: mediaType });
  // Newman makes a fresh {{$guid}} per send, as the "auto" policy does.
  const key = idempotencyKeyAsHeader(request, '{{$guid}}');
  if (key !== undefined) header.push({ key: key.name, value: key.value });
  const auth = toAuth(request.auth);
  const item: PmItem = {
    name: request.name,
    request: {
      method: request.method,
      header,
      url: request.url,
      ...(request.body.mode === 'none' ? {} : { body: toBody(request.body) }),
      ...(auth ? { auth } : {}),
      ...(request.description === undefined ? {} : { description: request.description }),
    },
    response: [],
  };
  const behavior = toBehavior(request.settings);
  if (behavior) item.protocolProfileBehavior = behavior;
  const test = testScriptLines(request);
  const prerequest = preRequestLines(request.scriptNotes);
  const events = [...(prerequest.length > 0 ? [{ listen: 'prerequest', script: { type: 'text/javascript', exec: prerequest } }] : []), ...(test.length > 0 ? [{ listen: 'test', script: { type: 'text/javascript', exec: test } }] : [])];
  if (events.length > 0) item.event = events;
  return item;
}

function toBehavior(settings: SavedRequest['settings']): PmItem['protocolProfileBehavior'] | undefined {
  if (!settings) return undefined;
  const behavior: NonNullable<PmItem['protocolProfileBehavior']> = {};
  if (settings.followRedirects !== undefined) behavior.followRedirects = settings.followRedirects;
  if (settings.maxRedirects !== undefined) behavior.maxRedirects = settings.maxRedirects;
  if (settings.allowInvalidCertificate !== undefined) behavior.strictSSL = !settings.allowInvalidCertificate;
  return Object.keys(behavior).length > 0 ? behavior : undefined;
}

function toBody(body: Exclude<Body, { mode: 'none' }>): PmBody {
  switch (body.mode) {
    case 'raw':
      return { mode: 'raw', raw: body.text, ...(languageOf(body.mediaType) ? { options: { raw: { language: languageOf(body.mediaType) } } } : {}) };
    case 'urlencoded':
      return { mode: 'urlencoded', urlencoded: body.fields.map((f) => ({ key: f.name, value: f.value, ...(f.disabled === true ? { disabled: true } : {}), ...(f.description === undefined ? {} : { description: f.description }) })) };
    case 'form-data':
      return {
        mode: 'formdata',
        formdata: body.parts.map((p) =>
          p.file !== undefined
            ? { key: p.name, type: 'file', src: p.file, ...(p.mediaType === undefined ? {} : { contentType: p.mediaType }), ...(p.disabled === true ? { disabled: true } : {}) }
            : { key: p.name, type: 'text', value: p.value ?? '', ...(p.mediaType === undefined ? {} : { contentType: p.mediaType }), ...(p.disabled === true ? { disabled: true } : {}) },
        ),
      };
    case 'file':
      return { mode: 'file', file: { src: body.file } };
  }
}

function languageOf(mediaType: string): string | undefined {
  const type = mediaType.toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('xml')) return 'xml';
  if (type.includes('html')) return 'html';
  if (type.includes('javascript')) return 'javascript';
  if (type.startsWith('text/plain')) return 'text';
  return undefined;
}

/** Postman's auth object; undefined means "inherit from the parent", Postman's default. */
export function toAuth(auth: Auth | undefined): PmAuth | undefined {
  if (auth === undefined) return undefined;
  switch (auth.type) {
    case 'inherit':
      return undefined;
    case 'none':
      return { type: 'noauth' };
    case 'basic':
      return { type: 'basic', basic: [param('username', auth.username), param('password', auth.password)] };
    case 'bearer':
      return { type: 'bearer', bearer: [param('token', auth.token)] };
    case 'apikey':
      return { type: 'apikey', apikey: [param('key', auth.name), param('value', auth.value), param('in', auth.in)] };
    case 'digest':
      return { type: 'digest', digest: [param('username', auth.username), param('password', auth.password)] };
    case 'awsv4': {
      const fields: [string, string | undefined][] = [
        ['accessKey', auth.accessKey],
        ['secretKey', auth.secretKey],
        ['sessionToken', auth.sessionToken],
        ['region', auth.region],
        ['service', auth.service],
      ];
      return { type: 'awsv4', awsv4: fields.flatMap(([key, value]) => (value === undefined ? [] : [param(key, value)])) };
    }
    case 'oauth2': {
      const fields: [string, string | undefined][] = [
        ['grant_type', auth.grantType],
        ['accessTokenUrl', auth.accessTokenUrl],
        ['authUrl', auth.authUrl],
        ['clientId', auth.clientId],
        ['clientSecret', auth.clientSecret],
        ['scope', auth.scope],
        ['accessToken', auth.accessToken],
      ];
      return { type: 'oauth2', oauth2: [...fields.flatMap(([key, value]) => (value === undefined ? [] : [param(key, value)])), ...audienceToPostman(auth.audience, auth.grantType)] };
    }
  }
}

function param(key: string, value: string): { key: string; value: string; type: string } {
  return { key, value, type: 'string' };
}
