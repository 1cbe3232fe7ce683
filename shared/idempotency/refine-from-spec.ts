/**
 * Refines the method's idempotency class with what the document says about one operation:
 * a declared Idempotency-Key header, or a vendor extension that states idempotency.
 */
import type { IdempotencyKeyModel, ParameterModel } from '../model/api-model';
import type { IdempotencyClass } from './idempotency-class';
import { classifyMethod } from './classify-method';
import { declaredIdempotencyKey } from './idempotency-key-header';

export interface IdempotencyRefinement {
  readonly idempotency: IdempotencyClass;
  readonly idempotencyKey?: IdempotencyKeyModel;
  /** The vendor extension that set the class, when the document overrides what the method implies. */
  readonly idempotencyStatedBy?: string;
}

/**
 * Boolean extensions that state an operation is (or is not) idempotent, as seen in real documents:
 * `x-idempotent` (generic, emitted by several generators) and Chargebee's `x-cb-is-operation-idempotent`.
 */
const STATING_EXTENSIONS = ['x-idempotent', 'x-cb-is-operation-idempotent'] as const;

// Chargebee marks with its extension the POSTs that accept its own key header instead of declaring it.
const EXTENSION_KEY_HEADERS: Readonly<Record<string, string>> = { 'x-cb-is-operation-idempotent': 'chargebee-idempotency-key' };

/** The class, key header and source for an operation; the raw operation object is read only for extensions. */
export function refineIdempotency(
  method: string,
  operation: Readonly<Record<string, unknown>>,
  parameters: readonly Pick<ParameterModel, 'in' | 'name' | 'required'>[],
): IdempotencyRefinement {
  const byMethod = classifyMethod(method);
  const declared = declaredIdempotencyKey(parameters);
  const stated = STATING_EXTENSIONS.find((name) => typeof operation[name] === 'boolean');
  if (stated === undefined) return declared === undefined ? { idempotency: byMethod } : { idempotency: byMethod, idempotencyKey: declared };

  const value = operation[stated] === true;
  const extensionHeader = EXTENSION_KEY_HEADERS[stated];
  const key = declared ?? (value && extensionHeader !== undefined && byMethod === 'not-idempotent' ? { header: extensionHeader, required: false } : undefined);
  // A key header makes a POST idempotent only when the key is sent, so a key-based "true" keeps the class
  // and says "with a key"; a plain "true" (or "false") is the document's own statement about the operation.
  const idempotency: IdempotencyClass =
    key !== undefined && byMethod === 'not-idempotent' ? byMethod : value ? (byMethod === 'safe' ? 'safe' : 'idempotent') : 'not-idempotent';
  const changed = idempotency !== byMethod;
  return {
    idempotency,
    ...(key === undefined ? {} : { idempotencyKey: key }),
    ...(changed ? { idempotencyStatedBy: stated } : {}),
  };
}
