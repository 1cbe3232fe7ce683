/**
 * A minimal Swagger 2.0 -> OpenAPI 3.0 mapping, enough to list and send a 2.0 API's operations.
 * Full conversion is a later issue. Schema `$ref`s keep pointing at "#/definitions/...", which the
 * returned document still holds; anything it cannot map is passed through for the normalizer to report.
 */
import { setOwn } from './normalize-context';
import { isRecord } from '../values/is-record';
import { resolvePointer } from './resolve-pointer';

type Json = Readonly<Record<string, unknown>>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
const SCHEMA_FIELDS = [
  'type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf',
];
const DROPPED_OPERATION_FIELDS = new Set(['consumes', 'produces', 'schemes', 'parameters', 'responses']);
// collectionFormat -> OpenAPI 3 style and explode for arrays; csv is 2.0's default.
const COLLECTION_STYLES: Readonly<Record<string, { style?: string; explode: boolean }>> = {
  csv: { explode: false },
  multi: { style: 'form', explode: true },
  ssv: { style: 'spaceDelimited', explode: false },
  pipes: { style: 'pipeDelimited', explode: false },
};

function strings(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return list.length > 0 ? list : undefined;
}

function schemaOf(param: Json): Json {
  if (param.schema !== undefined) return isRecord(param.schema) ? param.schema : {};
  if (param.type === 'file') return { type: 'string', format: 'binary' };
  return Object.fromEntries(SCHEMA_FIELDS.filter((f) => param[f] !== undefined).map((f) => [f, param[f]]));
}

function resolveLocal(doc: Json, value: unknown): unknown {
  if (isRecord(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#/')) {
    return resolvePointer(doc, value.$ref) ?? value;
  }
  return value;
}

function convertParameter(param: Json): Json {
  const collection = param.type === 'array' ? COLLECTION_STYLES[String(param.collectionFormat ?? 'csv')] : undefined;
  return {
    name: param.name,
    in: param.in,
    ...(param.required === true ? { required: true } : {}),
    ...(typeof param.description === 'string' ? { description: param.description } : {}),
    schema: schemaOf(param),
    ...(collection?.style === undefined ? {} : { style: collection.style }),
    ...(collection === undefined ? {} : { explode: collection.explode }),
  };
}

function formBody(params: readonly Json[], consumes: readonly string[] | undefined): Json {
  const multipart = params.some((p) => p.type === 'file') || (consumes?.includes('multipart/form-data') ?? false);
  const required = params.filter((p) => p.required === true).map((p) => p.name);
  const schema = {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [
      String(p.name),
      typeof p.description === 'string' ? { ...schemaOf(p), description: p.description } : schemaOf(p),
    ])),
    ...(required.length > 0 ? { required } : {}),
  };
  const mediaType = multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
  return { required: required.length > 0, content: { [mediaType]: { schema } } };
}

function convertResponses(doc: Json, responses: unknown, produces: readonly string[]): unknown {
  if (!isRecord(responses)) return responses;
  const out: Record<string, unknown> = {};
  for (const [status, raw] of Object.entries(responses)) {
    const response = resolveLocal(doc, raw);
    if (!isRecord(response)) continue;
    const examples = isRecord(response.examples) ? response.examples : {};
    const content = response.schema === undefined ? undefined : Object.fromEntries(produces.map((mt) => [mt, {
      schema: response.schema,
      ...(examples[mt] === undefined ? {} : { example: examples[mt] }),
    }]));
    setOwn(out, status, { description: response.description ?? '', ...(content === undefined ? {} : { content }) });
  }
  return out;
}

function convertOperation(doc: Json, op: Json, pathParams: readonly unknown[]): Json {
  const own = (Array.isArray(op.parameters) ? op.parameters : []).map((p: unknown) => resolveLocal(doc, p));
  const key = (p: unknown): string => (isRecord(p) ? `${String(p.in)}:${String(p.name)}` : '');
  const ownKeys = new Set(own.map(key));
  const params = [...pathParams.map((p) => resolveLocal(doc, p)).filter((p) => !ownKeys.has(key(p))), ...own];
  const consumes = strings(op.consumes) ?? strings(doc.consumes);
  const body = params.find((p): p is Json => isRecord(p) && p.in === 'body');
  const form = params.filter((p): p is Json => isRecord(p) && p.in === 'formData');
  const rest = params.filter((p) => !isRecord(p) || (p.in !== 'body' && p.in !== 'formData'));
  const requestBody = body !== undefined
    ? {
        required: body.required === true,
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
        content: Object.fromEntries((consumes ?? ['application/json']).map((mt) => [mt, { schema: schemaOf(body) }])),
      }
    : form.length > 0 ? formBody(form, consumes) : undefined;
  const kept = Object.fromEntries(Object.entries(op).filter(([k]) => !DROPPED_OPERATION_FIELDS.has(k)));
  return {
    ...kept,
    parameters: rest.map((p) => (isRecord(p) && p.$ref === undefined ? convertParameter(p) : p)),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: convertResponses(doc, op.responses, strings(op.produces) ?? strings(doc.produces) ?? ['application/json']),
  };
}

function convertServers(doc: Json): Json[] | undefined {
  const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
  if (typeof doc.host !== 'string') return basePath === '' ? undefined : [{ url: basePath }];
  // Without schemes, 2.0 means "the scheme the document was fetched with"; https is the safer guess.
  return (strings(doc.schemes) ?? ['https']).map((scheme) => ({ url: `${scheme}://${doc.host as string}${basePath}` }));
}

// Swagger 2.0 oauth2 flow names -> their OpenAPI 3 names.
const OAUTH_FLOWS: Readonly<Record<string, string>> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

function convertSecurityScheme(raw: Json): Json {
  const description = typeof raw.description === 'string' ? { description: raw.description } : {};
  if (raw.type === 'basic') return { type: 'http', scheme: 'basic', ...description };
  if (raw.type === 'apiKey') return { type: 'apiKey', name: raw.name, in: raw.in, ...description };
  if (raw.type === 'oauth2') {
    const flow = OAUTH_FLOWS[String(raw.flow)] ?? String(raw.flow);
    const urls = {
      ...(typeof raw.authorizationUrl === 'string' ? { authorizationUrl: raw.authorizationUrl } : {}),
      ...(typeof raw.tokenUrl === 'string' ? { tokenUrl: raw.tokenUrl } : {}),
    };
    return { type: 'oauth2', flows: { [flow]: { ...urls, scopes: isRecord(raw.scopes) ? raw.scopes : {} } }, ...description };
  }
  // Unknown types pass through for the normalizer to report.
  return raw;
}

function convertSecurityDefinitions(defs: Json): Json {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(defs)) setOwn(out, name, isRecord(raw) ? convertSecurityScheme(raw) : raw);
  return out;
}

/** Maps a Swagger 2.0 document to the OpenAPI 3.0 shape the normalizer reads. */
export function swagger2ToOpenApi3(doc: Json): Json {
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(isRecord(doc.paths) ? doc.paths : {})) {
    if (!isRecord(item)) {
      setOwn(paths, path, item);
      continue;
    }
    const pathParams: unknown[] = Array.isArray(item.parameters) ? item.parameters : [];
    setOwn(paths, path, Object.fromEntries(Object.entries(item)
      .filter(([key]) => key !== 'parameters')
      .map(([key, op]) => [key, METHODS.has(key) && isRecord(op) ? convertOperation(doc, op, pathParams) : op])));
  }
  const servers = convertServers(doc);
  return {
    openapi: '3.0.3',
    info: doc.info,
    ...(servers === undefined ? {} : { servers }),
    paths: doc.paths === undefined || isRecord(doc.paths) ? paths : doc.paths,
    tags: doc.tags,
    definitions: doc.definitions,
    ...(isRecord(doc.securityDefinitions) ? { components: { securitySchemes: convertSecurityDefinitions(doc.securityDefinitions) } } : {}),
    ...(doc.security === undefined ? {} : { security: doc.security }),
    ...(doc.externalDocs === undefined ? {} : { externalDocs: doc.externalDocs }),
  };
}
