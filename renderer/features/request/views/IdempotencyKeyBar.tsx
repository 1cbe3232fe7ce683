import type { RequestFormApi } from '../use-request-form';

interface Props {
  readonly form: RequestFormApi;
}

/**
 * The request's Idempotency-Key, shown: the key in use with New key (a new logical request), or a
 * one-click "Add Idempotency-Key" for a POST/PATCH whose document declares no key header.
 */
export function IdempotencyKeyBar({ form }: Props) {
  const { op, key } = form;
  const declared = op.idempotencyKey !== undefined;
  if (!declared && op.idempotency !== 'not-idempotent') return null;

  if (key === undefined) {
    if (declared) {
      return (
        <div className="key-bar" data-testid="key-bar">
          <span className="key-bar-label">No {op.idempotencyKey?.header} on this request: sending it twice may do it twice.</span>
          <button type="button" className="button button-small" onClick={form.renewKey} data-testid="new-key-button">
            New key
          </button>
        </div>
      );
    }
    return (
      <div className="key-bar" data-testid="key-bar">
        <span className="key-bar-label">Retries are safer with a key, if the API honours the Idempotency-Key header.</span>
        <button type="button" className="button button-small" onClick={form.addKey} data-testid="add-key-button">
          Add Idempotency-Key
        </button>
      </div>
    );
  }

  return (
    <div className="key-bar key-bar-active" data-testid="key-bar">
      <span className="key-bar-label">
        {key.header}: <code data-testid="key-value">{key.value}</code>
      </span>
      <span className="key-bar-help">Kept when you retry; a changed method, URL or body gets a new one, as does New key.</span>
      <label className="auth-without" title="Send this key even after the method, URL or body change">
        <input type="checkbox" checked={form.form.keyPinned === true} onChange={(event) => form.setKeyPinned(event.target.checked)} data-testid="key-pin" />
        Pin key
      </label>
      <span className="key-bar-actions">
        <button type="button" className="button button-small" onClick={form.renewKey} data-testid="new-key-button">
          New key
        </button>
        {!key.declared && (
          <button type="button" className="button button-small" onClick={form.removeKey} data-testid="remove-key-button">
            Remove
          </button>
        )}
      </span>
    </div>
  );
}
