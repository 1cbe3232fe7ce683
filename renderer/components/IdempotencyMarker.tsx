import { useEffect, useId, useRef } from 'react';
import { describeOperationIdempotency, type IdempotencyFacts, type IdempotencyMark } from '../../shared/idempotency/describe-operation';
import type { IdempotencyClass } from '../../shared/idempotency/idempotency-class';
import { placeTip } from './tip-placement';

export const IDEMPOTENCY_GLYPHS: Readonly<Record<IdempotencyMark, string>> = { safe: '✓', idempotent: '↻', 'not-idempotent': '!', 'idempotent-with-key': '⚷' };

interface Props {
  readonly idempotency: IdempotencyClass;
  /** With the method and the spec's refinements the mark can say "idempotent with a key" and the PATCH caveat. */
  readonly method?: string;
  readonly idempotencyKey?: IdempotencyFacts['idempotencyKey'];
  readonly idempotencyStatedBy?: string;
  /** A stand-alone mark takes focus itself; inside a button (the sidebar row) the button's focus shows the tip. */
  readonly focusable?: boolean;
}

/**
 * A compact mark for how safe an operation is to repeat. Its explanation shows on hover and on
 * keyboard focus (of the mark, or of the row that holds it) and is read by screen readers.
 */
export function IdempotencyMarker({ idempotency, method, idempotencyKey, idempotencyStatedBy, focusable = false }: Props) {
  const id = useId();
  const facts: IdempotencyFacts = {
    method: method ?? (idempotency === 'safe' ? 'GET' : idempotency === 'idempotent' ? 'PUT' : 'POST'),
    idempotency,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(idempotencyStatedBy === undefined ? {} : { idempotencyStatedBy }),
  };
  const { mark, label, explanation, note } = describeOperationIdempotency(facts);
  const tip = note === undefined ? explanation : `${explanation} ${note}`;
  const markerRef = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  // The tip shows on hover of the mark and on focus of the mark or of the row holding it; placed in window
  // coordinates just before, so the scrolling list around the row cannot cut it off.
  useEffect(() => {
    const marker = markerRef.current;
    const tipBox = tipRef.current;
    if (!marker || !tipBox) return;
    const place = (): void => {
      // Measured while shown for a moment: hidden, it has no size yet.
      tipBox.style.display = 'block';
      const size = { width: tipBox.offsetWidth, height: tipBox.offsetHeight };
      tipBox.style.display = '';
      const at = placeTip(marker.getBoundingClientRect(), size, { width: window.innerWidth, height: window.innerHeight });
      tipBox.style.left = `${at.left}px`;
      tipBox.style.top = `${at.top}px`;
    };
    const row = marker.closest('button') ?? marker;
    marker.addEventListener('mouseenter', place);
    row.addEventListener('focus', place);
    return () => {
      marker.removeEventListener('mouseenter', place);
      row.removeEventListener('focus', place);
    };
  }, []);
  return (
    <span
      ref={markerRef}
      className={`idem-marker idem-${mark}`}
      tabIndex={focusable ? 0 : undefined}
      aria-describedby={focusable ? `${id}-tip` : undefined}
      data-testid="idempotency-marker"
      data-mark={mark}
    >
      <span aria-hidden="true">{IDEMPOTENCY_GLYPHS[mark]}</span>
      <span className="visually-hidden">{label}</span>
      {/* Inside a button the label already names the mark; the tip is for sighted keyboard and mouse users. */}
      <span ref={tipRef} id={`${id}-tip`} role="tooltip" className="idem-tip" aria-hidden={focusable ? undefined : true} data-testid="idempotency-tip">
        {tip}
      </span>
    </span>
  );
}
