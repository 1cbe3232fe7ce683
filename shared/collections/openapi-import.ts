/**
 * "New collection from spec": one request per operation, in a folder per tag (the group the
 * resource list shows), each linked to its operation so a changed spec can be matched later.
 */
import type { ApiModel, OperationModel, ParameterModel, SpecOrigin } from '../model/api-model';
import { exampleFromSchema } from '../schema/example-from-schema';
import { importedBody, type ImportedBody } from './openapi-import-body';
import { fieldText } from '../request/form-body';
import { isAbsoluteUrl, resolveServerUrl } from '../request/resolve-server-url';
import { newCollection, newFolder, newSavedRequest, type CollectionTree, type TreeItem } from './collection-tree';
import type { Auth, KeyValue, SavedRequest } from './format-v1';
import { securityForImport, type RequestSecurity } from './openapi-auth';
import { operationSignature } from './operation-signature';
import { stableStringify } from './stable-json';

/** A collection made from a document, with what of the document did not come across (one sentence each). */
export interface SpecImport {
  readonly tree: CollectionTree;
  readonly warnings: readonly string[];
}

/**
 * The collection for a loaded document; `source` is the path or URL it was loaded from. The document's
 * security requirements become the collection's and requests' auth (see openapi-auth.ts).
 */
export function collectionFromSpec(model: ApiModel, origin: SpecOrigin): SpecImport {
  const server = model.servers[0];
  const baseUrl = server ? resolveServerUrl(server, {}, origin) : '';
  const security = securityForImport(model, ['baseUrl']);
  const groups = new Map<string, TreeItem[]>();
  const filesToPick: string[] = [];
  for (const operation of model.operations) {
    const items = groups.get(operation.group) ?? [];
    const { request, files } = operationRequest(operation, model);
    items.push({ kind: 'request', request: withSecurity(request, security.requests.get(operation.key)) });
    groups.set(operation.group, items);
    if (files.length > 0) filesToPick.push(`Request "${request.name}" sends a file (${files.join(', ')}): open it in the app and pick the file before sending; a run reports it as not sent until then.`);
  }
  const collection = newCollection(model.title || 'API', {
    variables: [{ key: 'baseUrl', value: isAbsoluteUrl(baseUrl) ? baseUrl : `http://localhost${baseUrl.startsWith('/') ? baseUrl : ''}` }, ...security.variables],
    spec: { source: origin.location, ...(model.title ? { title: model.title } : {}) },
    ...(model.description ? { description: model.description } : {}),
    ...(security.collectionAuth ? { auth: security.collectionAuth } : {}),
  });
  return { tree: { collection, items: [...groups].map(([group, items]): TreeItem => ({ kind: 'folder', folder: newFolder(group), items })) }, warnings: [...security.notes, ...filesToPick] };
}

/**
 * The request `roundtrip sync` adds for an operation the spec gained: with the auth an import gives
 * it when the collection still has the auth an import gives the collection (`collectionAuth`, as on
 * disk), so a public operation does not inherit a key; as requestForOperation makes it otherwise.
 */
export function requestForAddedOperation(operation: OperationModel, model: ApiModel, collectionAuth: Auth | undefined): SavedRequest {
  const request = requestForOperation(operation, model);
  const security = securityForImport(model, ['baseUrl']);
  const same = stableStringify(security.collectionAuth ?? null) === stableStringify(collectionAuth ?? null);
  return same ? withSecurity(request, security.requests.get(operation.key)) : request;
}

function withSecurity(request: SavedRequest, security: RequestSecurity | undefined): SavedRequest {
  if (security === undefined) return request;
  return { ...request, auth: security.auth, ...(security.cookies === undefined ? {} : { settings: { ...request.settings, cookies: security.cookies } }) };
}

/** The request a new collection holds for `operation`: example values, required query and header parameters (its Idempotency-Key as the "auto" policy), linked to it. */
export function requestForOperation(operation: OperationModel, model: ApiModel): SavedRequest {
  return operationRequest(operation, model).request;
}

/** A value the document itself gives for `param` (an example or a default), not one made up from its type. */
function documentedValue(param: ParameterModel): unknown {
  const schema = param.schema;
  const schemaExamples = schema['examples'];
  return param.example ?? param.examples?.[0]?.value ?? schema['example'] ?? (Array.isArray(schemaExamples) ? (schemaExamples[0] as unknown) : undefined) ?? schema['default'];
}

/** requestForOperation's request, with the files it needs picked before it can be sent. */
function operationRequest(operation: OperationModel, model: ApiModel): { readonly request: SavedRequest; readonly files: readonly string[] } {
  const value = (p: ParameterModel): string => fieldText(p.example ?? p.examples?.[0]?.value ?? exampleFromSchema(p.schema, model.schemaDefs));
  // An id the document does not give is a variable, never a made-up 0: a run then says which value to
  // set (or capture) instead of sending a request about a resource nobody chose.
  const path = operation.path.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const param = operation.parameters.find((p) => p.in === 'path' && p.name === name);
    if (param === undefined) return whole;
    const given = documentedValue(param);
    return given === undefined ? `{{${name}}}` : encodeURIComponent(fieldText(given));
  });
  const query = operation.parameters.filter((p) => p.in === 'query' && p.required).map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(value(p))}`);
  // The Idempotency-Key is the request's key policy (a fresh key per send), never a header holding the schema's example:
  // a header of that name would be sent as it is, the same key every time.
  const isKey = (p: ParameterModel): boolean => operation.idempotencyKey !== undefined && p.name.toLowerCase() === operation.idempotencyKey.header.toLowerCase();
  const headers: KeyValue[] = operation.parameters.filter((p) => p.in === 'header' && p.required && !isKey(p)).map((p) => ({ name: p.name, value: value(p) }));
  const media = operation.requestBody?.content[0];
  const { body, filesToPick }: ImportedBody = media ? importedBody(media, model.schemaDefs, operation.method) : { body: { mode: 'none' }, filesToPick: [] };
  const description = operation.description ?? operation.summary;
  const request = newSavedRequest({
    name: operation.summary ?? operation.operationId ?? operation.key,
    method: operation.method,
    url: `{{baseUrl}}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`,
    headers,
    body,
    operation: { key: operation.key, ...(operation.operationId ? { operationId: operation.operationId } : {}), signature: operationSignature(operation, model.schemaDefs) },
    ...(description ? { description } : {}),
    ...(operation.idempotencyKey ? { idempotencyKey: { policy: 'auto' as const, header: operation.idempotencyKey.header } } : {}),
  });
  return { request, files: filesToPick };
}

