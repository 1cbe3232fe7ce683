/**
 * Plans the idempotency check for one request: whether it applies (PUT, DELETE, or a POST/PATCH
 * carrying an Idempotency-Key) and which GET reads the state it changes (the same path, else the
 * collection it belongs to).
 */
import type { ApiModel, OperationModel } from '../model/api-model';
import type { RequestDescription } from '../request/request-model';
import { createdIdRule, type CreatedIdRule } from '../verify/link-expression';
import { itemPathOf, lastParameter } from '../verify/resource-chain';
import { idempotencyKeyOf } from './idempotency-key-header';

export interface CheckPlan {
  /** The state read after each send, when the document has a GET for it. */
  readonly readUrl?: string;
  /**
   * What the read shows: the resource itself, the collection it is in, or (for a POST whose
   * collection has no GET) the resource the first answer created, `readUrl` then being a template.
   */
  readonly readScope?: 'resource' | 'collection' | 'created';
  /** For 'created': how to read the new resource's id from an answer, to fill `readUrl` with. */
  readonly createdId?: CreatedIdRule;
  /** The idempotency key the check reuses for both sends, for a POST/PATCH. */
  readonly key?: string;
  /** A human label of the resource kind, from the path ("orders" -> "order"). */
  readonly noun: string;
}

export type CheckEligibility = { readonly ok: true; readonly plan: CheckPlan } | { readonly ok: false; readonly why: string };

function parentPath(path: string): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  return cut <= 0 ? undefined : trimmed.slice(0, cut);
}

/** The singular of the path's last literal segment, for evidence sentences: "/orders/{id}" -> "order". */
export function resourceNoun(path: string): string {
  const segment = path.split('/').filter((s) => s !== '' && !s.startsWith('{')).pop() ?? 'item';
  if (segment.endsWith('ies')) return `${segment.slice(0, -3)}y`;
  if (segment.endsWith('s') && !segment.endsWith('ss')) return segment.slice(0, -1);
  return segment;
}

function stripQuery(url: string): string {
  const at = url.search(/[?#]/);
  return at < 0 ? url : url.slice(0, at);
}

/** Whether the check applies to `request` of `op`, and how to read the state it changes. */
export function planIdempotencyCheck(op: OperationModel, model: Pick<ApiModel, 'operations'>, request: RequestDescription): CheckEligibility {
  const key = idempotencyKeyOf(request.headers);
  const method = request.method;
  if (method !== 'PUT' && method !== 'DELETE' && !((method === 'POST' || method === 'PATCH') && key !== undefined)) {
    const why =
      method === 'POST' || method === 'PATCH'
        ? `The check sends the request twice; a ${method} without an Idempotency-Key would simply do it twice. Add a key first.`
        : `${method} is safe: it changes nothing, so there is nothing to check.`;
    return { ok: false, why };
  }
  const noun = resourceNoun(op.path);
  const hasGet = (path: string): boolean => model.operations.some((o) => o.method === 'GET' && o.path === path);
  const base = { noun, ...(key === undefined ? {} : { key }) };
  // A POST creates inside a collection, so its own path's GET is the collection's listing.
  if (hasGet(op.path)) return { ok: true, plan: { ...base, readUrl: stripQuery(request.url), readScope: method === 'POST' ? 'collection' : 'resource' } };
  const parent = parentPath(op.path);
  const url = parentPath(stripQuery(request.url));
  if (parent !== undefined && url !== undefined && hasGet(parent)) return { ok: true, plan: { ...base, readUrl: url, readScope: 'collection' } };
  // A POST whose collection cannot be listed: read back the one resource it created (GET /orders/{order_id}).
  const itemPath = method === 'POST' ? itemPathOf(op.path, model) : undefined;
  const parameter = itemPath === undefined ? undefined : lastParameter(itemPath);
  if (itemPath !== undefined && parameter !== undefined && hasGet(itemPath)) {
    return { ok: true, plan: { ...base, readUrl: `${stripQuery(request.url).replace(/\/+$/, '')}/{${parameter}}`, readScope: 'created', createdId: createdIdRule(op, itemPath, model) } };
  }
  return { ok: true, plan: base };
}
