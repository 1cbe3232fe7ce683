/**
 * The Idempotency-Key checks (draft-ietf-httpapi-idempotency-key-header), on operations that
 * declare the header: a replay returns the first answer, a different body with the same key is
 * refused, requests sent at once with one key create one resource, a required key is required.
 */
import { describeDifferences } from '../../../shared/idempotency/describe-differences';
import { jsonDiff } from '../../../shared/idempotency/json-diff';
import { sameJson } from '../../../shared/response/same-json';
import { createdIdentifier } from '../../../shared/verify/link-expression';
import { itemPathOf } from '../../../shared/verify/resource-chain';
import { baseCase, validCases, type CaseInputs } from './request-cases';
import type { RequestCase } from '../../../shared/verify/request-case';
import { failed, freshKey, inputsOf, PASSED, reachReferences, reachResources, refusalOf, sendCase, skipped, type CheckResult, type OperationContext } from './operation-context';
import { answeredText, refusalAdvice } from '../../../shared/verify/refusal-reason';
import { header, jsonBody, type Exchange } from './verify-session';

const CONCURRENT_REQUESTS = 5;

function ok(exchange: Exchange | undefined): exchange is Exchange & { response: NonNullable<Exchange['response']> } {
  const status = exchange?.response?.status;
  return status !== undefined && status >= 200 && status < 300;
}

function answer(exchange: Exchange | undefined): string {
  return exchange?.response === undefined ? `no answer (${exchange?.error ?? 'not sent'})` : String(exchange.response.status);
}

function identity(ctx: OperationContext, exchange: Exchange & { response: NonNullable<Exchange['response']> }): string {
  const itemPath = itemPathOf(ctx.op.path, ctx.model) ?? `${ctx.op.path}/{id}`;
  const id = createdIdentifier(ctx.op, itemPath, { headers: exchange.response.headers, body: jsonBody(exchange.response) }, ctx.model);
  return id ?? JSON.stringify(jsonBody(exchange.response) ?? null);
}

/** What every keyed check starts from: the resources the request names and its case. */
interface KeyedStart {
  readonly chain: Exchange[];
  readonly inputs: CaseInputs;
  readonly testCase: RequestCase;
}

/**
 * The one precondition of key-replay, key-conflict and key-concurrent: a request with the required
 * values succeeds. Path parameters and body fields that name resources (book_id) get ids the API
 * itself created or listed; when the request still fails, the checks skip with the same reason.
 */
async function keyedStart(ctx: OperationContext): Promise<KeyedStart> {
  const resources = await reachResources(ctx);
  const inputs = inputsOf(ctx, resources.fixed);
  const references = await reachReferences(ctx);
  return { chain: [...resources.chain, ...references.chain], inputs, testCase: references.apply(baseCase(inputs)) };
}

/** The shared skip when the first request did not succeed: the answer's own field errors, and what to do. */
function notReady(ctx: OperationContext, first: Exchange | undefined): CheckResult {
  const refusal = refusalOf(ctx, first);
  return skipped(`A request with the required values was ${answeredText(refusal)}, so there is no successful first request to compare with. ${refusalAdvice(refusal)}`);
}

/** key-replay */
export async function keyReplay(ctx: OperationContext): Promise<CheckResult> {
  const { chain, testCase } = await keyedStart(ctx);
  const key = { kind: 'fixed' as const, value: freshKey(ctx) };
  const first = await sendCase(ctx, testCase, '1st request with the key', key);
  if (!ok(first)) return notReady(ctx, first);
  const second = await sendCase(ctx, testCase, 'same key, same body', key);
  const exchanges = [...chain, first, ...(second ? [second] : [])];
  if (second?.response?.status !== first.response.status) return failed(`The same key and body sent twice were answered ${first.response.status}, then ${answer(second)}.`, exchanges, second?.request);
  const replayed = header(second.response, 'idempotent-replayed');
  const note = replayed === undefined ? ' (no Idempotent-Replayed header was sent)' : ` (Idempotent-Replayed: ${replayed})`;
  if (!ok(second)) return PASSED;
  if (identity(ctx, first) !== identity(ctx, second)) return failed(`The same key and body sent twice created two resources (${identity(ctx, first)} and ${identity(ctx, second)})${note}.`, exchanges, second.request);
  const differences = jsonDiff(jsonBody(first.response), jsonBody(second.response));
  if (differences.length > 0) return failed(`The replay with the same key returned a different body than the first answer${note}: ${describeDifferences(differences)}.`, exchanges, second.request);
  return PASSED;
}

/** key-conflict */
export async function keyConflict(ctx: OperationContext): Promise<CheckResult> {
  const { chain, inputs, testCase: first } = await keyedStart(ctx);
  const other = validCases(inputs, 12).find((c) => c.body !== undefined && !sameJson(c.body.value, first.body?.value));
  if (other === undefined) return skipped('No second valid body could be made to reuse the key with.');
  const key = { kind: 'fixed' as const, value: freshKey(ctx) };
  const a = await sendCase(ctx, first, '1st request with the key', key);
  if (!ok(a)) return notReady(ctx, a);
  const b = await sendCase(ctx, other, `same key, different body (${other.label})`, key);
  if (b?.response?.status === 422) return PASSED;
  return failed(`The same key with a different body was answered ${answer(b)} instead of 422.`, [...chain, a, ...(b ? [b] : [])], b?.request);
}

/** key-concurrent */
export async function keyConcurrent(ctx: OperationContext): Promise<CheckResult> {
  const { chain, testCase } = await keyedStart(ctx);
  // The same precondition as the other keyed checks, with a key of its own: a request that cannot succeed says nothing about races.
  const probe = await sendCase(ctx, testCase, '1st request (its own key): does a request succeed at all?');
  if (!ok(probe)) return notReady(ctx, probe);
  const key = { kind: 'fixed' as const, value: freshKey(ctx) };
  const sent = await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, (_, i) => sendCase(ctx, testCase, `request ${i + 1} of ${CONCURRENT_REQUESTS} sent at once`, key)));
  const exchanges = sent.filter((e): e is Exchange => e !== undefined);
  const odd = exchanges.find((e) => !ok(e) && e.response?.status !== 409);
  const created = new Set(exchanges.filter(ok).map((e) => identity(ctx, e)));
  if (created.size > 1) return failed(`${CONCURRENT_REQUESTS} identical requests sent at once with one key created ${created.size} resources (${[...created].join(', ')}).`, [...chain, ...exchanges]);
  if (odd !== undefined) return failed(`A request sent at once with the same key was answered ${answer(odd)}; only 2xx or 409 (in flight) fit.`, [...chain, ...exchanges], odd.request);
  if (created.size === 0) return skipped('None of the requests succeeded, so there is nothing to compare.');
  return PASSED;
}

/**
 * 4xx statuses that say something other than "the key is missing" (credentials, a missing resource,
 * a request in flight, a rate limit): declared or not, they do not answer a request without a key.
 */
const NOT_ABOUT_THE_KEY = new Set([401, 403, 404, 405, 409, 410, 429]);

/**
 * Whether `status` fairly refuses a request without the required key: the draft's 400, or another
 * 4xx the operation itself declares (FastAPI declares and answers 422 for any missing required header).
 */
function refusesMissingKey(status: number | undefined, ctx: OperationContext): boolean {
  if (status === 400) return true;
  if (status === undefined || status < 400 || status > 499 || NOT_ABOUT_THE_KEY.has(status)) return false;
  return ctx.op.responses.some((r) => r.status === String(status));
}

/** key-required */
export async function keyRequired(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  const sent = await sendCase(ctx, baseCase(inputsOf(ctx, resources.fixed)), 'without the required key', { kind: 'none' });
  const status = sent?.response?.status;
  if (refusesMissingKey(status, ctx)) return status === 400 ? PASSED : { status: 'passed', note: `Answered ${status}, a 4xx the operation declares, in place of the draft's 400.` };
  const declared = ctx.op.responses.map((r) => r.status).filter((s) => /^4\d\d$/.test(s) && !NOT_ABOUT_THE_KEY.has(Number(s)) && s !== '400');
  const expected = declared.length === 0 ? '400 (the Idempotency-Key draft\'s answer)' : `400 or a 4xx the document declares for it (${declared.join(', ')})`;
  return failed(`A request without the required ${ctx.op.idempotencyKey?.header ?? 'Idempotency-Key'} was answered ${answer(sent)} instead of ${expected}.`, [...resources.chain, ...(sent ? [sent] : [])], sent?.request);
}
