import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { SavedRequest } from '../../shared/collections/format-v1';
import type { LoadedSpec } from '../../shared/model/api-model';
import { initialRequestFormsState, requestFormsReducer } from '../features/request/request-forms-store';
import { useResources, type Resources } from '../features/resources/use-resources';
import { ApiOverview } from '../features/resources/views/ApiOverview';
import { VerifyView } from '../features/verify/views/VerifyView';
import { ResourceSidebar } from '../features/resources/views/ResourceSidebar';
import { useResponses } from '../features/response/use-responses';
import { HistoryDrawer } from '../features/history/views/HistoryDrawer';
import { CollectionsDrawer } from '../features/collections/views/CollectionsDrawer';
import { useOpenSavedRequest } from '../features/collections/use-open-saved';
import { useFillSavedKeys } from '../features/auth/use-fill-saved-keys';
import { ProblemsPanel } from '../features/spec-source/views/ProblemsPanel';
import type { OutlineChoice } from '../features/spec-source/spec-source-store';
import { RequestExtrasProvider } from '../features/auth/views/RequestExtrasProvider';
import { documentKey } from '../features/auth/auth-memory';
import { useTabs, type OpenTab } from '../features/tabs/use-tabs';
import { tabFormKey, type SavedPlace } from '../features/tabs/tabs-store';
import { useCarriedTabs } from './use-carried-tabs';
import { useForgetClosedExchanges } from './use-forget-closed-exchanges';
import { useSaveTab } from '../features/tabs/use-save-tab';
import { useDocumentSaving } from '../features/tabs/use-document-saving';
import { TabBar } from '../features/tabs/views/TabBar';
import { OperationWorkspace } from './OperationWorkspace';
import { DocumentWorkspace } from './DocumentWorkspace';
import { draftFromSaved, type RequestDraft } from '../features/document/request-draft';
import { focusFilter } from './focus-filter';
import { useCommand } from './use-command';
import { SIDEBAR_RANGE } from './pane-layout';
import { Splitter } from './Splitter';
import { usePaneLayout } from './use-pane-layout';

interface Props {
  readonly spec: LoadedSpec;
  /** Full validation still runs in the background. */
  readonly validating?: boolean;
  /** The filter typed and the operation picked in the outline shown before the model arrived. */
  readonly carried?: OutlineChoice;
  /** Request tabs opened before this document loaded: linked saved ones open in their operation's form. */
  readonly carriedTabs?: readonly OpenTab[];
  /** The carried tabs are open here now. */
  readonly onCarried?: () => void;
  /** The titles of the tabs holding unsaved changes, each time they change (none once this document closes). */
  readonly onUnsaved?: (titles: readonly string[]) => void;
}

/** Everything about one open document. App keys it by load, so a new document starts clean. */
export function Workspace(props: Props) {
  // Around everything, Ctrl/Cmd+S included: a save knows the typed credentials, so it writes the references the drawer's Save writes.
  return (
    <RequestExtrasProvider documentKey={documentKey(props.spec)}>
      <WorkspaceBody {...props} />
    </RequestExtrasProvider>
  );
}

function WorkspaceBody({ spec, validating = false, carried, carriedTabs, onCarried, onUnsaved }: Props) {
  // Webhooks are listed too (marked, in their own group): they are part of the API's contract.
  const operations = useMemo(() => [...spec.model.operations, ...(spec.model.webhooks ?? [])], [spec.model]);
  const listed = useResources(operations);
  // What was typed (and answered) in an operation picked on the outline screen goes on here.
  const [forms, dispatchForms] = useReducer(requestFormsReducer, carried?.forms ?? initialRequestFormsState);
  const responses = useResponses(carried?.exchanges);
  // A form that moves (saved as a file, or its file gone) keeps its last answer in view with it.
  const tabs = useTabs(spec, operations, forms, dispatchForms, responses.move);
  // The sidebar selects through the tabs: the active tab is the selection.
  const op = tabs.active?.op;
  // A single click opens the preview tab (replaced by the next one); a double click keeps it open.
  const { show } = tabs;
  const resources = useMemo<Resources>(
    () => ({ ...listed, select: (key: string) => show(key, true), pin: (key: string) => show(key), ...(op ? { selected: op } : { selected: undefined }) }),
    [listed, show, op],
  );
  useForgetClosedExchanges(tabs.tabs, responses);
  const [verifying, setVerifying] = useState(false);
  const openVerify = useCallback(() => setVerifying(true), []);
  const closeVerify = useCallback(() => setVerifying(false), []);
  const fillSavedKeys = useFillSavedKeys();
  const loadSaved = useOpenSavedRequest(spec, tabs.loadForm, tabs.show, fillSavedKeys);
  // Each saved request has a form (and a tab) of its own: another one of the same operation opens beside it.
  // The same request again shows its tab with its file's version ("Load the file's version" relies on it).
  const openSaved = useCallback(
    (saved: SavedRequest, id: string, preview?: boolean) => {
      // A request whose operation the open document does not have opens as a document: no spec needed.
      if (!operations.some((candidate) => candidate.key === saved.operation?.key)) {
        const open = tabs.tabs.find((candidate) => candidate.doc?.savedId === id);
        if (open) tabs.activate(open.id);
        if (open && preview !== true) tabs.pin(open.id);
        if (!open) tabs.openDocument(draftFromSaved(saved, id), { preview: preview === true });
        return;
      }
      loadSaved(saved, id, preview);
    },
    [tabs, loadSaved, operations],
  );
  // A request document tab saves over the saved request its draft names (the tab holds which, once).
  const activeDoc = tabs.active?.op === undefined ? tabs.active?.doc : undefined;
  const activeDocId = activeDoc === undefined ? undefined : tabs.active?.id;
  // Save as (a request never saved, or the person asked): the dialog names the tab it saves.
  const { activeDocument, saveAsDialog } = useDocumentSaving(tabs, activeDocId, activeDoc);
  const saveTab = useSaveTab(activeDocument);
  const activeSavedId = tabs.active?.savedId;
  const activeFormKey = tabs.active === undefined ? undefined : tabFormKey(tabs.active);
  const activeSavedName = tabs.active?.savedName;
  const activeSaved = useMemo(() => (activeSavedId === undefined ? undefined : { id: activeSavedId, name: activeSavedName ?? '' }), [activeSavedId, activeSavedName]);
  const { openDocument, markSaved } = tabs;
  // Saved as a file, the form becomes that saved request's.
  const savedAs = useCallback((formKey: string, saved: SavedPlace) => void markSaved(formKey, saved), [markSaved]);
  // A history entry opens as an unsaved request; its credentials come from the current auth and environment.
  // "Open in editor" is a preview like a click in a list; "Send again" keeps its tab, which holds what it sent.
  const openFromHistory = useCallback((draft: RequestDraft, send: boolean) => openDocument(draft, send ? { send } : { preview: true }), [openDocument]);
  const activeId = tabs.active?.id;
  const { editDocument, sentOnOpen } = tabs;
  const sentActive = useCallback(() => {
    if (activeId !== undefined) sentOnOpen(activeId);
  }, [activeId, sentOnOpen]);
  const editActive = useCallback((draft: RequestDraft) => {
    if (activeId !== undefined) editDocument(activeId, draft);
  }, [activeId, editDocument]);
  // Once, on mount: the operation picked in the outline opens in the first tab.
  const carriedOpKey = useRef(carried?.opKey);
  const carriedFocus = useRef(carried?.focus);
  useEffect(() => {
    if (carriedOpKey.current !== undefined) show(carriedOpKey.current);
    carriedOpKey.current = undefined;
    // The outline's list is gone: the cursor goes back where it was (after the list shows), so typing or arrowing goes on.
    const focus = carriedFocus.current;
    carriedFocus.current = undefined;
    if (focus !== undefined) requestAnimationFrame(() => (focus === 'filter' ? focusFilter(false) : focusSelectedRow()));
  }, [show]);

  useCarriedTabs({ carriedTabs, onCarried, operations, defs: spec.model.schemaDefs, schemes: spec.model.securitySchemes, tabs, loadSaved, dispatchForms });
  // Opening another document asks first while edits would go with these tabs (App asks: it opens documents).
  const unsavedTitles = useMemo(() => tabs.tabs.filter((tab) => tab.changed).map((tab) => tab.title), [tabs.tabs]);
  const unsavedKey = unsavedTitles.join('\n');
  useEffect(() => {
    onUnsaved?.(unsavedKey === '' ? [] : unsavedKey.split('\n'));
    return () => onUnsaved?.([]);
  }, [unsavedKey, onUnsaved]);

  useCommand('save', saveTab.save);
  useCommand('new-tab', tabs.newTab);
  useCommand(
    'close-tab',
    useCallback(() => {
      if (tabs.active) tabs.close(tabs.active.id);
    }, [tabs]),
  );
  const panes = usePaneLayout();
  const { layout, update } = panes;
  const sidebarShown = !layout.sidebarCollapsed;
  // The list was in use a moment ago on the outline screen, which always shows it: it stays in view.
  const carriedList = useRef(carried !== undefined);
  useEffect(() => {
    if (carriedList.current && layout.sidebarCollapsed) update({ sidebarCollapsed: false });
    carriedList.current = false;
  }, [layout.sidebarCollapsed, update]);
  useCommand(
    'find',
    useCallback(() => {
      // Find must land somewhere visible: a hidden resources pane comes back first.
      if (layout.sidebarCollapsed) update({ sidebarCollapsed: false });
      requestAnimationFrame(() => focusFilter());
    }, [layout.sidebarCollapsed, update]),
  );
  const toggleSidebar = useCallback(() => update({ sidebarCollapsed: sidebarShown }), [update, sidebarShown]);
  const toggleResponse = useCallback(() => update({ responseCollapsed: !layout.responseCollapsed }), [update, layout.responseCollapsed]);

  return (
    <>
      <div className="workspace" style={{ ['--sidebar-width' as string]: sidebarShown ? `${layout.sidebarPx}px` : '0px' }}>
        <div className="pane-resources" id="pane-resources" hidden={!sidebarShown}>
          <ResourceSidebar model={spec.model} resources={resources} {...(carried ? { initialFilter: carried.filter } : {})} notices={<ProblemsPanel problems={spec.problems} validating={validating} />} />
        </div>
        <Splitter
          label="Resize the resources pane"
          controls="pane-resources"
          value={layout.sidebarPx}
          range={SIDEBAR_RANGE}
          pixelsPerUnit={() => 1}
          collapsed={!sidebarShown}
          collapsedAt="min"
          onChange={(sidebarPx) => update({ sidebarPx })}
          onToggleCollapsed={toggleSidebar}
          testId="splitter-resources"
        />
        <main className="workspace-main">
          <TabBar
            tabs={tabs}
            {...(saveTab.notice ? { notice: saveTab.notice } : {})}
            onDismissNotice={saveTab.dismiss}
            before={
              <button type="button" className="button button-small button-ghost pane-toggle" onClick={toggleSidebar} aria-expanded={sidebarShown} aria-controls="pane-resources" title={sidebarShown ? 'Hide the resources pane' : 'Show the resources pane'} data-testid="toggle-resources">
                <span aria-hidden="true">{sidebarShown ? '⟨' : '⟩'}</span>
                <span className="visually-hidden">Resources pane</span>
              </button>
            }
            after={
              tabs.active && (
                <button type="button" className="button button-small button-ghost pane-toggle" onClick={toggleResponse} aria-expanded={!layout.responseCollapsed} aria-controls="pane-response" title={layout.responseCollapsed ? 'Show the response pane' : 'Hide the response pane'} data-testid="toggle-response">
                  {layout.responseCollapsed ? 'Show response' : 'Hide response'}
                </button>
              )
            }
          />
          <div className="workspace-content" id="workspace-tabpanel" {...(tabs.active ? { role: 'tabpanel', 'aria-labelledby': tabs.active.id } : {})}>
            {op ? (
              <OperationWorkspace key={activeFormKey ?? op.key} spec={spec} op={op} formKey={activeFormKey ?? op.key} forms={forms} dispatchForms={dispatchForms} responses={responses} panes={panes} {...(activeSaved ? { saved: activeSaved } : {})} {...(tabs.active?.deletedFile ? { deletedFile: tabs.active.deletedFile } : {})} onSavedAs={savedAs} />
            ) : tabs.active ? (
              <DocumentWorkspace
                key={tabs.active.id}
                tabId={tabs.active.id}
                {...(tabs.active.doc ? { draft: tabs.active.doc } : {})}
                onChange={editActive}
                spec={spec}
                responses={responses}
                panes={panes}
                sendOnOpen={tabs.active.sendOnOpen === true}
                onSentOnOpen={sentActive}
                onSaveAs={activeDocument?.saveAs}
                {...(tabs.active.deletedFile ? { deletedName: tabs.active.deletedFile.name } : {})}
              />
            ) : (
              verifying ? (
                <VerifyView spec={spec} onClose={closeVerify} />
              ) : (
                <ApiOverview spec={spec} onVerify={openVerify} />
              )
            )}
          </div>
        </main>
        {saveAsDialog}
        <HistoryDrawer responses={responses} onOpenInEditor={openFromHistory} />
        <CollectionsDrawer operations={operations} onOpenSaved={openSaved} onGone={tabs.filesGone} spec={spec} />
      </div>
    </>
  );
}

// The row of the operation open in the active tab (the one picked in the outline).
function focusSelectedRow(): void {
  document.querySelector<HTMLElement>('[data-testid="operation-row"][aria-current="true"]')?.focus();
}
