import type { DownloadProgress } from '../exchange-store';
import { formatBytes } from '../format-response';

interface Props {
  readonly progress?: DownloadProgress;
  readonly onCancel: () => void;
}

/** While a request runs: a spinner or a download bar, and the Cancel button. */
export function SendingProgress({ progress, onCancel }: Props) {
  const total = progress?.totalBytes;
  return (
    <div className="sending">
      {/* Not a live region: the panel's one announcement says "Sending…"; byte counts would chatter. */}
      <p className="loading">
        <span className="spinner" aria-hidden="true" />
        {progress ? `Downloading… ${formatBytes(progress.receivedBytes)}${total ? ` of ${formatBytes(total)}` : ''}` : 'Waiting for the response…'}
      </p>
      {progress && (
        <progress className="download-progress" aria-label="Download progress" data-testid="download-progress" max={total ?? undefined} value={total ? Math.min(progress.receivedBytes, total) : undefined} />
      )}
      <button type="button" className="button button-small" onClick={onCancel} data-testid="cancel-request">
        Cancel
      </button>
    </div>
  );
}
