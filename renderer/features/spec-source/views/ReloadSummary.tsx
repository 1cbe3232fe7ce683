import type { AppError } from '../../../../shared/ipc/result';
import type { OperationDiff } from '../../../../shared/spec/diff-operations';

interface Props {
  readonly lastReload?: { readonly diff: OperationDiff; readonly reason: 'file-changed' | 'reload' };
  readonly error?: AppError;
  readonly onDismiss: () => void;
}

const SHOWN_PER_KIND = 8;

function KeyList({ label, keys }: { readonly label: string; readonly keys: readonly string[] }) {
  if (keys.length === 0) return null;
  const more = keys.length - SHOWN_PER_KIND;
  return (
    <li>
      <strong>{label}:</strong> {keys.slice(0, SHOWN_PER_KIND).join(', ')}
      {more > 0 ? ` and ${more} more` : ''}
    </li>
  );
}

/** After a reload (a click, or the file changed on disk): which operations were added, removed or changed. */
export function ReloadSummary({ lastReload, error, onDismiss }: Props) {
  if (!lastReload && !error) return null;
  let headline: string;
  if (error) headline = `Reload failed; the previous version stays open. ${error.message}`;
  else if (!lastReload) headline = '';
  else {
    const { added, removed, changed } = lastReload.diff;
    const why = lastReload.reason === 'file-changed' ? 'The file changed on disk and was reloaded' : 'Reloaded';
    headline = added.length + removed.length + changed.length === 0
      ? `${why}: no operation changed.`
      : `${why}: ${added.length} added, ${removed.length} removed, ${changed.length} changed.`;
  }
  return (
    <div className={error ? 'reload-summary reload-summary-error' : 'reload-summary'} role="status" data-testid="reload-summary">
      <div className="reload-summary-head">
        <span>{headline}</span>
        <button type="button" className="button button-ghost button-small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {lastReload && !error && (
        <ul className="reload-summary-list">
          <KeyList label="Added" keys={lastReload.diff.added} />
          <KeyList label="Removed" keys={lastReload.diff.removed} />
          <KeyList label="Changed" keys={lastReload.diff.changed} />
        </ul>
      )}
    </div>
  );
}
