import { useCallback, useEffect, useReducer, useState, type ReactNode } from 'react';
import type { SavedRequest } from '../../shared/collections/format-v1';
import type { AppError } from '../../shared/ipc/result';
import { CollectionsDrawer } from '../features/collections/views/CollectionsDrawer';
import { draftFromSaved, type RequestDraft } from '../features/document/request-draft';
import { initialRequestFormsState, requestFormsReducer } from '../features/request/request-forms-store';
import { useResponses } from '../features/response/use-responses';
import { useTabs, type OpenTab } from '../features/tabs/use-tabs';
import { TabBar } from '../features/tabs/views/TabBar';
import { useSaveTab } from '../features/tabs/use-save-tab';
import { useDocumentSaving } from '../features/tabs/use-document-saving';
import { useCommand } from './use-command';
import { DocumentWorkspace } from './DocumentWorkspace';
import { usePaneLayout } from './use-pane-layout';

interface Props {
  /** The start screen, shown while no request is open. */
  readonly start: ReactNode;
  /** What the window is loading right now, if anything. */
  readonly loading?: string;
  /** Why the last load failed. */
  readonly error?: AppError;
  /** Loads the document a saved request's collection is linked to, in the background. */
  readonly onLoadSpec: (source: string) => void;
  /** The open request tabs, so they carry over into the document's workspace once it loads. */
  readonly onTabsChange: (tabs: readonly OpenTab[]) => void;
}

const NO_OPERATIONS: readonly [] = [];

/**
 * No document open: the start screen, or the saved requests opened from the collections drawer,
 * each at once as the request it is (URL bar, query, headers, body, auth), sendable and editable.
 * The document its collection is linked to loads meanwhile; when it arrives the window's workspace
 * takes these tabs over and shows each linked one in its operation's form, with the same values.
 */
export function StartWorkspace({ start, loading, error, onLoadSpec, onTabsChange }: Props) {
  const [forms, dispatchForms] = useReducer(requestFormsReducer, initialRequestFormsState);
  const tabs = useTabs(undefined, NO_OPERATIONS, forms, dispatchForms);
  const responses = useResponses();
  const panes = usePaneLayout();
  const [linkedSpec, setLinkedSpec] = useState<string | undefined>(undefined);
  useEffect(() => onTabsChange(tabs.tabs), [tabs.tabs, onTabsChange]);

  const { tabs: open, activate, pin, openDocument } = tabs;
  const openSaved = useCallback(
    (saved: SavedRequest, id: string, preview?: boolean, specSource?: string) => {
      const shown = open.find((tab) => tab.doc?.savedId === id);
      if (shown) activate(shown.id);
      if (shown && preview !== true) pin(shown.id);
      if (!shown) openDocument(draftFromSaved(saved, id), { preview: preview === true });
      // One load at a time: the first linked request opened starts it, the others wait for it.
      if (specSource !== undefined && saved.operation !== undefined && loading === undefined) {
        setLinkedSpec(specSource);
        onLoadSpec(specSource);
      }
    },
    [open, activate, pin, openDocument, loading, onLoadSpec],
  );
  const activeId = tabs.active?.id;
  const { editDocument, newTab, close } = tabs;
  const editActive = useCallback(
    (draft: RequestDraft) => {
      if (activeId !== undefined) editDocument(activeId, draft);
    },
    [activeId, editDocument],
  );
  // Ctrl/Cmd+S saves the request over the file it came from, as in the document's workspace;
  // a request never saved asks for a name and a place (Save as).
  const activeDoc = tabs.active?.doc;
  const { activeDocument, saveAsDialog } = useDocumentSaving(tabs, activeId, activeDoc);
  const saveTab = useSaveTab(activeDocument);
  const closeActive = useCallback(() => {
    if (activeId !== undefined) close(activeId);
  }, [activeId, close]);

  return (
    <>
      {tabs.active === undefined ? (
        start
      ) : (
        <div className="workspace workspace-documentless">
          <main className="workspace-main workspace-main-noted">
            <TabCommands save={saveTab.save} newTab={newTab} close={closeActive} />
            <TabBar tabs={tabs} {...(saveTab.notice ? { notice: saveTab.notice } : {})} onDismissNotice={saveTab.dismiss} />
            <LinkedSpecNote source={linkedSpec} loading={loading} error={error} />
            <div className="workspace-content" id="workspace-tabpanel" role="tabpanel" aria-labelledby={tabs.active.id}>
              <DocumentWorkspace key={tabs.active.id} tabId={tabs.active.id} {...(tabs.active.doc ? { draft: tabs.active.doc } : {})} onChange={editActive} responses={responses} panes={panes} {...(activeDocument ? { onSaveAs: activeDocument.saveAs } : {})} {...(tabs.active.deletedFile ? { deletedName: tabs.active.deletedFile.name } : {})} />
            </div>
          </main>
        </div>
      )}
      {saveAsDialog}
      {/* The same drawer on the start screen and over the opened requests: it stays open between them. */}
      <CollectionsDrawer onOpenSaved={openSaved} onGone={tabs.filesGone} />
    </>
  );
}

// Only while requests are open: the start screen keeps saying what to open first.
function TabCommands({ save, newTab, close }: { readonly save: () => void; readonly newTab: () => void; readonly close: () => void }) {
  useCommand('save', save);
  useCommand('new-tab', newTab);
  useCommand('close-tab', close);
  return null;
}

/** Where the opened requests' document stands: loading (their forms follow), or why it did not load. */
function LinkedSpecNote({ source, loading, error }: { readonly source: string | undefined; readonly loading: string | undefined; readonly error: AppError | undefined }) {
  if (source === undefined) return <p className="linked-spec-note muted" data-testid="linked-spec-note" />;
  if (loading !== undefined)
    return (
      <p className="linked-spec-note muted" role="status" data-testid="linked-spec-note" data-state="loading">
        Loading {source}, the document of this collection: linked requests switch to their operation&apos;s form when it arrives, keeping what you typed. Meanwhile they edit and send as they are.
      </p>
    );
  if (error !== undefined)
    return (
      <p className="linked-spec-note alert alert-warning" role="status" data-testid="linked-spec-note" data-state="failed">
        Could not load {source}, the document of this collection ({error.message}). The requests stay as saved and send as they are; open the document (Open…) to get their forms.
      </p>
    );
  return <p className="linked-spec-note muted" data-testid="linked-spec-note" />;
}
