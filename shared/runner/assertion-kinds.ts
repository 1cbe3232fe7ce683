/**
 * What the page needs of assertions without their schemas: the JSON comparisons, the JSON types and
 * an assertion's short name. Kept apart from assertion-model (zod) so the page's start-up bundle does
 * not carry the validator; the Tests tab loads that when it opens.
 */
import type { Assertion } from './assertion-model';

/** JSON comparisons: equality, membership, pattern, type, number bounds (chai's above/below/least/most) and length. */
export const JSON_OPS = ['exists', 'absent', 'equals', 'contains', 'matches', 'type', 'above', 'below', 'at-least', 'at-most', 'length'] as const;

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** A short name for an assertion, as the live table and reports list it. */
export function describeAssertion(assertion: Assertion): string {
  switch (assertion.type) {
    case 'status':
      return `status is ${assertion.equals}`;
    case 'status-range':
      return `status in ${assertion.min}-${assertion.max}`;
    case 'status-in':
      return `status is one of ${assertion.codes.join(', ')}`;
    case 'body':
      return `body ${assertion.op} ${JSON.stringify(assertion.value)}`;
    case 'header':
      return `header ${assertion.name} ${assertion.op}${assertion.value === undefined ? '' : ` ${assertion.value}`}`;
    case 'json':
      return `${assertion.path || '(body)'} ${assertion.op}${assertion.value === undefined ? '' : ` ${JSON.stringify(assertion.value)}`}`;
    case 'response-time':
      return `response time below ${assertion.belowMs} ms`;
    case 'conforms':
      return 'body conforms to the spec';
    case 'idempotent':
      return 'idempotency check passes';
  }
}
