import { useId } from 'react';
import type { FileRef } from '../../../../shared/request/form-body';
import { useFileStage } from '../use-file-stage';

interface Props {
  readonly label: string;
  readonly value?: FileRef;
  /** The file a reopened saved request sent here: the app keeps its name, not its content, so it is picked again ('' when it names none). */
  readonly wanted?: string;
  readonly onPick: (file: FileRef | undefined) => void;
  readonly testId?: string;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file input whose file is staged in the main process; shows what is picked and the staging progress. */
export function FilePicker({ label, value, wanted, onPick, testId }: Props) {
  const id = useId();
  const { progress, error, stage } = useFileStage();
  return (
    <div className="file-picker">
      <input
        id={id}
        type="file"
        className="file-input"
        aria-label={label}
        data-testid={testId ?? 'body-file-input'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file !== undefined) void stage(file).then((ref) => ref !== undefined && onPick(ref));
        }}
      />
      {progress !== undefined ? (
        <span className="field-type">
          Reading {progress.name}: {size(progress.bytes)} of {size(progress.total)}…
        </span>
      ) : value !== undefined ? (
        <span className="file-picked" data-testid="body-file-picked">
          {value.name} · {size(value.size)}
          <button type="button" className="icon-button" onClick={() => onPick(undefined)} aria-label={`Remove ${value.name}`}>
            ×
          </button>
        </span>
      ) : wanted !== undefined ? (
        <span className="field-problem" data-testid="body-file-wanted">
          {wanted === '' ? 'Pick a file for this part: the saved request says a file goes here, not which one.' : `Pick ${wanted} again: the saved request names this file, but its content is not kept with it.`}
        </span>
      ) : (
        <span className="field-type">No file picked</span>
      )}
      {error !== undefined && <p className="field-problem">{error}</p>}
    </div>
  );
}
