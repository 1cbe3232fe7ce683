/**
 * Reads the state an operation can change: the resource its path names and the collection it
 * belongs to, each through the API's own GET, and compares two such reads with the fields the
 * user marked volatile left out.
 */
import { jsonDiff, type DiffEntry } from '../../../shared/idempotency/json-diff';
import { sameJson } from '../../../shared/response/same-json';
import { collectionPath } from '../../../shared/verify/resource-chain';
import { baseCase } from './request-cases';
import { contextFor, inputsOf, sendCase, type OperationContext } from './operation-context';
import { jsonBody, type Exchange } from './verify-session';

export interface StateRead {
  readonly path: string;
  readonly exchange: Exchange;
  readonly value: unknown;
}

/** The GET paths that show the state `path` touches: itself (when it has a GET) and its collection's. */
export function statePaths(ctx: OperationContext, path = ctx.op.path): string[] {
  const paths = [path, collectionPath(path)].filter((p): p is string => p !== undefined);
  return paths.filter((p) => ctx.model.operations.some((o) => o.method === 'GET' && o.path === p));
}

/** Reads each path once, in order. */
export async function readState(ctx: OperationContext, paths: readonly string[], fixed: Readonly<Record<string, string>>, step: string): Promise<StateRead[]> {
  const out: StateRead[] = [];
  for (const path of paths) {
    const reader = ctx.model.operations.find((o) => o.method === 'GET' && o.path === path);
    if (reader === undefined) continue;
    const readerCtx = contextFor(ctx, reader);
    const exchange = await sendCase(readerCtx, baseCase(inputsOf(readerCtx, fixed), 'state read'), `${step}: GET ${path}`);
    if (exchange === undefined) continue;
    out.push({ path, exchange, value: exchange.response === undefined ? undefined : { status: exchange.response.status, body: jsonBody(exchange.response) ?? null } });
  }
  return out;
}

function withoutVolatile(value: unknown, volatile: ReadonlySet<string>): unknown {
  if (volatile.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => withoutVolatile(item, volatile));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).filter(([key]) => !volatile.has(key)).map(([key, child]) => [key, withoutVolatile(child, volatile)]));
  return value;
}

/** The differences between two reads of the same paths; empty when the state is the same. */
export function stateChanges(before: readonly StateRead[], after: readonly StateRead[], volatile: ReadonlySet<string>): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const read of before) {
    const later = after.find((each) => each.path === read.path);
    if (later === undefined) continue;
    const a = withoutVolatile(read.value, volatile);
    const b = withoutVolatile(later.value, volatile);
    if (!sameJson(a, b)) out.push(...jsonDiff(a, b).map((entry) => ({ ...entry, path: `GET ${read.path}${entry.path}` })));
  }
  return out;
}
