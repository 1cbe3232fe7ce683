import { FORMAT_LABELS } from '../../../../shared/collections/import-formats';
import type { ImportSummary } from '../../../../shared/collections/import-summary';
import type { ImportOutcome } from '../../../../shared/environments/from-import';
import { quoted } from '../../../../shared/environments/limit-messages';
import type { AppError } from '../../../../shared/ipc/result';

interface Props {
  readonly summary?: ImportSummary | undefined;
  readonly error?: AppError | undefined;
  readonly busy: boolean;
  /** What becomes of each environment the export brings, as the import will have it against the list as it is now. */
  readonly environmentOutcomes?: readonly ImportOutcome[];
}

const SHOWN_FOLDERS = 8;

/** What an import will create (format, name, folders, request count, environments) and what it leaves out. */
export function ImportSummaryView({ summary, error, busy, environmentOutcomes = [] }: Props) {
  if (busy) return <p className="muted" role="status">Reading…</p>;
  if (error) {
    return (
      <p className="alert alert-error" role="alert" data-testid="collection-import-error">
        {error.message}
      </p>
    );
  }
  if (!summary) return null;
  const { folders, requestCount, environments, dropped } = summary;
  const refused = environmentOutcomes.flatMap((outcome) => ('refused' in outcome ? [outcome.refused] : []));
  return (
    <div className="collections-import-summary" role="status" data-testid="collection-import-summary" data-format={summary.format} data-requests={requestCount}>
      <p>
        {FORMAT_LABELS[summary.format]}: <strong>“{summary.name}”</strong>, {requestCount} request{requestCount === 1 ? '' : 's'}
        {folders.length > 0 ? ` in ${folders.length} folder${folders.length === 1 ? '' : 's'}` : ''}
        {environments.length > 0 ? `, environment${environments.length === 1 ? '' : 's'} ${environments.join(', ')}` : ''}.
      </p>
      {folders.length > 0 && (
        <p className="muted">
          Folders: {folders.slice(0, SHOWN_FOLDERS).join(', ')}
          {folders.length > SHOWN_FOLDERS ? ` and ${folders.length - SHOWN_FOLDERS} more` : ''}
        </p>
      )}
      {refused.length > 0 && (
        <ul data-testid="collection-import-environments-refused">
          {refused.map((refusal, index) => (
            <li key={index} className="field-problem">
              Environment <strong>{quoted(refusal.name)}</strong> will not be added: {refusal.why}. {refusal.next}
            </li>
          ))}
        </ul>
      )}
      {dropped.length > 0 && (
        <details open={dropped.length <= 5}>
          <summary>Left out or changed ({dropped.length})</summary>
          <ul data-testid="collection-import-dropped">
            {dropped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
