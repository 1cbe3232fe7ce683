import { useState } from 'react';
import { curlCommand } from '../../../../shared/request/curl-command';
import type { RequestDescription } from '../../../../shared/request/request-model';

interface Props {
  readonly request?: RequestDescription;
  readonly secrets: readonly string[];
}

/** Copies the request as the exact curl command, secrets redacted unless the person asks otherwise. */
export function CopyAsCurl({ request, secrets }: Props) {
  const [redact, setRedact] = useState(true);
  const [copied, setCopied] = useState<string>();
  if (request === undefined) return null;
  const command = curlCommand(request, redact ? { secrets, redactCredentialHeaders: true } : {});
  return (
    <details className="curl-box" data-testid="curl-box">
      <summary>curl</summary>
      <div className="curl-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            navigator.clipboard.writeText(command).then(
              () => setCopied('Copied.'),
              () => setCopied('The clipboard refused: select the command below and copy it.'),
            );
          }}
          data-testid="copy-curl"
        >
          Copy as curl
        </button>
        <label className="auth-without">
          <input type="checkbox" checked={redact} onChange={(event) => setRedact(event.target.checked)} data-testid="curl-redact" />
          Redact secrets
        </label>
        {copied !== undefined && <span className="field-type" role="status">{copied}</span>}
      </div>
      <pre className="curl-command" data-testid="curl-command">
        {command}
      </pre>
    </details>
  );
}
