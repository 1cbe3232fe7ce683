/**
 * The HTTP method semantics of RFC 9110 section 9.2: a safe method changes nothing, PUT and
 * DELETE repeat without a different effect, a deleted resource is gone, a created one is there.
 */
import { createdIdentifier } from '../../../shared/verify/link-expression';
import { collectionPath, fillPath, itemPathOf, lastParameter } from '../../../shared/verify/resource-chain';
import { baseCase } from './request-cases';
import { contextFor, failed, inputsOf, PASSED, reachReferences, reachResources, refusalOf, sendCase, skipped, type CheckResult, type OperationContext } from './operation-context';
import { answeredText } from '../../../shared/verify/refusal-reason';
import { readState, stateChanges, statePaths } from './state-reads';
import { jsonBody, type Exchange } from './verify-session';

function ok(exchange: Exchange | undefined): boolean {
  const status = exchange?.response?.status;
  return status !== undefined && status >= 200 && status < 300;
}

function answer(exchange: Exchange | undefined): string {
  return exchange?.response === undefined ? `no answer (${exchange?.error ?? 'not sent'})` : String(exchange.response.status);
}

/** safe-method-unchanged */
export async function safeMethodUnchanged(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  const paths = statePaths(ctx);
  if (paths.length === 0) return skipped('No GET to read the state with.');
  const before = await readState(ctx, paths, resources.fixed, 'state before');
  const sent = await sendCase(ctx, baseCase(inputsOf(ctx, resources.fixed)), `${ctx.op.method} ${ctx.op.path}`);
  if (sent === undefined) return skipped('The request could not be built.');
  const after = await readState(ctx, paths, resources.fixed, 'state after');
  const diff = stateChanges(before, after, ctx.volatile);
  if (diff.length === 0) return PASSED;
  const exchanges = [...resources.chain, ...before.map((r) => r.exchange), sent, ...after.map((r) => r.exchange)];
  return failed(`${ctx.op.method} is safe, yet the state changed across it: ${diff.slice(0, 3).map((d) => `${d.path} ${d.kind}`).join('; ')}. Mark volatile fields with --volatile if they are expected to change.`, exchanges, sent.request, { stateDiff: diff });
}

async function putRepeat(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  if (!resources.complete) return skipped('No resource to replace could be created or found.');
  const testCase = baseCase(inputsOf(ctx, resources.fixed));
  const first = await sendCase(ctx, testCase, '1st PUT');
  if (!ok(first) || first === undefined) return skipped(`The first PUT was ${answeredText(refusalOf(ctx, first))}, so the repeat says nothing.`);
  const paths = statePaths(ctx);
  const s1 = await readState(ctx, paths, resources.fixed, 'state after 1st PUT');
  const second = await sendCase(ctx, testCase, '2nd PUT (identical)');
  const s2 = await readState(ctx, paths, resources.fixed, 'state after 2nd PUT');
  const exchanges = [...resources.chain, first, ...s1.map((r) => r.exchange), ...(second ? [second] : []), ...s2.map((r) => r.exchange)];
  if (second?.response?.status !== first.response?.status) return failed(`The same PUT sent twice was answered ${answer(first)}, then ${answer(second)}.`, exchanges, second?.request);
  const diff = stateChanges(s1, s2, ctx.volatile);
  if (diff.length > 0) return failed(`The same PUT sent twice left a different state: ${diff.slice(0, 3).map((d) => `${d.path} ${d.kind}`).join('; ')}.`, exchanges, second?.request, { stateDiff: diff });
  return PASSED;
}

async function deleteRepeat(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  if (!resources.complete) return skipped('No resource to delete could be created or found.');
  const testCase = baseCase(inputsOf(ctx, resources.fixed));
  const collection = collectionPath(ctx.op.path);
  const paths = collection === undefined ? [] : statePaths(ctx, collection);
  const first = await sendCase(ctx, testCase, '1st DELETE');
  if (first === undefined || !ok(first)) return skipped(`The first DELETE was ${answeredText(refusalOf(ctx, first))}, so the repeat says nothing.`);
  ctx.session.forget(first.request.url);
  const s1 = await readState(ctx, paths, resources.fixed, 'state after 1st DELETE');
  const second = await sendCase(ctx, testCase, '2nd DELETE (identical)');
  const s2 = await readState(ctx, paths, resources.fixed, 'state after 2nd DELETE');
  const exchanges = [...resources.chain, first, ...s1.map((r) => r.exchange), ...(second ? [second] : []), ...s2.map((r) => r.exchange)];
  const status = second?.response?.status;
  if (status === undefined || status >= 500 || !(ok(second) || status === 404 || status === 410)) {
    return failed(`A second DELETE of the same resource was answered ${answer(second)}; it may answer 2xx, 404 or 410, never a server error.`, exchanges, second?.request);
  }
  const diff = stateChanges(s1, s2, ctx.volatile);
  if (diff.length > 0) return failed(`A second DELETE changed the state again: ${diff.slice(0, 3).map((d) => `${d.path} ${d.kind}`).join('; ')}.`, exchanges, second?.request, { stateDiff: diff });
  return PASSED;
}

/** idempotent-repeat */
export function idempotentRepeat(ctx: OperationContext): Promise<CheckResult> {
  return ctx.op.method === 'PUT' ? putRepeat(ctx) : deleteRepeat(ctx);
}

/** use-after-delete */
export async function useAfterDelete(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  if (!resources.complete) return skipped('No resource to delete could be created or found.');
  const deleted = await sendCase(ctx, baseCase(inputsOf(ctx, resources.fixed)), 'DELETE');
  if (deleted === undefined || !ok(deleted)) return skipped(`The DELETE was ${answeredText(refusalOf(ctx, deleted))}.`);
  ctx.session.forget(deleted.request.url);
  const reader = ctx.model.operations.find((o) => o.method === 'GET' && o.path === ctx.op.path);
  if (reader === undefined) return skipped(`No GET ${ctx.op.path}.`);
  const readerCtx = contextFor(ctx, reader);
  const read = await sendCase(readerCtx, baseCase(inputsOf(readerCtx, resources.fixed)), 'GET after DELETE');
  const status = read?.response?.status;
  if (status === 404 || status === 410) return PASSED;
  return failed(`After a ${answer(deleted)} DELETE, the resource still reads ${answer(read)} (expected 404 or 410).`, [...resources.chain, deleted, ...(read ? [read] : [])], read?.request);
}

/** created-readable */
export async function createdReadable(ctx: OperationContext): Promise<CheckResult> {
  const itemPath = itemPathOf(ctx.op.path, ctx.model);
  const reader = itemPath === undefined ? undefined : ctx.model.operations.find((o) => o.method === 'GET' && o.path === itemPath);
  if (itemPath === undefined || reader === undefined) return skipped('No GET to read a created resource with.');
  const resources = await reachResources(ctx);
  // The ids its body names (POST /loans {book_id}) are of resources that exist, as a valid create's would be.
  const references = await reachReferences(ctx);
  const chain = [...resources.chain, ...references.chain];
  const created = await sendCase(ctx, references.apply(baseCase(inputsOf(ctx, resources.fixed))), 'POST (create)');
  if (created?.response === undefined || !ok(created)) return skipped(`The POST was ${answeredText(refusalOf(ctx, created))}, so nothing was created.`);
  const parameter = lastParameter(itemPath) ?? 'id';
  const id = createdIdentifier(ctx.op, itemPath, { headers: created.response.headers, body: jsonBody(created.response) }, ctx.model);
  if (id === undefined) return failed(`The POST answered ${created.response.status} but neither its body nor a Location header names the created resource (looked for "${parameter}" and "id").`, [...chain, created]);
  const readerCtx = contextFor(ctx, reader);
  const fixed = { ...resources.fixed, [parameter]: id };
  const read = await sendCase(readerCtx, baseCase(inputsOf(readerCtx, fixed)), `GET ${fillPath(itemPath, fixed)}`);
  if (ok(read)) return PASSED;
  return failed(`The resource created by POST (${parameter} ${id}) reads ${answer(read)}, not 2xx.`, [...chain, created, ...(read ? [read] : [])], read?.request);
}
