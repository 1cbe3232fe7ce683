import { useId, useRef } from 'react';
import type { DataFile } from '../use-data-file';

interface Props {
  readonly file?: DataFile;
  readonly onChoose: (file: File) => void;
  readonly onClear: () => void;
  readonly disabled: boolean;
}

/** The Runner's data file option: a CSV or JSON file, one iteration per row, its columns as variables. */
export function DataFilePicker({ file, onChoose, onClear, disabled }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="runner-data" data-testid="runner-data">
      <label htmlFor={`${id}-file`}>Data file</label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        className="input input-compact"
        disabled={disabled}
        aria-describedby={`${id}-status`}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) onChoose(picked);
        }}
        data-testid="runner-data-file"
      />
      {file !== undefined && (
        <button
          type="button"
          className="button button-small button-ghost"
          disabled={disabled}
          onClick={() => {
            if (input.current) input.current.value = '';
            onClear();
          }}
        >
          No data file
        </button>
      )}
      <p id={`${id}-status`} className={file !== undefined && 'error' in file ? 'field-problem' : 'muted'} role={file !== undefined && 'error' in file ? 'alert' : undefined} data-testid="runner-data-status">
        {file === undefined
          ? 'Optional: a CSV (a header line naming the columns) or JSON (an array of objects) file runs one iteration per row, its columns as {{variables}}.'
          : 'error' in file
            ? file.error
            : `${file.name}: ${file.rows.length} row${file.rows.length === 1 ? '' : 's'}, one iteration each; columns ${file.columns.join(', ')}.`}
      </p>
    </div>
  );
}
