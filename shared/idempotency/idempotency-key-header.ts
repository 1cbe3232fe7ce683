/**
 * Which request headers carry an idempotency key (draft-ietf-httpapi-idempotency-key-header),
 * and how to find one among an operation's declared parameters.
 */
import type { IdempotencyKeyModel, ParameterModel } from '../model/api-model';

/** The draft's header name; the one Roundtrip adds when the document declares none. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

// The draft's name, and the pre-draft "X-" spelling still declared by many APIs (Mercado Pago, others).
const KEY_HEADER_NAMES = new Set(['idempotency-key', 'x-idempotency-key']);

/** True when `name` is a header that carries an idempotency key, whatever its case. */
export function isIdempotencyKeyHeader(name: string): boolean {
  return KEY_HEADER_NAMES.has(name.trim().toLowerCase());
}

/** The idempotency-key header an operation declares among its parameters, if any. */
export function declaredIdempotencyKey(parameters: readonly Pick<ParameterModel, 'in' | 'name' | 'required'>[]): IdempotencyKeyModel | undefined {
  const param = parameters.find((p) => p.in === 'header' && isIdempotencyKeyHeader(p.name));
  return param === undefined ? undefined : { header: param.name, required: param.required };
}

/** The value of the idempotency-key header among `headers`, if one is present and not blank. */
export function idempotencyKeyOf(headers: readonly { readonly name: string; readonly value: string }[]): string | undefined {
  const value = headers.find((h) => isIdempotencyKeyHeader(h.name))?.value.trim();
  return value === undefined || value === '' ? undefined : value;
}
