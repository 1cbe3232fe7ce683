import { describeIdempotency } from '../../shared/idempotency/classify-method';
import type { IdempotencyClass } from '../../shared/idempotency/idempotency-class';

export const IDEMPOTENCY_GLYPHS: Readonly<Record<IdempotencyClass, string>> = { safe: '✓', idempotent: '↻', 'not-idempotent': '!' };

interface Props {
  readonly idempotency: IdempotencyClass;
}

/** A compact mark for how safe an operation is to repeat; the explanation is in its tooltip. */
export function IdempotencyMarker({ idempotency }: Props) {
  const { label, explanation } = describeIdempotency(idempotency);
  return (
    <span className={`idem-marker idem-${idempotency}`} title={explanation}>
      <span aria-hidden="true">{IDEMPOTENCY_GLYPHS[idempotency]}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
