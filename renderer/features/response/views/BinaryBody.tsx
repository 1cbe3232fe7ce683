import { useMemo } from 'react';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { hexDump } from '../../../../shared/response/hex-dump';
import { formatBytes } from '../format-response';
import { bodyFileName, saveBase64 } from '../save-download';

interface Props {
  readonly response: ResponseSnapshot;
  readonly base64: string;
  readonly truncated: boolean;
}

/** An image shown as itself; other bytes as a hex preview, with Save when the whole body is here. */
export function BinaryBody({ response, base64, truncated }: Props) {
  const contentType = response.contentType;
  const image = !truncated && /^image\/(png|jpe?g|gif|webp|bmp|x-icon|vnd\.microsoft\.icon|avif)\b/i.test(contentType ?? '');
  const lines = useMemo(() => {
    if (image) return [];
    const binary = atob(base64);
    const bytes = new Uint8Array(Math.min(binary.length, 4096));
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return hexDump(bytes);
  }, [base64, image]);
  const save = () => saveBase64(base64, contentType, bodyFileName(response.url, contentType));

  return (
    <div className="binary-body">
      <div className="viewer-toolbar">
        <span className="muted">
          {contentType ?? 'No content type'}, {formatBytes(response.sizeBytes)}
        </span>
        {!truncated && (
          <button type="button" className="button button-small" onClick={save} data-testid="save-body">
            Save…
          </button>
        )}
      </div>
      {image ? (
        <img className="image-preview" src={`data:${contentType ?? 'image/png'};base64,${base64}`} alt={`Response image (${contentType ?? 'image'})`} data-testid="response-image" />
      ) : (
        <>
          <pre className="code-block hex-dump" data-testid="response-body">
            {lines.join('\n')}
          </pre>
          {(truncated || response.sizeBytes > 4096) && <p className="body-note">The hex preview shows the first {formatBytes(Math.min(4096, response.sizeBytes))}.</p>}
        </>
      )}
    </div>
  );
}
