/**
 * Turns a bundled OpenAPI 3.0/3.1 document (or, minimally, a Swagger 2.0 one) into the acyclic
 * ApiModel. Malformed parts are skipped with a Problem instead of failing the whole document.
 */
import type { ApiModel, OperationModel, ParameterModel, Problem, SecurityRequirementModel, ServerModel, ServerVariableModel } from '../model/api-model';
import type { NormalizeContext } from './normalize-context';
import { createContext, resolveRef, setOwn, stringField, warn } from './normalize-context';
import { asRecord, isRecord } from '../values/is-record';
import { findRecursiveDefs } from './find-recursive-defs';
import { normalizeExternalDocs, normalizeSecurity, normalizeSecuritySchemes } from './normalize-security';
import { normalizeRequestBody, normalizeResponses } from './normalize-content';
import { mergeParameters, normalizeParameters } from './normalize-parameters';
import { operationOutline, OPERATION_METHODS } from './outline-document';
import { childPointer } from './resolve-pointer';
import { swagger2ToOpenApi3 } from './swagger2-to-openapi3';

/** OpenAPI: when a document declares no servers, the default is a single server at "/". */
const DEFAULT_SERVERS: readonly ServerModel[] = [{ url: '/', variables: {} }];

function normalizeVariables(ctx: NormalizeContext, raw: unknown, pointer: string): Record<string, ServerVariableModel> {
  if (!isRecord(raw)) return {};
  const out: Record<string, ServerVariableModel> = {};
  for (const [name, value] of Object.entries(raw)) {
    const variable = isRecord(value) ? value : {};
    const enumValues = Array.isArray(variable.enum) ? variable.enum.map(String) : undefined;
    let fallback = variable.default;
    if (fallback === undefined || fallback === null) {
      fallback = enumValues?.[0] ?? '';
      const using = fallback === '' ? 'an empty string' : `"${String(fallback)}"`;
      warn(ctx, `The server variable "${name}" at ${pointer} has no default; using ${using}.`, childPointer(pointer, name));
    }
    const description = stringField(variable, 'description');
    setOwn(out, name, {
      default: String(fallback),
      ...(enumValues === undefined ? {} : { enum: enumValues }),
      ...(description === undefined ? {} : { description }),
    });
  }
  return out;
}

/** The servers of a `servers` array; undefined when the array is absent or empty, so the caller falls back. */
function normalizeServers(ctx: NormalizeContext, raw: unknown, pointer: string): ServerModel[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    warn(ctx, `Ignored the servers at ${pointer}: they are not an array.`, pointer);
    return undefined;
  }
  const servers = raw.flatMap((item: unknown, i): ServerModel[] => {
    const at = childPointer(pointer, i);
    const url = isRecord(item) ? stringField(item, 'url') : undefined;
    if (!isRecord(item) || url === undefined) {
      warn(ctx, `Skipped the server at ${at}: it has no "url".`, at);
      return [];
    }
    const description = stringField(item, 'description');
    const variables = normalizeVariables(ctx, item.variables, childPointer(at, 'variables'));
    return [description === undefined ? { url, variables } : { url, description, variables }];
  });
  return servers.length > 0 ? servers : undefined;
}

interface PathScope {
  readonly path: string;
  readonly parameters: readonly ParameterModel[];
  readonly servers: readonly ServerModel[];
  readonly security: readonly SecurityRequirementModel[] | undefined;
  /** Set for OpenAPI 3.1 webhooks: the key names the webhook, not a path. */
  readonly webhook?: string;
}

function normalizeOperation(
  ctx: NormalizeContext,
  scope: PathScope,
  method: string,
  op: Readonly<Record<string, unknown>>,
  pointer: string,
): OperationModel {
  const parameters = mergeParameters(scope.parameters, normalizeParameters(ctx, op.parameters, childPointer(pointer, 'parameters')));
  const requestBody = normalizeRequestBody(ctx, op.requestBody, childPointer(pointer, 'requestBody'));
  const description = stringField(op, 'description');
  const externalDocs = normalizeExternalDocs(op.externalDocs);
  const security = normalizeSecurity(op.security) ?? scope.security;
  return {
    // The list's fields come from the same code as the outline sent ahead of the model.
    ...operationOutline(scope.webhook === undefined ? { path: scope.path } : { path: scope.path, webhook: scope.webhook }, method, op, parameters),
    ...(description === undefined ? {} : { description }),
    parameters,
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: normalizeResponses(ctx, op.responses, childPointer(pointer, 'responses')),
    servers: normalizeServers(ctx, op.servers, childPointer(pointer, 'servers')) ?? scope.servers,
    ...(externalDocs === undefined ? {} : { externalDocs }),
    ...(security === undefined ? {} : { security }),
  };
}

interface DocScope {
  readonly servers: readonly ServerModel[];
  readonly security: readonly SecurityRequirementModel[] | undefined;
}

/** The scope of one path item (or webhook), and where it sits; undefined (with a problem) when its `$ref` leads nowhere. */
function pathItemScope(ctx: NormalizeContext, doc: DocScope, field: 'paths' | 'webhooks', path: string, rawItem: unknown): { scope: PathScope; item: Readonly<Record<string, unknown>>; pointer: string } | undefined {
  const resolved = resolveRef(ctx, rawItem, childPointer(`#/${field}`, path));
  if (resolved === undefined) return undefined;
  const item = resolved.value;
  const scope: PathScope = {
    path: field === 'paths' ? path : `/${path}`,
    parameters: normalizeParameters(ctx, item.parameters, childPointer(resolved.pointer, 'parameters')),
    servers: normalizeServers(ctx, item.servers, childPointer(resolved.pointer, 'servers')) ?? doc.servers,
    security: doc.security,
    ...(field === 'webhooks' ? { webhook: path } : {}),
  };
  return { scope, item, pointer: resolved.pointer };
}

/** The operations of one path item, in document order. */
function normalizePathItem(ctx: NormalizeContext, doc: DocScope, field: 'paths' | 'webhooks', path: string, rawItem: unknown): OperationModel[] {
  const found = pathItemScope(ctx, doc, field, path, rawItem);
  if (found === undefined) return [];
  const operations: OperationModel[] = [];
  for (const [method, op] of Object.entries(found.item)) {
    if (!OPERATION_METHODS.has(method)) continue;
    const at = childPointer(found.pointer, method);
    if (!isRecord(op)) {
      warn(ctx, `Skipped ${method.toUpperCase()} ${path} at ${at}: the operation is not an object.`, at);
      continue;
    }
    operations.push(normalizeOperation(ctx, found.scope, method, op, at));
  }
  return operations;
}

/**
 * Operations under `paths` or, with `webhooks` set, under 3.1's `webhooks` (keyed by name, not
 * path). Yields after each path item, so a caller can interleave other work with a large document.
 */
function* normalizePaths(ctx: NormalizeContext, doc: DocScope, field: 'paths' | 'webhooks' = 'paths'): Generator<void, OperationModel[]> {
  const paths = ctx.doc[field];
  if (paths === undefined) return [];
  if (!isRecord(paths)) {
    warn(ctx, `Ignored "${field}": it is not an object keyed by ${field === 'paths' ? 'path' : 'name'}.`, `#/${field}`);
    return [];
  }
  const operations: OperationModel[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    if (path.startsWith('x-')) continue;
    operations.push(...normalizePathItem(ctx, doc, field, path, rawItem));
    yield;
  }
  return operations;
}

/** Normalizes a bundled OpenAPI document; throws only when `doc` is not an OpenAPI description at all. */
export function normalizeDocument(doc: unknown): { model: ApiModel; problems: Problem[] } {
  const steps = normalizeDocumentSteps(doc);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/**
 * normalizeDocument in steps: the generator yields after each path item and returns what
 * normalizeDocument returns, so a worker can answer messages while a large document is normalized.
 */
export function* normalizeDocumentSteps(doc: unknown): Generator<void, { model: ApiModel; problems: Problem[] }> {
  const { ctx, problems, scope, head } = beginDocument(doc);
  const operations = yield* normalizePaths(ctx, scope);
  const webhooks = yield* normalizePaths(ctx, scope, 'webhooks');
  return { model: finishModel(ctx, head, operations, webhooks), problems };
}

/**
 * Normalizes single operations of `doc` on their own: the returned function gives the model of one
 * operation (the document's servers, security schemes and the schema defs that operation reaches,
 * nothing of the others), equal field for field to that operation and those defs in
 * normalizeDocument's model; undefined when `opKey` ("GET /items", "POST webhook:name") names no
 * operation. A Swagger 2.0 document is converted once, at the first call, not once per operation.
 */
export function operationNormalizer(doc: unknown): (opKey: string) => ApiModel | undefined {
  let view: Readonly<Record<string, unknown>> | undefined;
  return (opKey) => {
    const place = operationPlaceOfKey(opKey);
    if (place === undefined) return undefined;
    view ??= openApi3View(doc);
    const { ctx, scope, head } = beginDocument(doc, view);
    const items = ctx.doc[place.field];
    if (!isRecord(items) || !Object.prototype.hasOwnProperty.call(items, place.name)) return undefined;
    const operation = normalizePathItem(ctx, scope, place.field, place.name, items[place.name]).find((op) => op.key === opKey);
    if (operation === undefined) return undefined;
    return finishModel(ctx, head, place.field === 'paths' ? [operation] : [], place.field === 'paths' ? [] : [operation]);
  };
}

/** Where an operation key points: its field (`paths` or `webhooks`) and the path or webhook name. */
function operationPlaceOfKey(opKey: string): { field: 'paths' | 'webhooks'; name: string } | undefined {
  const space = opKey.indexOf(' ');
  if (space < 0) return undefined;
  const place = opKey.slice(space + 1);
  return place.startsWith('webhook:') ? { field: 'webhooks', name: place.slice('webhook:'.length) } : { field: 'paths', name: place };
}

/** The document as OpenAPI 3.x (Swagger 2.0 converted); throws when `doc` is not an OpenAPI description at all. */
function openApi3View(doc: unknown): Readonly<Record<string, unknown>> {
  if (!isRecord(doc) || (doc.openapi === undefined && doc.swagger === undefined)) {
    throw new Error('This document is not an OpenAPI description: it has no "openapi" or "swagger" field.');
  }
  return doc.openapi === undefined ? swagger2ToOpenApi3(doc) : doc;
}

type ModelHead = Omit<ApiModel, 'operations' | 'schemaDefs' | 'recursiveDefs' | 'securitySchemes' | 'webhooks'>;

/** The document-level parts every model shares: its context, scope and head fields. */
function beginDocument(doc: unknown, view = openApi3View(doc)): { ctx: NormalizeContext; problems: Problem[]; scope: DocScope; head: ModelHead } {
  // openApi3View has refused anything but an object already.
  const source = asRecord(doc) ?? {};
  const problems: Problem[] = [];
  const specVersion = String(source.openapi ?? source.swagger);
  const ctx = createContext(view, problems);
  const info = isRecord(source.info) ? source.info : {};
  const title = stringField(info, 'title');
  if (title === undefined) warn(ctx, 'The document has no info.title; it is shown as "Untitled API".', '#/info');
  const description = stringField(info, 'description');
  const servers = normalizeServers(ctx, ctx.doc.servers, '#/servers') ?? DEFAULT_SERVERS;
  const scope: DocScope = { servers, security: normalizeSecurity(ctx.doc.security) };
  const externalDocs = normalizeExternalDocs(ctx.doc.externalDocs);
  const termsOfService = stringField(info, 'termsOfService');
  const contact = isRecord(info.contact) ? info.contact : undefined;
  const head: ModelHead = {
    specVersion,
    title: title ?? 'Untitled API',
    version: info.version === undefined ? '' : String(info.version),
    ...(description === undefined ? {} : { description }),
    servers,
    ...(externalDocs === undefined ? {} : { externalDocs }),
    ...(termsOfService === undefined ? {} : { termsOfService }),
    ...(contact === undefined ? {} : { contact: {
      ...(typeof contact.name === 'string' ? { name: contact.name } : {}),
      ...(typeof contact.url === 'string' ? { url: contact.url } : {}),
      ...(typeof contact.email === 'string' ? { email: contact.email } : {}),
    } }),
  };
  return { ctx, problems, scope, head };
}

function finishModel(ctx: NormalizeContext, head: ModelHead, operations: OperationModel[], webhooks: OperationModel[]): ApiModel {
  const components = isRecord(ctx.doc.components) ? ctx.doc.components : {};
  const securitySchemes = normalizeSecuritySchemes(ctx, components.securitySchemes, '#/components/securitySchemes');
  const recursiveDefs = findRecursiveDefs(ctx.schemaDefs);
  return {
    ...head,
    operations,
    schemaDefs: ctx.schemaDefs,
    ...(recursiveDefs.length === 0 ? {} : { recursiveDefs }),
    ...(securitySchemes === undefined ? {} : { securitySchemes }),
    ...(webhooks.length === 0 ? {} : { webhooks }),
  };
}
