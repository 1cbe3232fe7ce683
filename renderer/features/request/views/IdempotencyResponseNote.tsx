import type { KeyResponseNote } from '../../../../shared/idempotency/key-lifecycle';

interface Props {
  readonly note?: KeyResponseNote;
  /** Where the note also shows beside the response's status, it needs its own test id. */
  readonly testId?: string;
}

/** What the last response said about the Idempotency-Key (a replay, 409, 422...), in words. */
export function IdempotencyResponseNote({ note, testId = 'key-note' }: Props) {
  if (note === undefined) return null;
  return (
    <p className={`key-note key-note-${note.kind}`} role="status" data-testid={testId} data-kind={note.kind}>
      {note.text}
    </p>
  );
}
