/**
 * Judges the idempotency check from what was observed: the answers to two identical sends and,
 * where the document has a GET for it, the state read after each. Pure: the sending is done by
 * electron/services/idempotency-check.
 */
import type { HttpMethod } from '../model/api-model';
import type { CheckPlan } from './check-plan';
import { jsonDiff, type DiffEntry } from './json-diff';
import { isRecord } from '../values/is-record';

/** One HTTP answer as the check needs it: status, the replay header, and the body parsed as JSON if it is. */
export interface Observed {
  readonly status: number;
  readonly replayed?: boolean;
  readonly json?: unknown;
}

export interface CheckExchange {
  readonly label: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly status?: number;
  readonly error?: string;
}

export interface CheckInput {
  readonly method: HttpMethod;
  /** The request's URL path ("/items/3"), as the summary names it. */
  readonly target: string;
  readonly plan: CheckPlan;
  readonly first: Observed;
  readonly second: Observed;
  readonly stateAfterFirst?: Observed;
  readonly stateAfterSecond?: Observed;
  /** For a plan that reads the created resource: the id each answer gave, by the document's rule. */
  readonly createdIds?: readonly [string | undefined, string | undefined];
}

export interface CheckReport {
  readonly verdict: 'idempotent' | 'not-idempotent' | 'inconclusive';
  /** One sentence: "PUT /items/3 is idempotent: state after 1st and 2nd send identical". */
  readonly summary: string;
  /** Evidence and expected differences, one sentence each. */
  readonly details: readonly string[];
  /** State after the 1st send versus after the 2nd (or the two answers when no state could be read). */
  readonly diff: readonly DiffEntry[];
  readonly exchanges: readonly CheckExchange[];
}

// Fields a server may legitimately touch on every write (timestamps, versions): a change there is not a second effect.
const VOLATILE = /(^|\/)(updated_?at|modified_?at|last_?modified|timestamp|etag|version|request_?id)$/i;

function isOk(status: number): boolean {
  return status >= 200 && status < 300;
}

function idOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = value['id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function plural(noun: string): string {
  if (noun.endsWith('y')) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}

/** The verdict, its one-line summary, the evidence and the diff; `exchanges` is filled in by the caller. */
export function judgeIdempotency(input: CheckInput): Omit<CheckReport, 'exchanges'> {
  const { method, target, plan, first, second } = input;
  const name = `${method} ${target}`;
  const withKey = plan.key !== undefined ? ' with the same Idempotency-Key' : '';
  const details: string[] = [];

  if (method === 'DELETE' && !isOk(first.status)) {
    return {
      verdict: 'inconclusive',
      summary: `${name}: the first DELETE answered ${first.status}, so there was nothing to delete. Point it at an existing resource and check again.`,
      details,
      diff: [],
    };
  }
  if (method !== 'DELETE' && !isOk(first.status)) {
    return {
      verdict: 'inconclusive',
      summary: `${name}: the first send answered ${first.status}, so the check learned nothing. Fix the request until it succeeds, then check again.`,
      details,
      diff: [],
    };
  }
  if (method === 'DELETE' && (second.status === 404 || second.status === 410)) {
    details.push(`The second DELETE answered ${second.status}: that is still idempotent, the resource is gone either way and the state is the same.`);
  } else if (first.status !== second.status) {
    details.push(`The answers differ (${first.status}, then ${second.status}); idempotency is about the state on the server, not identical answers.`);
  }
  if (second.replayed === true) details.push('The second answer carries Idempotent-Replayed: the server recognised the key and replayed the first answer.');

  const firstId = input.createdIds?.[0] ?? idOf(first.json);
  const secondId = input.createdIds?.[1] ?? idOf(second.json);
  if (method === 'POST' && plan.readScope === 'created' && firstId !== undefined && secondId !== undefined && firstId !== secondId) {
    return { verdict: 'not-idempotent', summary: `${name}${withKey} created two ${plural(plan.noun)}: ids ${firstId} and ${secondId}.`, details, diff: jsonDiff(first.json, second.json) };
  }
  const a = input.stateAfterFirst;
  const b = input.stateAfterSecond;
  if (a !== undefined && b !== undefined && (isOk(a.status) || a.status === 404) && (isOk(b.status) || b.status === 404)) {
    const all = a.status === b.status ? jsonDiff(a.json, b.json) : [{ path: '', kind: 'changed' as const, before: `HTTP ${a.status}`, after: `HTTP ${b.status}` }];
    const volatile = all.filter((d) => VOLATILE.test(d.path));
    const real = all.filter((d) => !VOLATILE.test(d.path));
    if (volatile.length > 0) details.push(`Only bookkeeping fields changed besides (${volatile.map((d) => d.path).join(', ')}); they are not a second effect.`);
    if (real.length === 0) {
      return { verdict: 'idempotent', summary: `${name} is idempotent${withKey}: state after 1st and 2nd send identical.`, details, diff: all };
    }
    const added = real.filter((d) => d.kind === 'added');
    if (method === 'POST' && added.length > 0) {
      const ids = firstId !== undefined && secondId !== undefined && firstId !== secondId ? [firstId, secondId] : [firstId, ...added.map((d) => idOf(d.after))].filter((x): x is string => x !== undefined);
      const idText = ids.length >= 2 ? `: ids ${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}` : '';
      return { verdict: 'not-idempotent', summary: `${name}${withKey} created two ${plural(plan.noun)}${idText}.`, details, diff: real };
    }
    return {
      verdict: 'not-idempotent',
      summary: `${name} is not idempotent${withKey}: the state after the 2nd send differs from the state after the 1st (${real.length} difference${real.length === 1 ? '' : 's'}).`,
      details,
      diff: real,
    };
  }

  // No state to read: the answers are the only evidence.
  details.push(
    plan.readUrl === undefined
      ? 'The document has no GET for this resource or its collection, so only the two answers were compared.'
      : plan.readScope === 'created' && firstId === undefined
        ? `The first answer named no ${plan.noun} id to read it back with, so only the two answers were compared.`
        : 'The state could not be read after both sends, so only the two answers were compared.',
  );
  if (method === 'POST' && firstId !== undefined && secondId !== undefined && firstId !== secondId) {
    return { verdict: 'not-idempotent', summary: `${name}${withKey} created two ${plural(plan.noun)}: ids ${firstId} and ${secondId}.`, details, diff: jsonDiff(first.json, second.json) };
  }
  const diff = isOk(second.status) ? jsonDiff(first.json, second.json).filter((d) => !VOLATILE.test(d.path)) : [];
  if (diff.length === 0) return { verdict: 'idempotent', summary: `${name} looks idempotent${withKey}: both sends gave the same answer.`, details, diff };
  return { verdict: 'inconclusive', summary: `${name}: the two answers differ and the state could not be read, so the check cannot tell.`, details, diff };
}
