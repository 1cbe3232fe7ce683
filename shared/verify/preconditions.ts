/**
 * Conditional request headers (RFC 9110 §13.1) a verify request fills from the resource itself:
 * If-Match from a GET's ETag, If-Unmodified-Since from its Last-Modified. A generated entity tag
 * matches nothing, and the 412 it rightly gets says nothing about the operation.
 */
import type { OperationModel } from '../model/api-model';
import { paramKey } from '../request/build-request';
import { CONDITIONAL_HEADERS, PRECONDITION_SOURCES } from '../request/precondition-headers';
import type { HeaderEntry } from '../request/request-model';
import type { RequestCase } from './request-case';

/** The precondition header parameters of `op` that `testCase` sends with a generated value (not one it breaks on purpose). */
export function preconditionParams(op: OperationModel, testCase: RequestCase): { readonly key: string; readonly source: string }[] {
  return op.parameters
    .filter((p) => p.in === 'header' && PRECONDITION_SOURCES[p.name.toLowerCase()] !== undefined)
    .filter((p) => testCase.params[paramKey(p)] !== undefined && !testCase.label.startsWith(`${p.name}:`))
    .map((p) => ({ key: paramKey(p), source: PRECONDITION_SOURCES[p.name.toLowerCase()] ?? '' }));
}

/** `testCase` with each precondition filled from the resource's current validators; those the read lacked keep their value. */
export function withPreconditions(testCase: RequestCase, wanted: readonly { readonly key: string; readonly source: string }[], read: readonly HeaderEntry[]): RequestCase {
  const params = { ...testCase.params };
  for (const { key, source } of wanted) {
    const value = read.find((h) => h.name.toLowerCase() === source)?.value;
    if (value !== undefined) params[key] = value;
  }
  return { ...testCase, params };
}

/** Whether a request carries a conditional header, so that a 412 answers its condition rather than refusing its values. */
export function isConditional(headers: readonly HeaderEntry[]): boolean {
  return headers.some((h) => CONDITIONAL_HEADERS.has(h.name.toLowerCase()));
}
