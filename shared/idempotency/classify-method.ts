/** Which HTTP methods are safe or idempotent (RFC 9110 section 9.2), and how to say so to a person. */
import type { IdempotencyClass } from './idempotency-class';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
const IDEMPOTENT = new Set(['PUT', 'DELETE']);

export interface IdempotencyDescription {
  readonly label: string;
  readonly explanation: string;
}

/** Classifies a method name, case-insensitively; unknown methods are assumed not idempotent. */
export function classifyMethod(method: string): IdempotencyClass {
  const upper = method.trim().toUpperCase();
  if (SAFE.has(upper)) return 'safe';
  if (IDEMPOTENT.has(upper)) return 'idempotent';
  return 'not-idempotent';
}

/** A short label and a one-line practical explanation of an idempotency class. */
export function describeIdempotency(cls: IdempotencyClass): IdempotencyDescription {
  switch (cls) {
    case 'safe':
      return { label: 'Safe', explanation: 'Safe: it only reads; sending it again changes nothing on the server.' };
    case 'idempotent':
      return { label: 'Idempotent', explanation: 'Idempotent: sending it twice has the same effect as sending it once.' };
    case 'not-idempotent':
      return {
        label: 'Not idempotent',
        explanation: 'Not idempotent: sending it twice may do it twice (for example, create two orders).',
      };
  }
}

/** Describes a method's idempotency, with an honest note for PATCH, whose answer depends on the patch. */
export function describeMethodIdempotency(method: string): IdempotencyDescription & { readonly note?: string } {
  const description = describeIdempotency(classifyMethod(method));
  if (method.trim().toUpperCase() !== 'PATCH') return description;
  return {
    ...description,
    note:
      'It depends on the patch document: a merge patch that sets the same fields is usually idempotent; ' +
      'a JSON Patch that adds to an array is not.',
  };
}
