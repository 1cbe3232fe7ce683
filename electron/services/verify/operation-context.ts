/**
 * What a check needs to exercise one operation: the session, the operation, a random source of
 * its own (so results do not depend on the order checks run in), and helpers to send a case,
 * reach the resources the path names (the chain), and read state.
 */
import type { ApiModel, OperationModel } from '../../../shared/model/api-model';
import { isIdempotencyKeyHeader } from '../../../shared/idempotency/idempotency-key-header';
import type { HeaderEntry, RequestDescription } from '../../../shared/request/request-model';
import type { SeededRandom } from '../../../shared/schema/seeded-random';
import { usesJsonSchema2020 } from '../../../shared/response/response-validation';
import { validValue } from '../../../shared/schema/generate-valid';
import { bodyMediaType, caseRequest, paramText, type CaseTarget, type RequestCase } from '../../../shared/verify/request-case';
import { createdIdentifier, linkedCreator } from '../../../shared/verify/link-expression';
import { collectionPath, creatorOf, fillPath, lastParameter, parameterPrefixes, pickIdentifier } from '../../../shared/verify/resource-chain';
import { baseCase, type CaseInputs } from './request-cases';
import { bodyReferences, withReferencedIds, type BodyReference } from '../../../shared/verify/body-references';
import { fieldErrorsText, unsupportedPatterns, type Refusal } from '../../../shared/verify/refusal-reason';
import { preconditionParams, withPreconditions } from '../../../shared/verify/preconditions';
import { jsonBody, type Exchange, type VerifySession } from './verify-session';

export interface OperationContext {
  readonly session: VerifySession;
  readonly model: ApiModel;
  readonly op: OperationModel;
  readonly random: SeededRandom;
  readonly target: CaseTarget;
  readonly maxExamples: number;
  /** Field names left out when two states are compared (timestamps, counters the user marked). */
  readonly volatile: ReadonlySet<string>;
}

/** A failed check before it becomes a finding: what went wrong and the exchanges that show it. */
export interface FailureDraft {
  readonly message: string;
  readonly exchanges: readonly Exchange[];
  /** The request that shows the failure (the curl command reproduces it). */
  readonly failing: RequestDescription;
  readonly stateDiff?: readonly { readonly path: string; readonly kind: string; readonly before?: unknown; readonly after?: unknown }[];
  readonly shrunkFrom?: string;
}

export type CheckResult = { readonly status: 'passed'; readonly note?: string } | { readonly status: 'skipped'; readonly reason: string; /** False when the check found nothing to check here (not a gap). */ readonly applies?: false } | { readonly status: 'failed'; readonly draft: FailureDraft };

export const PASSED: CheckResult = { status: 'passed' };

/** A skip with its reason. */
export function skipped(reason: string): CheckResult {
  return { status: 'skipped', reason };
}

/** A skip because the operation offers the check nothing to do (no constrained input to break): nothing is left unchecked. */
export function nothingToCheck(reason: string): CheckResult {
  return { status: 'skipped', reason, applies: false };
}

/** A failure with its message and evidence; the last exchange's request is the failing one unless given. */
export function failed(message: string, exchanges: readonly Exchange[], failing?: RequestDescription, extra: Partial<FailureDraft> = {}): CheckResult {
  const last = failing ?? exchanges.at(-1)?.request;
  return { status: 'failed', draft: { message, exchanges, failing: last ?? { method: 'GET', url: '', headers: [] }, ...extra } };
}

/** A fresh Idempotency-Key: the run's own tag and a number from the operation's random source. */
export function freshKey(ctx: OperationContext): string {
  return `verify-${ctx.session.runTag}-${Array.from({ length: 4 }, () => ctx.random.int(0, 0xffff).toString(16).padStart(4, '0')).join('')}`;
}

/** What to do with the Idempotency-Key header: a fresh one (default), a given one, or none. */
export type KeyChoice = { readonly kind: 'fresh' } | { readonly kind: 'fixed'; readonly value: string } | { readonly kind: 'none' };

/** The request for a case, with the Idempotency-Key the choice says (for operations that declare one). */
export function requestFor(ctx: OperationContext, testCase: RequestCase, key: KeyChoice = { kind: 'fresh' }): RequestDescription | undefined {
  const request = caseRequest(ctx.op, testCase, ctx.target);
  if (request === undefined) return undefined;
  const declared = ctx.op.idempotencyKey;
  if (declared === undefined) return request;
  const headers: HeaderEntry[] = request.headers.filter((h) => !isIdempotencyKeyHeader(h.name) && h.name.toLowerCase() !== declared.header.toLowerCase());
  if (key.kind !== 'none') headers.push({ name: declared.header, value: key.kind === 'fixed' ? key.value : freshKey(ctx) });
  return { ...request, headers };
}

/** Sends a case of the context's operation, its preconditions (If-Match) filled from the resource as it is now. */
export async function sendCase(ctx: OperationContext, testCase: RequestCase, step: string, key?: KeyChoice): Promise<Exchange | undefined> {
  const request = requestFor(ctx, await preconditioned(ctx, testCase, key), key);
  return request === undefined ? undefined : ctx.session.send(ctx.op, request, step);
}

// A send with the same case and Idempotency-Key is a retry of one request: its preconditions are read once,
// before the first, and go with every repeat (read again, a repeat would carry the state the first left,
// and side by side each would carry whatever the others had left). The promise is kept, for concurrent sends.
const keyedPreconditions = new WeakMap<RequestCase, Map<string, Promise<RequestCase>>>();

function preconditioned(ctx: OperationContext, testCase: RequestCase, key: KeyChoice | undefined): Promise<RequestCase> {
  if (key?.kind !== 'fixed') return currentPreconditions(ctx, testCase);
  let byKey = keyedPreconditions.get(testCase);
  if (byKey === undefined) keyedPreconditions.set(testCase, (byKey = new Map()));
  let filled = byKey.get(key.value);
  if (filled === undefined) byKey.set(key.value, (filled = currentPreconditions(ctx, testCase)));
  return filled;
}

/**
 * The case with If-Match and If-Unmodified-Since taken from a GET of the same resource right before
 * it is sent (a repeat gets the validators of the state the first request left, as a client would).
 */
async function currentPreconditions(ctx: OperationContext, testCase: RequestCase): Promise<RequestCase> {
  if (ctx.op.method === 'GET') return testCase;
  const wanted = preconditionParams(ctx.op, testCase);
  const reader = wanted.length === 0 ? undefined : ctx.model.operations.find((o) => o.method === 'GET' && o.path === ctx.op.path);
  if (reader === undefined) return testCase;
  const fixed = Object.fromEntries(
    Object.entries(testCase.params)
      .filter(([k]) => k.startsWith('path:'))
      .map(([k, v]) => [k.slice('path:'.length), paramText(v)]),
  );
  const readerCtx = contextFor(ctx, reader);
  const read = await sendCase(readerCtx, baseCase(inputsOf(readerCtx, fixed), 'state read'), `read the validators for ${wanted.map((w) => w.key.slice('header:'.length)).join(', ')}: GET ${ctx.op.path}`);
  return read?.response === undefined ? testCase : withPreconditions(testCase, wanted, read.response.headers);
}

/** The context of another operation of the same run (the chain's creators, readers, deleters). */
export function contextFor(ctx: OperationContext, op: OperationModel): OperationContext {
  return { ...ctx, op, random: ctx.random.fork(op.key) };
}

export interface Resources {
  /** Path parameter values, by name. */
  readonly fixed: Record<string, string>;
  /** The requests that created them: part of every finding's evidence. */
  readonly chain: Exchange[];
  /** True when every path parameter names a resource that exists (created or listed). */
  readonly complete: boolean;
}

/** How deep creating a resource may go to create what its body names (a loan's book's author...): bounds cycles. */
const MAX_REFERENCE_DEPTH = 3;

/**
 * Reaches the resources the operation's path names, outermost first: each parameter's creator
 * (POST on the collection) makes one, or else the collection's GET lists one. A parameter
 * neither can fill keeps a generated value (answers of 404 are then expected). A creator whose
 * body names other resources by id (POST /loans {book_id}) is sent with ids of resources reached
 * first, as a valid request of its own would be.
 */
export async function reachResources(ctx: OperationContext, path = ctx.op.path, depth = 0): Promise<Resources> {
  const fixed: Record<string, string> = {};
  const chain: Exchange[] = [];
  let complete = true;
  for (const prefix of parameterPrefixes(path)) {
    const parameter = lastParameter(prefix) ?? '';
    // The document's links say how to reach the resource; without them, POST on the collection creates one.
    const linked = linkedCreator(prefix, parameter, ctx.model);
    const creator = linked?.op ?? creatorOf(prefix, ctx.model);
    let id: string | undefined;
    if (creator !== undefined) {
      const creatorCtx = contextFor(ctx, creator);
      const references = depth < MAX_REFERENCE_DEPTH ? await reachReferences(creatorCtx, depth + 1) : undefined;
      if (references !== undefined) chain.push(...references.chain);
      const creation = baseCase(inputsOf(creatorCtx, fixed));
      const exchange = await sendCase(creatorCtx, references === undefined ? creation : references.apply(creation), `create a resource for {${parameter}} (chain${linked === undefined ? '' : `, link ${linked.expression}`})`);
      if (exchange !== undefined) chain.push(exchange);
      const response = exchange?.response;
      if (response !== undefined && response.status >= 200 && response.status < 300) id = createdIdentifier(creator, prefix, { headers: response.headers, body: jsonBody(response) }, ctx.model);
    }
    const listing = collectionPath(prefix);
    const lister = id === undefined && listing !== undefined ? ctx.model.operations.find((o) => o.method === 'GET' && o.path === listing) : undefined;
    if (lister !== undefined) {
      const exchange = await sendCase(contextFor(ctx, lister), baseCase(inputsOf(contextFor(ctx, lister), fixed)), `list existing resources for {${parameter}} (chain)`);
      if (exchange !== undefined) chain.push(exchange);
      const list = jsonBody(exchange?.response);
      const first = Array.isArray(list) ? (list[0] as unknown) : undefined;
      id = first === undefined ? undefined : pickIdentifier(first, parameter);
    }
    if (id === undefined) complete = false;
    fixed[parameter] = id ?? standInValue(ctx, parameter);
  }
  return { fixed, chain, complete };
}

/** Ids for the body fields that name resources, and how to put them into a case. */
export interface References {
  readonly chain: Exchange[];
  readonly apply: (testCase: RequestCase) => RequestCase;
  /** The body fields that got an id. */
  readonly fields: readonly string[];
}

/**
 * Reaches the resources the body's id fields name (POST /loans {book_id} -> a book the API created
 * or listed), so that a valid request does not answer 404 for an id verify made up.
 */
export async function reachReferences(ctx: OperationContext, depth = 0): Promise<References> {
  const media = bodyMediaType(ctx.op);
  const schema = ctx.op.requestBody?.content.find((m) => m.mediaType === media)?.schema;
  const chain: Exchange[] = [];
  const found: { reference: BodyReference; id: string }[] = [];
  for (const reference of bodyReferences(schema, ctx.model)) {
    const reached = await reachResources(ctx, reference.itemPath, depth);
    chain.push(...reached.chain);
    const id = reached.complete ? Object.values(reached.fixed).at(-1) : undefined;
    if (id !== undefined) found.push({ reference, id });
  }
  const apply = (testCase: RequestCase): RequestCase => (testCase.body === undefined || found.length === 0 ? testCase : { ...testCase, body: { value: withReferencedIds(testCase.body.value, found) } });
  return { chain, apply, fields: found.map((each) => each.reference.field) };
}

/**
 * A value for a path parameter no resource could be found for: valid for its schema (an integer id
 * gets an integer), so the request reaches the operation and answers 404 rather than 422.
 */
function standInValue(ctx: OperationContext, parameter: string): string {
  const declared = ctx.op.parameters.find((p) => p.in === 'path' && p.name === parameter);
  if (declared === undefined) return 'verify-missing';
  const ctx30 = !usesJsonSchema2020(ctx.model.specVersion);
  return paramText(validValue(declared.schema, { defs: ctx.model.schemaDefs, openapi30: ctx30, direction: 'request' }, ctx.random.fork(`stand-in ${parameter}`), { optional: 'none' }));
}

/** The case inputs of a context with the given fixed path values. */
export function inputsOf(ctx: OperationContext, fixed: Readonly<Record<string, string>>): CaseInputs {
  return { model: ctx.model, op: ctx.op, fixed, random: ctx.random };
}

/** A GET of `url` with the run's headers (credentials), to read state. */
export function readRequest(ctx: OperationContext, path: string, fixed: Readonly<Record<string, string>>): RequestDescription {
  return { method: 'GET', url: `${ctx.target.baseUrl.replace(/\/+$/, '')}${fillPath(path, fixed)}`, headers: [...ctx.target.headers, { name: 'Accept', value: 'application/json' }], maxRedirects: 0, ...(ctx.target.timeoutMs === undefined ? {} : { timeoutMs: ctx.target.timeoutMs }), ...(ctx.target.signing === undefined ? {} : { signing: ctx.target.signing }) };
}

/** Statuses that speak of credentials or of the state of the server, not of the values sent. */
const NOT_ABOUT_VALUES = new Set([401, 403, 404, 409, 410, 412, 429]);

/**
 * The refusal of a request verify meant as valid: its answer, the field errors the answer names,
 * and, when the answer is about the values, the patterns verify had to fall back on.
 */
export function refusalOf(ctx: OperationContext, exchange: Exchange | undefined): Refusal {
  const response = exchange?.response;
  if (response === undefined) return { answer: `no answer (${exchange?.error ?? 'not sent'})`, unsupported: [] };
  const status = response.status;
  const fieldErrors = fieldErrorsText(response, ctx.op.parameters);
  const aboutValues = status >= 400 && status < 500 && !NOT_ABOUT_VALUES.has(status);
  const media = bodyMediaType(ctx.op);
  const schemas = [ctx.op.requestBody?.content.find((m) => m.mediaType === media)?.schema, ...ctx.op.parameters.filter((p) => p.required).map((p) => p.schema)];
  const unsupported = aboutValues ? unsupportedPatterns(schemas, ctx.model.schemaDefs) : [];
  return { answer: String(status), status, unsupported, ...(fieldErrors === undefined ? {} : { fieldErrors }) };
}
