import type { AppError } from '../../../../shared/ipc/result';
import type { ResendOverrides } from '../use-responses';

interface Props {
  readonly error: AppError;
  readonly onResend: (overrides: ResendOverrides) => void;
}

const LONGER_DEADLINE_MS = 120_000;

/** Why no response came, with the one-off way out when there is one. */
export function FailureAlert({ error, onResend }: Props) {
  const cancelled = error.code === 'cancelled';
  return (
    <div className={cancelled ? 'alert alert-warning' : 'alert alert-error'} role="alert" data-testid="response-error">
      <strong className="alert-title">{cancelled ? 'Cancelled' : 'No response'}</strong>
      <p className="alert-message">{error.message}</p>
      {error.code === 'tls-certificate' && (
        <button type="button" className="button button-small" data-testid="allow-invalid-certificate" onClick={() => onResend({ allowInvalidCertificate: true })}>
          Allow invalid certificate and send once
        </button>
      )}
      {error.code === 'timeout' && (
        <button type="button" className="button button-small" onClick={() => onResend({ timeoutMs: LONGER_DEADLINE_MS })}>
          Send again with a 2 min deadline
        </button>
      )}
    </div>
  );
}
