import { useState } from 'react';
import type { LoginStart } from '../../../../shared/auth/login-inputs';
import { expiryText } from '../../../../shared/auth/token-status';
import { useNow } from '../use-now';

interface Props {
  readonly start: Extract<LoginStart, { flow: 'deviceCode' }>;
  readonly onCancel: () => void;
}

/** The device login's user code to copy and where to enter it, while the main process polls. */
export function DeviceCodeBox({ start, onCancel }: Props) {
  const [copied, setCopied] = useState<string>();
  const now = useNow(true);
  return (
    <div className="oauth-device" data-testid="oauth-device">
      <p className="field-help">
        Open{' '}
        <a href={start.verificationUriComplete ?? start.verificationUri} target="_blank" rel="noopener noreferrer" data-testid="oauth-device-uri">
          {start.verificationUri}
        </a>{' '}
        on any device and enter this code:
      </p>
      <span className="input-row">
        <code className="oauth-user-code" data-testid="oauth-user-code">
          {start.userCode}
        </code>
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            navigator.clipboard.writeText(start.userCode).then(
              () => setCopied('Copied.'),
              () => setCopied('The clipboard refused: select the code and copy it.'),
            )
          }
        >
          Copy code
        </button>
        <button type="button" className="button button-small button-ghost" onClick={onCancel}>
          Cancel
        </button>
      </span>
      <p className="field-help" aria-live="polite">
        Waiting for the approval (checked every {start.intervalSeconds} s); the code {expiryText(start.expiresAt, now)}.{copied === undefined ? '' : ` ${copied}`}
      </p>
    </div>
  );
}
