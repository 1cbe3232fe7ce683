/**
 * Response validation against the spec: what the main process needs to know about an
 * operation (its declared responses and the schemas they reach), what it reports, and
 * the checks that need no JSON Schema engine (status and content type).
 */
import type { ApiModel, JsonSchema, OperationModel, ResponseModel } from '../model/api-model';
import { isRecord } from '../values/is-record';
import type { Route } from './answer-owner';

/** The part of the spec one response is checked against; travels with the send. */
export interface ResponseExpectation {
  /** "3.1.0" selects JSON Schema 2020-12; "3.0.x" and "2.0" the OpenAPI 3.0 dialect (nullable). */
  readonly specVersion: string;
  readonly responses: readonly ExpectedResponse[];
  /** Only the defs the responses' schemas reach, keyed by JSON pointer. */
  readonly schemaDefs: Readonly<Record<string, JsonSchema>>;
  /** The operation the responses are declared for: a redirect that leaves it is judged by answer-owner's rule. */
  readonly operation?: Route;
  /** The document's operations a followed redirect may land on; absent for documents too large to carry along. */
  readonly redirectTargets?: RedirectTargets;
  /**
   * The document comes from a generator that writes Optional fields without `nullable` (FastAPI with
   * pydantic 1): a null in a property that is not required is a named dialect slip, not a violation.
   */
  readonly optionalNullSlip?: boolean;
}

/** The document's operations with their declared responses, and the defs those reach. */
export interface RedirectTargets {
  readonly routes: readonly (Route & { readonly responses: readonly ExpectedResponse[] })[];
  readonly schemaDefs: Readonly<Record<string, JsonSchema>>;
}

export interface ExpectedResponse {
  readonly status: string;
  readonly content: readonly { readonly mediaType: string; readonly schema?: JsonSchema }[];
  /** Header names the spec marks required for this response. */
  readonly requiredHeaders?: readonly string[];
}

export interface Violation {
  readonly kind: 'status' | 'content-type' | 'body' | 'header';
  /** JSON pointer into the body ("" for the whole body); absent for status and headers. */
  readonly pointer?: string;
  readonly message: string;
}

export interface ResponseValidation {
  readonly conforms: boolean;
  readonly violations: readonly Violation[];
  /** What could not be checked and why (a truncated body, a non-JSON type). */
  readonly notes: readonly string[];
  /** The declared response the status matched ("200", "2XX", "default"). */
  readonly matchedStatus?: string;
  /** The body has a declared schema it was not checked against (incomplete, from no operation, a schema that would not compile): the notes say why. */
  readonly bodyUnchecked?: true;
}

/** Beyond this many operations a document's responses are not carried with every send: redirected answers go unchecked. */
export const REDIRECT_TARGETS_LIMIT = 500;

function expectedResponses(op: Pick<OperationModel, 'responses'>): ExpectedResponse[] {
  return op.responses.map((response) => {
    const requiredHeaders = (response.headers ?? []).filter((header) => header.required).map((header) => header.name);
    return {
      status: response.status,
      content: response.content.map((media) => ({ mediaType: media.mediaType, ...(media.schema ? { schema: media.schema } : {}) })),
      ...(requiredHeaders.length > 0 ? { requiredHeaders } : {}),
    };
  });
}

function schemaRoots(responses: readonly ExpectedResponse[]): JsonSchema[] {
  return responses.flatMap((response) => response.content.flatMap((media) => (media.schema ? [media.schema] : [])));
}

// Built once per loaded model: every send of its operations carries the same object.
const targetsByModel = new WeakMap<object, RedirectTargets>();

function redirectTargetsOf(model: Partial<Pick<ApiModel, 'operations'>> & Pick<ApiModel, 'schemaDefs'>): RedirectTargets | undefined {
  const operations = model.operations;
  if (operations === undefined || operations.length > REDIRECT_TARGETS_LIMIT) return undefined;
  let targets = targetsByModel.get(model);
  if (targets === undefined) {
    const routes = operations.filter((op) => op.webhook !== true).map((op) => ({ method: op.method, path: op.path, responses: expectedResponses(op) }));
    targets = { routes, schemaDefs: reachableDefs(routes.flatMap((route) => schemaRoots(route.responses)), model.schemaDefs) };
    targetsByModel.set(model, targets);
  }
  return targets;
}

/**
 * FastAPI with pydantic 1 (OpenAPI 3.0 documents with FastAPI's HTTPValidationError schema) writes
 * `Optional[int] = None` as a plain integer property, without `nullable`, and answers null for it.
 */
export function omitsNullableForOptional(model: Pick<ApiModel, 'specVersion' | 'schemaDefs'>): boolean {
  if (!model.specVersion.startsWith('3.0')) return false;
  const names = Object.keys(model.schemaDefs);
  return names.some((name) => name.endsWith('/schemas/HTTPValidationError')) && names.some((name) => name.endsWith('/schemas/ValidationError'));
}

/** The expectation for `op` in `model`: its responses and the schema defs they reach, the document's routes for redirects. */
export function responseExpectation(model: Pick<ApiModel, 'specVersion' | 'schemaDefs'> & Partial<Pick<ApiModel, 'operations'>>, op: Pick<OperationModel, 'responses'> & Partial<Pick<OperationModel, 'method' | 'path'>>): ResponseExpectation {
  const responses = expectedResponses(op);
  const targets = redirectTargetsOf(model);
  return {
    specVersion: model.specVersion,
    responses,
    schemaDefs: reachableDefs(schemaRoots(responses), model.schemaDefs),
    ...(op.method === undefined || op.path === undefined ? {} : { operation: { method: op.method, path: op.path } }),
    ...(targets === undefined ? {} : { redirectTargets: targets }),
    ...(omitsNullableForOptional(model) ? { optionalNullSlip: true } : {}),
  };
}

/** The defs reachable through `$ref` from `roots`, following refs inside defs too. */
export function reachableDefs(roots: readonly unknown[], defs: Readonly<Record<string, JsonSchema>>): Record<string, JsonSchema> {
  const found: Record<string, JsonSchema> = {};
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string') {
          const def = defs[child];
          if (def !== undefined && !Object.prototype.hasOwnProperty.call(found, child)) {
            found[child] = def;
            stack.push(def);
          }
        } else stack.push(child);
      }
    }
  }
  return found;
}

/** The declared response for `status`: exact code first, then its range ("4XX"), then "default". */
export function matchStatus(status: number, responses: readonly Pick<ResponseModel, 'status'>[]): string | undefined {
  const code = String(status);
  const range = `${code[0] ?? ''}XX`;
  const statuses = responses.map((response) => response.status);
  return statuses.find((each) => each === code) ?? statuses.find((each) => each.toUpperCase() === range) ?? statuses.find((each) => each === 'default');
}

/** The declared media type for `contentType` ("application/json; charset=utf-8"), honouring wildcards. */
export function matchMediaType(contentType: string | undefined, declared: readonly string[]): string | undefined {
  const actual = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const [type = '', subtype = ''] = actual.split('/');
  const lowered = declared.map((each) => [each, (each.split(';')[0] ?? '').trim().toLowerCase()] as const);
  return (
    lowered.find(([, each]) => each === actual)?.[0] ??
    lowered.find(([, each]) => each === `${type}/*`)?.[0] ??
    lowered.find(([, each]) => each === '*/*')?.[0] ??
    // "+json" suffix types satisfy a declared application/json, as servers send problem+json and the like.
    (subtype.endsWith('+json') ? lowered.find(([, each]) => each === 'application/json')?.[0] : undefined)
  );
}

/** True for JSON media types: application/json and every +json. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^[^;]*[/+]json\s*(;|$)/i.test(mediaType.trim());
}

/** True when `specVersion` uses JSON Schema 2020-12 (OpenAPI 3.1 and later). */
export function usesJsonSchema2020(specVersion: string): boolean {
  const [major = 0, minor = 0] = specVersion.split('.').map(Number);
  return major > 3 || (major === 3 && minor >= 1);
}

/**
 * Rewrites an OpenAPI 3.0 schema as plain JSON Schema: `nullable: true` adds "null" to
 * the type (and to an enum), and boolean exclusiveMinimum/Maximum become numbers.
 */
export function fromOpenApi30(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(fromOpenApi30);
  if (!isRecord(schema)) return schema;
  const source = schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    // Example and default values are data, not schemas.
    out[key] = key === 'example' || key === 'default' || key === 'enum' || key === 'examples' ? value : fromOpenApi30(value);
  }
  if (source.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...(out.type as unknown[]), 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
    if (out.type === undefined && typeof out.$ref === 'string') return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
  }
  delete out.nullable;
  const drop = new Set<string>();
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      drop.add(bound);
    } else if (typeof out[flag] === 'boolean') drop.add(flag);
  }
  return drop.size === 0 ? out : Object.fromEntries(Object.entries(out).filter(([key]) => !drop.has(key)));
}
