import { useState } from 'react';
import { collectionFromSpec } from '../../../../shared/collections/openapi-import';
import type { LoadedSpec } from '../../../../shared/model/api-model';
import type { Collections } from '../use-collections';

interface Props {
  readonly collections: Collections;
  /** The open document, for "New collection from this spec". */
  readonly spec?: LoadedSpec | undefined;
}

/** New collection from the open spec, or from pasted Postman JSON or curl commands. */
export function ImportPanel({ collections, spec }: Props) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<'postman' | 'curl'>('curl');
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | undefined>(undefined);
  const fromSpec = () => {
    if (!spec) return;
    void collections.importCollection({ kind: 'tree', tree: collectionFromSpec(spec.model, spec.origin) }).then((id) => setDone(id && `Made “${spec.model.title}” with one request per operation.`));
  };
  const paste = () => {
    void collections.importCollection({ kind, text }).then((id) => {
      if (id === undefined) return;
      setText('');
      setOpen(false);
      setDone('Imported.');
    });
  };
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
          <span className="muted" role="status">
            {done}
          </span>
        )}
      </div>
      {open && (
        <form
          className="collections-import-form"
          onSubmit={(event) => {
            event.preventDefault();
            paste();
          }}
        >
          <select className="input input-compact" aria-label="What to import" value={kind} onChange={(event) => setKind(event.target.value === 'postman' ? 'postman' : 'curl')} data-testid="collection-import-kind">
            <option value="curl">curl command(s)</option>
            <option value="postman">Postman collection v2.1 (JSON)</option>
          </select>
          <textarea className="input" rows={5} aria-label="Paste here" placeholder={kind === 'curl' ? "curl -X POST https://api.example.com/items -H 'Content-Type: application/json' -d '{\"name\":\"pen\"}'" : 'Paste the exported collection JSON'} value={text} onChange={(event) => setText(event.target.value)} data-testid="collection-import-text" />
          <button type="submit" className="button button-small button-primary" disabled={text.trim() === ''} data-testid="collection-import">
            Import as new collection
          </button>
        </form>
      )}
    </div>
  );
}
