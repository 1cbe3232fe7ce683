/**
 * Conditional request headers (RFC 9110 §13.1) a verify request fills from the resource itself:
 * If-Match from a GET's ETag, If-Unmodified-Since from its Last-Modified. A generated entity tag
 * matches nothing, and the 412 it rightly gets says nothing about the operation.
 */
import type { OperationModel } from '../model/api-model';
import { paramKey } from '../request/build-request';
import type { HeaderEntry } from '../request/request-model';
import type { RequestCase } from './request-case';

/** The response header each precondition header takes its value from. */
const SOURCES: Readonly<Record<string, string>> = { 'if-match': 'etag', 'if-unmodified-since': 'last-modified' };

/** Request headers that make a request conditional: a 412 to one of them is about the resource's state. */
const CONDITIONAL = new Set(['if-match', 'if-none-match', 'if-unmodified-since', 'if-modified-since']);

/** The precondition header parameters of `op` that `testCase` sends with a generated value (not one it breaks on purpose). */
export function preconditionParams(op: OperationModel, testCase: RequestCase): { readonly key: string; readonly source: string }[] {
  return op.parameters
    .filter((p) => p.in === 'header' && SOURCES[p.name.toLowerCase()] !== undefined)
    .filter((p) => testCase.params[paramKey(p)] !== undefined && !testCase.label.startsWith(`${p.name}:`))
    .map((p) => ({ key: paramKey(p), source: SOURCES[p.name.toLowerCase()] ?? '' }));
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
  return headers.some((h) => CONDITIONAL.has(h.name.toLowerCase()));
}
