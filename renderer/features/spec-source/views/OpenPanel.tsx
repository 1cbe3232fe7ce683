import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/ipc/result';
import type { RecentSpec } from '../../../../shared/model/api-model';
import { LoadError } from './LoadError';
import { LoadingStatus } from './LoadingStatus';
import { RecentSpecs } from './RecentSpecs';

interface Props {
  readonly loading?: string;
  readonly error?: AppError;
  readonly initialUrl?: string;
  readonly onOpenUrl: (url: string) => void;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenDemo: () => void;
  /** Present when a document is already open and the panel can be dismissed. */
  readonly onClose?: () => void;
  readonly recent?: readonly RecentSpec[];
  /** Stops the load in progress. */
  readonly onCancel?: () => void;
  /** Puts the cursor in the address field (the screen it was on has just gone away). */
  readonly autoFocus?: boolean;
}

/** The ways to open a document: address, file, drag-and-drop, or the bundled demo. */
export function OpenPanel({ loading, error, initialUrl, onOpenUrl, onOpenFile, onOpenDemo, onClose, recent = [], onCancel, autoFocus = false }: Props) {
  const [url, setUrl] = useState(initialUrl ?? '');
  const urlId = useId();
  const busy = loading !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpenUrl(url);
  };

  const pickFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after editing it) fires change again.
    event.target.value = '';
    if (file) onOpenFile(file);
  };

  return (
    <section className="open-panel" aria-labelledby={`${urlId}-title`} aria-busy={busy}>
      <div className="open-panel-head">
        <h1 id={`${urlId}-title`} className="open-panel-title">
          Open an API description
        </h1>
        {onClose && (
          <button type="button" className="button button-ghost" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <p className="muted">OpenAPI 3.0, 3.1 or Swagger 2.0, in JSON or YAML.</p>

      <form className="open-url" onSubmit={submit}>
        <label htmlFor={urlId} className="field-label">
          Document URL or file path
        </label>
        <div className="input-row">
          <input
            id={urlId}
            className="input input-mono"
            type="text"
            inputMode="url"
            spellCheck={false}
            autoComplete="url"
            autoFocus={autoFocus}
            placeholder="https://example.com/openapi.json or /path/to/openapi.yaml"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            data-testid="open-url-input"
          />
          <button type="submit" className="button button-primary" disabled={busy} data-testid="open-url-button">
            Open
          </button>
        </div>
      </form>

      <div className="open-alternatives">
        <label className="button file-button">
          <input type="file" accept=".json,.yaml,.yml" className="visually-hidden" onChange={pickFile} disabled={busy} data-testid="open-file-input" />
          Choose a file…
        </label>
        <span className="muted">or drop a file anywhere on this window</span>
      </div>

      <div className="open-demo">
        <button type="button" className="button button-demo" onClick={onOpenDemo} disabled={busy} data-testid="open-demo-button">
          Open demo API
        </button>
        <span className="muted">A small local API to try every method on, safely.</span>
      </div>

      <RecentSpecs recent={recent} disabled={busy} onOpen={onOpenUrl} />

      {busy && <LoadingStatus message={loading} {...(onCancel ? { onCancel } : {})} />}
      {error && !busy && <LoadError error={error} />}
    </section>
  );
}
