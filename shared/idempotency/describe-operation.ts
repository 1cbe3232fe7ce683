/** How to say, in a label and a sentence, whether repeating one operation is harmless. */
import type { OperationModel } from '../model/api-model';
import { classifyMethod, describeIdempotency, describeMethodIdempotency } from './classify-method';
import type { IdempotencyClass } from './idempotency-class';

/** The marker variant: the three RFC classes, plus a non-idempotent operation that accepts a key. */
export type IdempotencyMark = IdempotencyClass | 'idempotent-with-key';

export interface OperationIdempotencyDescription {
  readonly mark: IdempotencyMark;
  readonly label: string;
  /** One sentence that starts with the label. */
  readonly explanation: string;
  /** An honest caveat (PATCH), or where the class came from (a vendor extension). */
  readonly note?: string;
}

/** The parts of an operation the description needs (a full OperationModel fits). */
export type IdempotencyFacts = Pick<OperationModel, 'idempotency' | 'idempotencyKey' | 'idempotencyStatedBy'> & { readonly method: string };

const PATCH_NOTE =
  'A PATCH may or may not be idempotent: it depends on the patch document. A JSON Merge Patch that sets the same fields ' +
  'usually is; a JSON Patch that adds to an array is not.';

/** Describes an operation's idempotency, refined by its declared key header and vendor extensions. */
export function describeOperationIdempotency(op: IdempotencyFacts): OperationIdempotencyDescription {
  const isPatch = op.method.toUpperCase() === 'PATCH';
  const statedNote =
    op.idempotencyStatedBy !== undefined ? `The document states this with ${op.idempotencyStatedBy}; the method alone would make it ${describeIdempotency(classifyMethod(op.method)).label.toLowerCase()}.` : undefined;
  if (op.idempotency === 'not-idempotent' && op.idempotencyKey !== undefined) {
    const { header, required } = op.idempotencyKey;
    return {
      mark: 'idempotent-with-key',
      label: 'Idempotent with a key',
      explanation:
        `Idempotent with a key: the API accepts an ${header} header (${required ? 'required' : 'optional'}). ` +
        `Sent twice with the same key, it is done once and the first answer is replayed; without a key, sending twice may do it twice (for example, create two orders).`,
      ...(isPatch ? { note: PATCH_NOTE } : {}),
    };
  }
  const base = op.idempotencyStatedBy === undefined && classifyMethod(op.method) === op.idempotency ? describeMethodIdempotency(op.method) : describeIdempotency(op.idempotency);
  const note = statedNote ?? (isPatch && op.idempotency === 'not-idempotent' ? PATCH_NOTE : undefined);
  const explanation =
    isPatch && op.idempotency === 'not-idempotent' && op.idempotencyStatedBy === undefined
      ? 'Not idempotent: PATCH is not guaranteed to be; sending it twice may apply the change twice.'
      : base.explanation;
  return { mark: op.idempotency, label: base.label, explanation, ...(note === undefined ? {} : { note }) };
}
