import { useEffect, useMemo, useState, type ChangeEvent, type DragEvent } from 'react';
import { FORMAT_LABELS, IMPORT_FORMATS, isImportFormat, type ImportFormat } from '../../../../shared/collections/import-formats';
import { collectionFromSpec } from '../../../../shared/collections/openapi-import';
import type { LoadedSpec } from '../../../../shared/model/api-model';
import { useImportPreview } from '../use-import-preview';
import type { Collections } from '../use-collections';
import { ImportSummaryView } from './ImportSummaryView';
import { postmanEnvironmentFromText } from '../../../../shared/environments/postman-environment';
import { ImportEnvironmentsView } from './ImportEnvironmentsView';
import { refusalMessage } from '../../../../shared/environments/import-limits';
import { planEnvironmentImport } from '../../../../shared/environments/from-import';
import { useEnvironmentsStore } from '../../environments/environments-context';

interface Props {
  readonly collections: Collections;
  /** The open document, for "New collection from this spec". */
  readonly spec?: LoadedSpec | undefined;
}

type Picked = { readonly kind: 'file'; readonly files: readonly File[] } | { readonly kind: 'folder'; readonly files: readonly File[] } | { readonly kind: 'text' };

/** New collection from the open spec, or from a picked, dropped or pasted export (Postman, Insomnia, Bruno, HAR, curl, OpenAPI). */
export function ImportPanel({ collections, spec }: Props) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Picked>({ kind: 'text' });
  const [over, setOver] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [refused, setRefused] = useState<readonly string[]>([]);
  // What "New collection from this spec" could not carry (auth the collection cannot hold), as the import preview lists it.
  const [notCarried, setNotCarried] = useState<readonly string[]>([]);
  const preview = useImportPreview();
  const { previewFiles, previewFolder, previewText, clear } = preview;
  const chosen = format === '' ? undefined : format;
  const existing = useEnvironmentsStore()?.environments.environments;
  // The check the import makes, made now against the list as it is: the export's environments first, then the files beside it, as confirm adds them.
  const fromExport = preview.summary?.environmentContents;
  const beside = preview.environments;
  const outcomes = useMemo(() => planEnvironmentImport([...(fromExport ?? []), ...(beside ?? [])], existing ?? [], () => ''), [fromExport, beside, existing]);
  const exportOutcomes = outcomes.slice(0, fromExport?.length ?? 0);
  const besideOutcomes = outcomes.slice(fromExport?.length ?? 0);

  // Whatever was picked last is read again when the format changes; pasted text once typing pauses.
  useEffect(() => {
    if (picked.kind === 'file') {
      previewFiles(picked.files, chosen);
      return undefined;
    }
    if (picked.kind === 'folder') {
      previewFolder(picked.files);
      return undefined;
    }
    if (text.trim() === '') {
      clear();
      return undefined;
    }
    const timer = setTimeout(() => previewText(text, chosen), 300);
    return () => clearTimeout(timer);
  }, [picked, text, chosen, previewFiles, previewFolder, previewText, clear]);

  const fromSpec = () => {
    if (!spec) return;
    setRefused([]);
    const { tree, warnings } = collectionFromSpec(spec.model, spec.origin);
    void collections.importCollection({ kind: 'tree', tree }).then((made) => {
      setDone(made && `Made “${spec.model.title}” with one request per operation.`);
      setNotCarried(made ? warnings : []);
    });
  };
  const reset = () => {
    setText('');
    setPicked({ kind: 'text' });
    clear();
  };
  const confirm = () => {
    // Pasted text is sent as it stands now (the preview may still be on its way).
    const pasted = picked.kind === 'text' ? postmanEnvironmentFromText(text) : undefined;
    const environments = picked.kind === 'text' ? (pasted ? [pasted] : []) : (preview.environments ?? []);
    const source = picked.kind === 'text' ? (pasted ? undefined : { kind: 'text' as const, text, ...(chosen ? { format: chosen } : {}) }) : preview.source;
    if (source === undefined && environments.length === 0) return;
    const summary = preview.summary;
    void (async () => {
      // Postman keeps environments in files of their own: they join the app's list, as Insomnia's and Bruno's do.
      const imported = source === undefined ? undefined : await collections.importCollection(source, { environments });
      if (source !== undefined && imported === undefined) return;
      const { added, refused: left } = imported?.environments ?? collections.addEnvironments(environments);
      reset();
      setOpen(false);
      const collectionDone = source === undefined ? '' : summary ? `Imported “${summary.name}”: ${summary.requestCount} request${summary.requestCount === 1 ? '' : 's'}.` : 'Imported.';
      const environmentsDone = added.length === 0 ? '' : `Added environment${added.length === 1 ? '' : 's'} ${added.map((name) => `“${name}”`).join(', ')}.`;
      setDone([collectionDone, environmentsDone].filter((part) => part !== '').join(' '));
      setRefused(left.map(refusalMessage));
      setNotCarried([]);
    })();
  };
  const pickFile = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that picking the same file again (after editing it) fires change again.
    event.target.value = '';
    if (files.length > 0) setPicked({ kind: 'file', files });
  };
  const pickFolder = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) setPicked({ kind: 'folder', files });
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    // This zone takes the file: the window's "drop to open a document" does not.
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) setPicked({ kind: 'file', files });
  };
  // Pasted text may be imported before its preview arrives, but not once the preview found it unreadable.
  const environmentsOnly = preview.source === undefined && (preview.environments?.length ?? 0) > 0;
  const ready = picked.kind === 'text' ? text.trim() !== '' && preview.error === undefined : (preview.source !== undefined || environmentsOnly) && preview.error === undefined && !preview.busy;
  return (
    <div className="collections-import">
      <div className="collections-name-form">
        {spec && (
          <button type="button" className="button button-small" onClick={fromSpec} data-testid="collection-from-spec">
            New collection from this spec
          </button>
        )}
        <button type="button" className="button button-small button-ghost" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="collection-import-toggle">
          Import…
        </button>
        {done && (
          <span className="muted" role="status" data-testid="collection-import-done">
            {done}
          </span>
        )}
      </div>
      {notCarried.length > 0 && (
        <ul className="muted" data-testid="collection-from-spec-notes">
          {notCarried.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <ul className="field-problem" role="alert" data-testid="collection-import-refused">
          {refused.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {open && (
        <form
          className="collections-import-form"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <div
            className={`collections-import-drop${over ? ' is-over' : ''}`}
            data-file-drop-zone=""
            data-testid="collection-import-drop"
            onDragEnter={(event) => {
              event.preventDefault();
              setOver(true);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = 'copy';
            }}
            onDragLeave={() => setOver(false)}
            onDrop={drop}
          >
            <span className="muted">Drop an export here, or</span>
            <label className="button button-small file-button">
              <input type="file" multiple accept=".json,.yaml,.yml,.har,.bru,.sh,.txt" className="visually-hidden" onChange={pickFile} data-testid="collection-import-file" />
              Choose a file…
            </label>
            <label className="button button-small button-ghost file-button">
              <input type="file" webkitdirectory="" className="visually-hidden" onChange={pickFolder} data-testid="collection-import-folder" />
              Choose a Bruno folder…
            </label>
            {picked.kind !== 'text' && <span className="muted">{picked.kind === 'file' ? picked.files.map((file) => file.name).join(', ') : `${picked.files[0]?.webkitRelativePath.split('/')[0] ?? 'folder'} (${picked.files.length} files)`}</span>}
          </div>
          <select className="input input-compact" aria-label="Format" value={format} onChange={(event) => setFormat(isImportFormat(event.target.value) ? event.target.value : '')} data-testid="collection-import-kind">
            <option value="">Detect the format</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          <textarea
            className="input"
            rows={4}
            aria-label="Or paste here"
            placeholder="…or paste a Postman, Insomnia or HAR export, a .bru file, or curl commands"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPicked({ kind: 'text' });
            }}
            data-testid="collection-import-text"
          />
          <ImportSummaryView summary={preview.summary} error={preview.error} busy={preview.busy} environmentOutcomes={exportOutcomes} />
          {!preview.busy && preview.error === undefined && <ImportEnvironmentsView outcomes={besideOutcomes} />}
          <div className="collections-name-form">
            <button type="submit" className="button button-small button-primary" disabled={!ready} data-testid="collection-import">
              {environmentsOnly ? 'Add to environments' : 'Import as new collection'}
            </button>
            <button type="button" className="button button-small button-ghost" onClick={reset}>
              Clear
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
