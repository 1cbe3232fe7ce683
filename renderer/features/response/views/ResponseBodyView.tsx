import { useMemo } from 'react';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { displayText, formatBytes } from '../format-response';

interface Props {
  readonly response: ResponseSnapshot;
}

/** The body as readable text: pretty JSON, raw text, a binary note, or "No body". */
export function ResponseBodyView({ response }: Props) {
  const { body, contentType } = response;
  const shown = useMemo(() => (body.kind === 'text' ? displayText(body, contentType) : undefined), [body, contentType]);

  if (body.kind === 'empty') {
    return (
      <p className="muted body-empty" data-testid="response-body">
        No body
      </p>
    );
  }
  if (body.kind === 'binary') {
    return (
      <div data-testid="response-body">
        <p className="body-note">
          Binary body ({contentType ?? 'no content type'}, {formatBytes(response.sizeBytes)}), not shown as text. Preview: {body.base64Preview.length}{' '}
          base64 characters{body.truncated ? ', truncated' : ''}.
        </p>
        <details>
          <summary>Show base64 preview</summary>
          <pre className="code-block code-wrap">{body.base64Preview}</pre>
        </details>
      </div>
    );
  }
  return (
    <div>
      {body.truncated && <p className="body-note">The body was too large to show whole; this is its beginning.</p>}
      <pre className={shown?.json ? 'code-block code-json' : 'code-block'} data-testid="response-body">
        {shown?.text}
      </pre>
    </div>
  );
}
