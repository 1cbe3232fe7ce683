import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Drawer } from '../../../components/Drawer';
import type { SavedRequest } from '../../../../shared/collections/format-v1';
import type { LoadedSpec, OperationModel } from '../../../../shared/model/api-model';
import { findEntry } from '../../../../shared/collections/listing';
import { legacyOperationSignature, operationSignature } from '../../../../shared/collections/operation-signature';
import { updateFromSpec } from '../../../../shared/collections/update-from-spec';
import { useCurrentRequest } from '../current-request';
import { copyPlace } from '../../../../shared/collections/save-refusal';
import { useCollections } from '../use-collections';
import { useOpenCollectionsRoot } from '../open-root-signal';
import { useRecentCollections } from '../use-recent-collections';
import { CollectionTree, type OperationLinks } from './CollectionTree';
// The import formats (Postman's scripts read with acorn, Bruno, curl) load when the drawer first opens.
const ImportPanel = lazy(() => import('./ImportPanel').then((module) => ({ default: module.ImportPanel })));
import { NameInput } from './NameInput';
import { RecentCollections } from './RecentCollections';
import { SaveCurrentRequest } from './SaveCurrentRequest';
import { collectionLabels } from '../../../../shared/collections/collection-labels';

interface Props {
  /** The open document's operations: saved requests linked to one open it, or show it is gone. */
  readonly operations?: readonly OperationModel[];
  /**
   * Opens a saved request in the editor; `preview` in the preview tab (a single click). `specSource`
   * is the document its collection is linked to, if any.
   */
  readonly onOpenSaved?: (request: SavedRequest, id: string, preview?: boolean, specSource?: string) => void;
  /** Saved requests (or folders, collections) no longer there: deleted here, or on disk while the list was watched. */
  readonly onGone?: (ids: readonly string[]) => void;
  /** The open document, for "New collection from this spec". */
  readonly spec?: LoadedSpec;
}

// Longer than any system's double-click interval (Windows' default is 500 ms, its maximum 900).
const DOUBLE_CLICK_MS = 1000;

/** A Collections button and the drawer it opens: save the current request, browse and edit collections. */
export function CollectionsDrawer({ operations, onOpenSaved, onGone, spec }: Props) {
  const [shown, setShown] = useState(false);
  const [picking, setPicking] = useState(false);
  const collections = useCollections(shown, onGone);
  const { saveRequest, forgetChange, setRoot } = collections;
  const recent = useRecentCollections(picking);
  const { refresh: refreshRecent } = recent;
  // The start screen's recent list and the desktop menu's Open Recent land here.
  useOpenCollectionsRoot(
    useCallback(
      async (root: string) => {
        setShown(true);
        // A folder that is gone: the picker opens with the recent list, where it can be forgotten.
        if (!(await setRoot(root, true))) setPicking(true);
        refreshRecent();
      },
      [setRoot, refreshRecent],
    ),
  );
  const { overview } = collections;
  // Collections that share a name (an import as new of one already here) say their folder, so they can be told apart.
  const sharedNames = useMemo(() => {
    const labels = collectionLabels((overview?.collections ?? []).map((c) => ({ id: c.id, name: c.collection?.name })));
    return new Set((overview?.collections ?? []).filter((c) => labels.get(c.id) !== (c.collection?.name ?? c.id)).map((c) => c.id));
  }, [overview]);
  // The row a double-click's first click previewed. That click can change the save box above the
  // list, moving the rows, so the second click may land on the next row: the first one is meant.
  const lastPreview = useRef<{ readonly request: SavedRequest; readonly id: string; readonly at: number } | undefined>(undefined);
  const links = useMemo<OperationLinks | undefined>(() => {
    if (!onOpenSaved) return undefined;
    const byKey = new Map((operations ?? []).map((op) => [op.key, op]));
    return {
      // Made once per operation here, not per row and render: a stored signature of either kind is one of the two.
      ...(operations
        ? {
            signatures: new Map(
              operations.map((op) => {
                const current = operationSignature(op, spec?.model.schemaDefs ?? {});
                const legacy = legacyOperationSignature(op);
                return [op.key, (stored: string) => stored === current || stored === legacy];
              }),
            ),
          }
        : {}),
      // Opened now, the file's current version is what the editor shows: an earlier outside change is no conflict.
      open: (clicked, clickedId, preview) => {
        const first = lastPreview.current;
        const meant = preview !== true && first !== undefined && performance.now() - first.at < DOUBLE_CLICK_MS ? first : { request: clicked, id: clickedId };
        lastPreview.current = preview === true ? { request: clicked, id: clickedId, at: performance.now() } : undefined;
        const { request, id } = meant;
        forgetChange(id);
        onOpenSaved(request, id, preview, overview?.collections.find((c) => id.startsWith(`${c.id}/`))?.collection?.spec?.source);
      },
      update: (id, request) => {
        const op = request.operation ? byKey.get(request.operation.key) : undefined;
        if (op) void saveRequest({ parentId: id.split('/').slice(0, -1).join('/'), id }, updateFromSpec(request, op, spec?.model.schemaDefs ?? {}));
      },
    };
  }, [operations, onOpenSaved, saveRequest, forgetChange, spec, overview]);
  const current = useCurrentRequest();
  const { error, unsaved, lastDeleted, changedOutside } = collections;
  // The request being edited changed on disk: the person chooses which version wins.
  const conflict = current?.saved && changedOutside.includes(current.saved.id) ? current.saved : undefined;

  return (
    <Drawer
      name="collections"
      toggleText="Collections"
      toggleClassName="button drawer-toggle-floating collections-toggle"
      label="Collections"
      title="Collections"
      closeLabel="Close collections"
      className="collections-drawer"
      shown={shown}
      onShownChange={setShown}
      actions={
        <>
          {overview && (
            <code className="muted collections-root" title={overview.root}>
              {overview.root}
            </code>
          )}
          <button type="button" className="button button-small button-ghost" onClick={() => setPicking(!picking)} aria-expanded={picking} data-testid="collections-folder-toggle">
            Folder…
          </button>
          <button type="button" className="button button-small button-ghost" onClick={collections.refresh}>
            Refresh
          </button>
        </>
      }
    >
      {picking && overview && (
        <>
          <NameInput
            label="Collections folder (absolute path)"
            initial={overview.root}
            submitLabel="Use this folder"
            onSubmit={(root) => void collections.setRoot(root).then((done) => done && setPicking(false))}
            onCancel={() => setPicking(false)}
            testId="collections-folder-input"
          />
          <RecentCollections state={recent} onOpen={(root) => void collections.setRoot(root, true).then((done) => done && setPicking(false))} emptyText="No other folders opened yet." title="Recent folders" />
        </>
      )}
      {error && (
        <div className="alert alert-error" role="alert" data-testid="collections-error">
          {error.message}
          {unsaved && copyPlace(error) !== undefined && (
            <button
              type="button"
              className="button button-small"
              data-testid="collections-save-copy"
              onClick={() =>
                void collections.saveAsCopy().then((id) => {
                  if (id !== undefined && current) current.remember({ id, name: unsaved.request.name });
                })
              }
            >
              Save as a copy
            </button>
          )}
          {unsaved && copyPlace(error) === undefined && (
            <button type="button" className="button button-small" onClick={() => void collections.retrySave()}>
              Try saving again
            </button>
          )}
        </div>
      )}
      {conflict && (
        <div className="alert alert-warning" role="alert" data-testid="collections-conflict">
          “{conflict.name}” is open in the editor and its file changed outside Roundtrip. Nothing was overwritten.{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              // Read again rather than trust the listing on screen: the file may have changed since.
              void collections.reload().then((fresh) => {
                const entry = fresh && findEntry(fresh.collections.flatMap((c) => c.children), conflict.id);
                if (entry?.kind === 'request') onOpenSaved?.(entry.request, conflict.id);
                collections.dismissChanges();
              });
            }}
          >
            Load the file’s version
          </button>{' '}
          <button type="button" className="button button-small button-ghost" onClick={collections.dismissChanges}>
            Keep my edits
          </button>
        </div>
      )}
      {changedOutside.length > 0 && (
        <p className="alert" role="status" data-testid="collections-changed">
          Changed outside Roundtrip and reloaded: {changedOutside.slice(0, 5).join(', ')}
          {changedOutside.length > 5 ? ` and ${changedOutside.length - 5} more` : ''}.{' '}
          <button type="button" className="button button-small button-ghost" onClick={collections.dismissChanges}>
            OK
          </button>
        </p>
      )}
      {lastDeleted && (
        <p className="alert" role="status" data-testid="collections-undo">
          Deleted “{lastDeleted.name}”.{' '}
          <button type="button" className="button button-small" onClick={() => void collections.undoDelete()}>
            Undo
          </button>
        </p>
      )}
      {current && overview && <SaveCurrentRequest key={current.op.key} current={current} overview={overview} collections={collections} />}
      <NameInput label="New collection name" submitLabel="New collection" onSubmit={(name) => void collections.createCollection(name, specLink(spec))} testId="collection-new-name" />
      <Suspense fallback={null}>
        <ImportPanel collections={collections} spec={spec} />
      </Suspense>
      {overview?.notice !== undefined && (
        <p className="muted" role="status" data-testid="collections-watch-notice">
          {overview.notice}
        </p>
      )}
      {overview?.collections.length === 0 && <p className="muted">No collections yet in this folder.</p>}
      {overview?.collections.map((c) => (
        <section key={c.id} className="collections-collection" data-testid="collection" data-name={c.collection?.name ?? c.id}>
          {c.collection && (
            <div className="collections-export">
              {sharedNames.has(c.id) && (
                <span className="muted" title="Another collection has the same name" data-testid="collection-folder-id">
                  folder {c.id} ·
                </span>
              )}
              <span className="muted">Export</span>
              <button type="button" className="button button-small button-ghost" onClick={() => void collections.exportCollection(c.id, 'postman')} aria-label={`Export ${c.collection.name} as Postman`}>
                Postman
              </button>
              <button type="button" className="button button-small button-ghost" onClick={() => void collections.exportCollection(c.id, 'curl')} aria-label={`Export ${c.collection.name} as curl`}>
                curl
              </button>
            </div>
          )}
          {c.collection ? (
            <CollectionTree entries={[{ kind: 'folder', id: c.id, folder: { format: 'roundtrip.folder', version: 1, name: c.collection.name }, children: c.children }]} collections={collections} links={links} />
          ) : (
            <p className="alert alert-error" data-testid="collection-broken">
              {c.id}/collection.json is broken: {c.broken}
            </p>
          )}
        </section>
      ))}
    </Drawer>
  );
}

// A collection made while a document is open is linked to it, so its conforms and idempotent assertions have a spec; pasted text has no place to link to.
function specLink(spec: LoadedSpec | undefined): { source: string; title?: string } | undefined {
  if (!spec || spec.origin.kind === 'text') return undefined;
  return { source: spec.origin.location, ...(spec.model.title ? { title: spec.model.title } : {}) };
}
