import type { KeyResponseNote } from '../../../../shared/idempotency/key-lifecycle';

interface Props {
  readonly note?: KeyResponseNote;
}

/** What the last response said about the Idempotency-Key (a replay, 409, 422...), in words; mountable beside a status. */
export function IdempotencyResponseNote({ note }: Props) {
  if (note === undefined) return null;
  return (
    <p className={`key-note key-note-${note.kind}`} role="status" data-testid="key-note" data-kind={note.kind}>
      {note.text}
    </p>
  );
}
