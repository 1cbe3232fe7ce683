import { useId, useLayoutEffect, useRef } from 'react';
import { describeIdempotency } from '../../../../shared/idempotency/classify-method';
import type { RequestDescription } from '../../../../shared/request/request-model';

interface Props {
  readonly request: RequestDescription;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** The key header the API declares: offered as "Send with a new <header>". */
  readonly keyHeader?: string;
  readonly onConfirmWithKey?: () => void;
}

function consequence(method: string): string {
  if (method === 'POST') return 'create a second item';
  if (method === 'PATCH') return 'apply the change a second time';
  return 'do it a second time';
}

/** Asks before repeating a request that is not idempotent; Cancel is the focused, safe choice. */
export function ConfirmResendDialog({ request, onConfirm, onCancel, keyHeader, onConfirmWithKey }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const { label } = describeIdempotency('not-idempotent');
  const idempotencyKey = request.headers.find((h) => h.name.toLowerCase() === 'idempotency-key')?.value;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    cancelRef.current?.focus();
    // Closing (rather than just removing) lets the browser return focus to the Send button.
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="confirm-dialog"
    >
      <h2 id={`${id}-title`} className="confirm-title">
        Send this {request.method} again?
      </h2>
      <p id={`${id}-text`}>
        You already sent this {request.method} with the same URL and body. {request.method} is {label.toLowerCase()}: sending it again may{' '}
        {consequence(request.method)}.
        {keyHeader !== undefined && ` The API accepts an ${keyHeader} header: “Send with a new key” sends it with a fresh key, so any retry of it can be recognised and not repeated.`}
      </p>
      {idempotencyKey !== undefined && (
        <p data-testid="confirm-key-note">
          It carries the same Idempotency-Key (<code>{idempotencyKey}</code>): a server that honours the key answers with the first result instead of
          doing it again. {/* The guard asks about a keyed request only when nothing shows the server honours the key (resend-guard.ts). */}
          {`But the document does not say this API honours it, and no answer so far was a replay: if it ignores the key, sending again will ${consequence(request.method)}. `}
          Use a new key if you mean a new {request.method}.
        </p>
      )}
      <p className="confirm-url">
        <code>{request.url}</code>
      </p>
      <div className="confirm-actions">
        <button type="button" className="button" ref={cancelRef} onClick={onCancel} data-testid="confirm-cancel">
          Cancel
        </button>
        {keyHeader !== undefined && onConfirmWithKey !== undefined && (
          <button type="button" className="button" onClick={onConfirmWithKey} data-testid="confirm-send-with-key">
            Send with a new key
          </button>
        )}
        <button type="button" className="button button-danger" onClick={onConfirm} data-testid="confirm-send-again">
          Send anyway
        </button>
      </div>
    </dialog>
  );
}
