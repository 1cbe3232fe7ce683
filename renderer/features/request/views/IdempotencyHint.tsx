import {
  classifyMethod,
  describeIdempotency,
  describeMethodIdempotency,
  type IdempotencyDescription,
} from '../../../../shared/idempotency/classify-method';
import type { OperationModel } from '../../../../shared/model/api-model';
import { IDEMPOTENCY_GLYPHS } from '../../../components/IdempotencyMarker';

interface Props {
  readonly op: OperationModel;
}

/** Tells, before sending, whether sending this operation twice is harmless. */
export function IdempotencyHint({ op }: Props) {
  // The model's class wins; the method's own description (with its PATCH note) applies when they agree.
  const description: IdempotencyDescription & { readonly note?: string } = classifyMethod(op.method) === op.idempotency ? describeMethodIdempotency(op.method) : describeIdempotency(op.idempotency);
  // The explanation may already open with its label ("Safe: it only reads…"); say it once.
  const prefix = `${description.label}:`;
  const text = description.explanation.startsWith(prefix) ? description.explanation.slice(prefix.length).trim() : description.explanation;
  return (
    <div className={`idem-hint idem-hint-${op.idempotency}`} data-testid="idempotency-hint">
      <span className="idem-hint-glyph" aria-hidden="true">
        {IDEMPOTENCY_GLYPHS[op.idempotency]}
      </span>
      <div>
        <p>
          <strong className="idem-hint-label">{description.label}:</strong> {text}
        </p>
        {description.note !== undefined && <p className="idem-hint-note">{description.note}</p>}
      </div>
    </div>
  );
}
