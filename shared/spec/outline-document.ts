/**
 * The outline of a document: the operation list's fields, read in one light pass over the parsed
 * document (no schema copies, no problems), so a large document's list can be shown while its full
 * model is still being built. `operationOutline` is also what the full normalizer uses for the same
 * fields, so the outline and the model never disagree.
 */
import type { HttpMethod, OperationOutline, ParameterModel, SpecOutline } from '../model/api-model';
import { refineIdempotency } from '../idempotency/refine-from-spec';
import { chaseRef } from './normalize-context';
import { isRecord } from '../values/is-record';
import { isLocation, mergeParameters } from './normalize-parameters';
import { swagger2ToOpenApi3 } from './swagger2-to-openapi3';

/** The keys of a path item that are operations. */
export const OPERATION_METHODS: ReadonlySet<string> = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

type ParameterIdentity = Pick<ParameterModel, 'in' | 'name' | 'required'>;

/** Where an operation sits: a path, or the name of an OpenAPI 3.1 webhook. */
export interface OperationPlace {
  readonly path: string;
  readonly webhook?: string;
}

function groupOf(tags: readonly string[], path: string): string {
  return tags[0] ?? path.split('/').find((segment) => segment !== '') ?? 'default';
}

/** The list fields of one operation, from its raw object and its merged parameters. */
export function operationOutline(place: OperationPlace, method: string, op: Readonly<Record<string, unknown>>, parameters: readonly ParameterIdentity[]): OperationOutline {
  const upper = method.toUpperCase() as HttpMethod;
  const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [];
  const { operationId, summary } = op;
  return {
    key: place.webhook === undefined ? `${upper} ${place.path}` : `${upper} webhook:${place.webhook}`,
    method: upper,
    path: place.path,
    ...(typeof operationId === 'string' ? { operationId } : {}),
    ...(typeof summary === 'string' ? { summary } : {}),
    tags,
    group: groupOf(tags, place.path),
    deprecated: op.deprecated === true,
    // The method's class, refined by a declared Idempotency-Key header or a vendor extension (issue 6).
    ...refineIdempotency(upper, op, parameters),
    ...(place.webhook === undefined ? {} : { webhook: true }),
  };
}

/** The walk's state: the document, and whether a reference to another file was met on the way. */
interface OutlineWalk {
  readonly doc: Readonly<Record<string, unknown>>;
  externalRefMet: boolean;
}

/** Follows local $refs as the normalizer does; undefined where it would skip the object with a problem. */
function followRefs(walk: OutlineWalk, value: unknown): Readonly<Record<string, unknown>> | undefined {
  const chased = chaseRef(walk.doc, value, '#');
  if (!chased.ok && chased.reason === 'external') walk.externalRefMet = true;
  return chased.ok ? chased.value : undefined;
}

function parameterIdentities(walk: OutlineWalk, raw: unknown): ParameterIdentity[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown): ParameterIdentity[] => {
    const param = followRefs(walk, item);
    const name = param?.name;
    if (param === undefined || typeof name !== 'string' || name === '' || !isLocation(param.in)) return [];
    return [{ name, in: param.in, required: param.in === 'path' || param.required === true }];
  });
}

function outlinePaths(walk: OutlineWalk, field: 'paths' | 'webhooks'): OperationOutline[] {
  const paths = walk.doc[field];
  if (!isRecord(paths)) return [];
  const operations: OperationOutline[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    if (path.startsWith('x-')) continue;
    const item = followRefs(walk, rawItem);
    if (item === undefined) continue;
    const place: OperationPlace = field === 'paths' ? { path } : { path: `/${path}`, webhook: path };
    const shared = parameterIdentities(walk, item.parameters);
    for (const [method, op] of Object.entries(item)) {
      if (!OPERATION_METHODS.has(method) || !isRecord(op)) continue;
      operations.push(operationOutline(place, method, op, mergeParameters(shared, parameterIdentities(walk, op.parameters))));
    }
  }
  return operations;
}

/** The outline of a parsed (and bundled) Swagger 2.0 or OpenAPI 3.x document. */
export function outlineDocument(doc: Readonly<Record<string, unknown>>): SpecOutline {
  return outlineWalk(doc, { doc: asOpenApi3(doc), externalRefMet: false });
}

/**
 * The outline of a document whose external `$ref`s are not bundled yet, when the list's fields
 * do not depend on them (they usually sit in schemas); undefined when a path item or parameter
 * the list reads lives in another file. Bundling a large multi-file document takes a second or
 * more, and an outline that needs none can be shown before it.
 */
export function outlineUnbundledDocument(doc: Readonly<Record<string, unknown>>): SpecOutline | undefined {
  const walk: OutlineWalk = { doc: asOpenApi3(doc), externalRefMet: false };
  const outline = outlineWalk(doc, walk);
  return walk.externalRefMet ? undefined : outline;
}

// Swagger 2.0 is read through the same conversion the normalizer uses, so both see the same paths.
function asOpenApi3(doc: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  return doc.openapi === undefined ? swagger2ToOpenApi3(doc) : doc;
}

function outlineWalk(doc: Readonly<Record<string, unknown>>, walk: OutlineWalk): SpecOutline {
  const info = isRecord(doc.info) ? doc.info : {};
  return {
    title: typeof info.title === 'string' ? info.title : 'Untitled API',
    version: info.version === undefined ? '' : String(info.version),
    specVersion: String(doc.openapi ?? doc.swagger),
    operations: [...outlinePaths(walk, 'paths'), ...outlinePaths(walk, 'webhooks')],
  };
}
