import { explainKeyResponse, type KeyResponseNote } from '../../../../shared/idempotency/key-lifecycle';
import type { RequestDescription, ResponseSnapshot } from '../../../../shared/request/request-model';

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

interface ExchangeProps {
  readonly request: RequestDescription;
  readonly response: ResponseSnapshot;
  /** The operation declares an idempotency-key header (OperationModel.idempotencyKey), so a bare 400 may be about it. */
  readonly keyDeclared: boolean;
  /** An earlier request of the same form carried this key (so a 422 may mean it was reused). */
  readonly keyUsedBefore?: boolean;
  readonly testId?: string;
}

/** The same explanation computed from an exchange, for mounting beside a response's status line. */
export function KeyResponseExplanation({ request, response, keyDeclared, keyUsedBefore = false, testId }: ExchangeProps) {
  return <IdempotencyResponseNote note={explainKeyResponse(request, response, keyDeclared, keyUsedBefore)} {...(testId === undefined ? {} : { testId })} />;
}
