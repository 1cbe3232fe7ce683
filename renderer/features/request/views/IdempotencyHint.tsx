import { describeOperationIdempotency } from '../../../../shared/idempotency/describe-operation';
import type { OperationModel } from '../../../../shared/model/api-model';
import { IDEMPOTENCY_GLYPHS } from '../../../components/IdempotencyMarker';

interface Props {
  readonly op: OperationModel;
}

/** Tells, before sending, whether sending this operation twice is harmless, refined by what the document declares. */
export function IdempotencyHint({ op }: Props) {
  const description = describeOperationIdempotency(op);
  // The explanation opens with its label ("Safe: it only reads…"); say it once.
  const prefix = `${description.label}:`;
  const text = description.explanation.startsWith(prefix) ? description.explanation.slice(prefix.length).trim() : description.explanation;
  return (
    <div className={`idem-hint idem-hint-${description.mark}`} data-testid="idempotency-hint" data-mark={description.mark}>
      <span className="idem-hint-glyph" aria-hidden="true">
        {IDEMPOTENCY_GLYPHS[description.mark]}
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
