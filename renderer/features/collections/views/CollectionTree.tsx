import { useState, type DragEvent } from 'react';
import type { SavedRequest } from '../../../../shared/collections/format-v1';
import { entryName, type CollectionEntry } from '../../../../shared/collections/listing';
import { MethodBadge } from '../../../components/MethodBadge';
import type { Collections } from '../use-collections';
import { NameInput } from './NameInput';

/** Drag data type of a collection entry's id (dropped on a folder: moves into it; on a request: placed before it). */
const DRAG_TYPE = 'application/x-roundtrip-entry';

/** The open document's operations, so a saved request can open its operation or say it is gone. */
export interface OperationLinks {
  /** Each operation's current signature, by key; undefined while no document is open (nothing to compare with). */
  /** By operation key: whether a stored signature still describes that operation of the open document. */
  readonly signatures?: ReadonlyMap<string, (stored: string) => boolean>;
  /** Rewrites the saved request for the changed operation, keeping its values. */
  readonly update: (id: string, request: SavedRequest) => void;
  /** Opens the saved request in the editor (its operation, filled with its values); `preview` in the preview tab. */
  readonly open: (request: SavedRequest, id: string, preview?: boolean) => void;
}

interface Props {
  readonly entries: readonly CollectionEntry[];
  readonly collections: Collections;
  readonly links?: OperationLinks | undefined;
  readonly depth?: number;
  /** The collection or folder these entries are in (absent for the collection's own row). */
  readonly parentId?: string;
}

/** The entries of a collection or folder: requests, folders (nested) and broken files with their message. */
export function CollectionTree({ entries, collections, links, depth = 0, parentId }: Props) {
  if (entries.length === 0) return <p className="muted collections-empty">Empty. Save a request here.</p>;
  return (
    <ul className="collections-tree" role={depth === 0 ? 'tree' : 'group'}>
      {entries.map((entry, index) => (
        <EntryRow key={entry.id} entry={entry} collections={collections} links={links} depth={depth} place={parentId === undefined ? undefined : { parentId, index, siblings: entries.map((e) => e.id) }} />
      ))}
    </ul>
  );
}

/** Where an entry sits: its parent, and its position among the parent's children. */
interface Place {
  readonly parentId: string;
  readonly index: number;
  /** The ids of all the parent's children, in order. */
  readonly siblings: readonly string[];
}

function EntryRow({ entry, collections, links, depth, place }: { readonly entry: CollectionEntry; readonly collections: Collections; readonly links: OperationLinks | undefined; readonly depth: number; readonly place: Place | undefined }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'new-folder'>('idle');
  const [dropping, setDropping] = useState(false);
  const name = entryName(entry);
  const opKey = entry.kind === 'request' ? entry.request.operation?.key : undefined;
  // The drag-and-drop handlers of a row that accepts another entry; `onDropped` gets the dragged id.
  const dropTarget = (onDropped: (dragged: string) => void) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDropping(false);
      const dragged = event.dataTransfer.getData(DRAG_TYPE);
      if (dragged && dragged !== entry.id) onDropped(dragged);
    },
  });
  if (entry.kind === 'broken') {
    return (
      <li className="collections-row collections-broken" role="treeitem" aria-selected={false} data-testid="collection-broken" title={entry.message}>
        <span className="chip chip-warning">broken</span>
        <code className="collections-name">{entry.id}</code>
        <span className="collections-message">{entry.message}</span>
      </li>
    );
  }
  return (
    <li role="treeitem" aria-selected={false} aria-expanded={entry.kind === 'folder' ? true : undefined}>
      <div
        className={`collections-row${dropping ? ' collections-drop' : ''}`}
        data-testid={entry.kind === 'folder' ? 'collection-folder' : 'collection-request'}
        data-name={name}
        draggable={depth > 0 && mode === 'idle'}
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_TYPE, entry.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        tabIndex={place ? 0 : undefined}
        aria-keyshortcuts={place ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
        title={place ? 'Drag onto a folder to move it there, onto a request to place it before that one; Alt+↑/↓ moves it up or down' : undefined}
        onKeyDown={(event) => {
          if (!place || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.target !== event.currentTarget) return;
          event.preventDefault();
          const next = place.index + (event.key === 'ArrowUp' ? -1 : 1);
          if (next >= 0 && next < place.siblings.length) void collections.move(entry.id, place.parentId, next);
        }}
        {...(entry.kind === 'folder'
          ? dropTarget((dragged) => void collections.move(dragged, entry.id))
          : place
            ? // Dropped on a request: the dragged entry takes this one's place (this one moves down).
              dropTarget((dragged) => {
                // `index` is the final position: a sibling dragged down leaves a gap above this row.
                const from = place.siblings.indexOf(dragged);
                void collections.move(dragged, place.parentId, from >= 0 && from < place.index ? place.index - 1 : place.index);
              })
            : {})}
      >
        {entry.kind === 'request' ? <MethodBadge method={entry.request.method} /> : <span className="collections-folder-mark" aria-hidden="true">▾</span>}
        {mode === 'rename' ? (
          <NameInput
            label={`New name for ${name}`}
            initial={name}
            submitLabel="Rename"
            onSubmit={(next) => void collections.rename(entry.id, next).then(() => setMode('idle'))}
            onCancel={() => setMode('idle')}
            testId="collection-rename-input"
          />
        ) : entry.kind === 'request' && links !== undefined ? (
          // Every saved request opens: through its operation's form when the open document has it, else as it is saved.
          <button type="button" className="collections-name collections-open" title={`${entry.request.url}\nOpen ${opKey !== undefined && links.signatures?.has(opKey) === true ? opKey : 'as a request'}`} onClick={(event) => event.detail < 2 && links.open(entry.request, entry.id, true)} onDoubleClick={() => links.open(entry.request, entry.id)}>
            {name}
          </button>
        ) : (
          <span className="collections-name" title={entry.kind === 'request' ? entry.request.url : name}>
            {name}
          </span>
        )}
        {entry.kind === 'request' && opKey !== undefined && links && changedSince(entry.request, links.signatures?.get(opKey)) && (
          <>
            <span className="chip chip-warning" title={`${opKey} changed in the document since this request was saved.`} data-testid="collection-op-changed">
              changed in spec
            </span>
            <button type="button" className="button button-small" onClick={() => links.update(entry.id, entry.request)} aria-label={`Update ${name} from the spec`}>
              Update
            </button>
          </>
        )}
        {entry.kind === 'request' && (entry.request.needsSecrets?.length ?? 0) > 0 && (
          <span
            className="chip"
            title={`Credentials are not saved in the file. This request refers to the secret variable${(entry.request.needsSecrets?.length ?? 0) > 1 ? 's' : ''} ${(entry.request.needsSecrets ?? []).join(', ')}: give them values in an environment (marked secret) to send it.`}
            data-testid="collection-needs-secret"
          >
            needs {(entry.request.needsSecrets ?? []).join(', ')}
          </span>
        )}
        {opKey !== undefined && links?.signatures && !links.signatures.has(opKey) && (
          <span className="chip chip-warning" title={`${opKey} is not in the open document: it changed or was removed.`} data-testid="collection-op-missing">
            not in this spec
          </span>
        )}
        {mode === 'idle' && (
          <span className="collections-actions">
            <button type="button" className="button button-small button-ghost" onClick={() => setMode('rename')} aria-label={`Rename ${name}`}>
              Rename
            </button>
            {place && (
              <button type="button" className="button button-small button-ghost" onClick={() => void collections.duplicate(entry.id)} aria-label={`Duplicate ${name}`}>
                Duplicate
              </button>
            )}
            {entry.kind === 'folder' && (
              <button type="button" className="button button-small button-ghost" onClick={() => setMode('new-folder')} aria-label={`New folder in ${name}`}>
                + Folder
              </button>
            )}
            <button type="button" className="button button-small button-ghost" onClick={() => void collections.remove(entry.id, name)} aria-label={`Delete ${name}`}>
              Delete
            </button>
          </span>
        )}
      </div>
      {mode === 'new-folder' && <NameInput label="Folder name" submitLabel="Create" onSubmit={(folder) => void collections.createFolder(entry.id, folder).then(() => setMode('idle'))} onCancel={() => setMode('idle')} testId="collection-folder-input" />}
      {entry.kind === 'folder' && <CollectionTree entries={entry.children} collections={collections} links={links} depth={depth + 1} parentId={entry.id} />}
    </li>
  );
}

/** True when the request recorded a signature and the operation's is now different. */
function changedSince(request: SavedRequest, matches: ((stored: string) => boolean) | undefined): boolean {
  const saved = request.operation?.signature;
  return saved !== undefined && matches !== undefined && !matches(saved);
}
