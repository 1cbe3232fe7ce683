/**
 * The tabs feature: which requests are open, which one shows, and which hold unsaved changes.
 * Forms stay in the request forms store (one per request: see formKeyOf); tabs only remember which
 * form they show and its baseline. A saved request's form goes once no tab holds it.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, type Dispatch } from 'react';
import type { LoadedSpec, OperationModel } from '../../../shared/model/api-model';
import { initialForm } from '../request/request-form-model';
import { formKeyOf, isSavedFormKey, requestFormsReducer, type RequestFormsAction, type RequestFormsState } from '../request/request-forms-store';
import { draftTitle, emptyDraft, sameDraft, type RequestDraft } from '../document/request-draft';
import { formChanged } from './form-changes';
import { activeTab, claimedFile, formKeyAfterSave, initialTabsState, tabFormKey, tabsHoldingFiles, tabsReducer, tabsStaleAfterSave, unboundFormKey, type SavedPlace, type Tab } from './tabs-store';

export interface OpenTab extends Tab {
  readonly op?: OperationModel;
  readonly title: string;
  readonly changed: boolean;
}

export interface OpenDocumentOptions {
  readonly send?: boolean;
  readonly preview?: boolean;
  readonly baseline?: RequestDraft;
}

export interface Tabs {
  readonly tabs: readonly OpenTab[];
  readonly active?: OpenTab;
  /**
   * Shows an operation's own form in its tab (opening one if needed), or with `saved` the form of that saved request
   * (just loaded into it), in a tab of its own; `preview` opens it in the preview tab (a single click).
   */
  readonly show: (opKey: string, preview?: boolean, saved?: SavedPlace) => void;
  /** Tab `id` stays open when the next preview opens (a double click, an edit). */
  readonly pin: (id: string) => void;
  readonly newTab: () => void;
  readonly activate: (id: string) => void;
  /** Closes a tab; one with unsaved changes asks first and, when closed, its edits are dropped. */
  readonly close: (id: string) => void;
  /** Form `formKey` now counts as saved (as the saved request `saved`, when given: its form from here, under the key returned if it changed). */
  readonly markSaved: (formKey: string, saved?: SavedPlace) => string | undefined;
  /** A forms dispatch that also takes the new form as the baseline (a saved request was loaded into it). */
  readonly loadForm: Dispatch<RequestFormsAction>;
  /**
   * Opens a request document (saved, imported, from history) in a new tab, or the preview tab; `send`
   * sends it once it shows; `baseline` is what it was opened as, when edits came with it.
   */
  readonly openDocument: (doc: RequestDraft, options?: OpenDocumentOptions) => void;
  /** Tab `id` made the send it was opened for. */
  readonly sentOnOpen: (id: string) => void;
  /** What the person typed into tab `id`'s request. */
  readonly editDocument: (id: string, doc: RequestDraft) => void;
  /** Tab `id`'s request was saved as `doc`: no unsaved changes from here. */
  readonly documentSaved: (id: string, doc: RequestDraft) => void;
  /**
   * The saved requests `savedIds` (or folders, collections: all under them) are gone: the tabs holding them let go.
   * One with unsaved edits stays as an unsaved request, marked as such; one without closes (see tabs-store).
   */
  readonly filesGone: (savedIds: readonly string[]) => void;
}

// Before any document is open, tabs hold request documents only: no operation, no schemas.
const NO_DEFS: LoadedSpec['model']['schemaDefs'] = {};

/**
 * Tabs over the operations of `spec` (none yet: request documents only), comparing each form in `forms` with its baseline.
 * `onFormMoved` hears of each form that goes to another key (saved as a file, or its file gone), for what else goes by that key.
 */
export function useTabs(spec: LoadedSpec | undefined, operations: readonly OperationModel[], forms: RequestFormsState, dispatchForms: Dispatch<RequestFormsAction>, onFormMoved?: (from: string, to: string) => void): Tabs {
  const [state, dispatch] = useReducer(tabsReducer, initialTabsState);
  // Ahead of renders on purpose: loadForm moves it forward at once, so a show right after sees the loaded form.
  const formsRef = useRef(forms);
  formsRef.current = forms;
  const byKey = useMemo(() => new Map(operations.map((op) => [op.key, op])), [operations]);
  const defs = spec?.model.schemaDefs ?? NO_DEFS;

  // Fresh forms make a new Idempotency-Key each time, which the comparison ignores; one per tab is enough.
  const fresh = useMemo(() => new Map<string, ReturnType<typeof initialForm>>(), []);
  const tabs = useMemo<OpenTab[]>(
    () =>
      state.tabs.map((tab) => {
        const op = tab.opKey === undefined ? undefined : byKey.get(tab.opKey);
        // A tab whose file was deleted holds a request saved nowhere: closing it asks, whatever was typed since.
        const unsaved = tab.deletedFile !== undefined;
        if (!op) return { ...tab, title: tab.deletedFile?.name ?? draftTitle(tab.doc), changed: unsaved || (tab.doc !== undefined && !sameDraft(tab.doc, tab.docBaseline ?? emptyDraft())) };
        const formKey = tabFormKey(tab) ?? op.key;
        const form = forms.forms[formKey];
        let baseline = tab.baseline;
        if (!baseline && form) {
          baseline = fresh.get(formKey) ?? initialForm(op, defs);
          fresh.set(formKey, baseline);
        }
        const title = tab.savedName ?? tab.deletedFile?.name ?? `${op.method.toUpperCase()} ${op.path}`;
        return { ...tab, op, title, changed: unsaved || (form !== undefined && baseline !== undefined && formChanged(op, form, baseline)) };
      }),
    [state.tabs, byKey, forms.forms, fresh, defs],
  );
  const active = tabs.find((tab) => tab.id === activeTab(state)?.id);

  // Leaving the page (closing the window, reloading) with unsaved tabs asks first: the
  // browser shows its own prompt; the desktop app answers with a dialog of its own.
  const anyChanged = tabs.some((tab) => tab.changed);
  useEffect(() => {
    if (!anyChanged) return undefined;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyChanged]);

  // An edited preview is pinned at once, so the next click opens beside it and never replaces it.
  const tabsRef = useRef(tabs);
  tabsRef.current = tabs;
  const editedPreview = tabs.find((tab) => tab.preview === true && tab.changed)?.id;
  useEffect(() => {
    if (editedPreview !== undefined) dispatch({ type: 'pin', id: editedPreview });
  }, [editedPreview]);
  // Also right before a preview opens: an edit made this very render is not replaced either.
  const pinEdited = useCallback(() => {
    const edited = tabsRef.current.find((tab) => tab.preview === true && tab.changed);
    if (edited) dispatch({ type: 'pin', id: edited.id });
  }, []);
  const show = useCallback(
    (opKey: string, preview?: boolean, saved?: SavedPlace) => {
      if (preview === true) pinEdited();
      const form = formsRef.current.forms[formKeyOf(opKey, saved?.id)];
      dispatch({ type: 'show', opKey, ...withForm(form), ...(preview === true ? { preview } : {}), ...(saved ? { saved } : {}) });
    },
    [pinEdited],
  );
  const pin = useCallback((id: string) => dispatch({ type: 'pin', id }), []);
  const newTab = useCallback(() => dispatch({ type: 'new' }), []);
  const openDocument = useCallback(
    (doc: RequestDraft, options?: OpenDocumentOptions) => {
      if (options?.preview === true) pinEdited();
      dispatch({ type: 'new', doc, ...(options?.send === true ? { send: true } : {}), ...(options?.preview === true ? { preview: true } : {}), ...(options?.baseline ? { baseline: options.baseline } : {}) });
    },
    [pinEdited],
  );
  const sentOnOpen = useCallback((id: string) => dispatch({ type: 'sent-on-open', id }), []);
  const editDocument = useCallback((id: string, doc: RequestDraft) => dispatch({ type: 'doc', id, doc }), []);
  const activate = useCallback((id: string) => dispatch({ type: 'activate', id }), []);
  const onFormMovedRef = useRef(onFormMoved);
  onFormMovedRef.current = onFormMoved;
  const moveForm = useCallback(
    (from: string, to: string) => {
      const action: RequestFormsAction = { type: 'move', from, to };
      dispatchForms(action);
      formsRef.current = requestFormsReducer(formsRef.current, action);
      onFormMovedRef.current?.(from, to);
    },
    [dispatchForms],
  );
  // Tabs letting go of their file: those with unsaved edits keep them under a form key of their own (moved there
  // before anything else takes the file's key); the store closes the others. Gives the ids of those that stay.
  const letGo = useCallback(
    (stale: readonly Tab[]): string[] => {
      const edited = stale.filter((tab) => tabsRef.current.find((open) => open.id === tab.id)?.changed === true);
      for (const tab of edited) {
        const from = tabFormKey(tab);
        const to = unboundFormKey(tab);
        if (from !== undefined && to !== undefined) moveForm(from, to);
      }
      return edited.map((tab) => tab.id);
    },
    [moveForm],
  );
  const documentSaved = useCallback(
    (id: string, doc: RequestDraft) => {
      const stale = doc.savedId === undefined ? [] : tabsRef.current.filter((tab) => tab.id !== id && claimedFile(tab) === doc.savedId);
      dispatch({ type: 'doc-saved', id, doc, edited: letGo(stale) });
    },
    [letGo],
  );
  const filesGone = useCallback(
    (savedIds: readonly string[]) => {
      const held = tabsHoldingFiles(tabsRef.current, savedIds);
      if (held.length > 0) dispatch({ type: 'files-gone', savedIds, edited: letGo(held) });
    },
    [letGo],
  );
  const markSaved = useCallback(
    (formKey: string, saved?: SavedPlace) => {
      // Saved as a file, the form is that saved request's from here: the operation's own form starts afresh,
      // and the file opened again shows in this tab. A tab that held that file's form before held a file
      // deleted since whose id this save took again: it lets go of the file first, and this form takes its place.
      const movedTo = formKeyAfterSave(tabsRef.current, formKey, saved?.id);
      const edited = letGo(tabsStaleAfterSave(tabsRef.current, formKey, saved?.id, movedTo));
      if (movedTo !== undefined) moveForm(formKey, movedTo);
      const form = formsRef.current.forms[movedTo ?? formKey];
      dispatch({ type: 'baseline', formKey, ...(movedTo !== undefined ? { movedTo } : {}), ...withForm(form), ...(saved ? { savedId: saved.id, savedName: saved.name } : {}), ...(edited.length > 0 ? { edited } : {}) });
      return movedTo;
    },
    [letGo, moveForm],
  );
  const loadForm = useCallback(
    (action: RequestFormsAction) => {
      dispatchForms(action);
      formsRef.current = requestFormsReducer(formsRef.current, action);
      if (action.type === 'update') dispatch({ type: 'baseline', formKey: action.formKey, ...withForm(formsRef.current.forms[action.formKey]) });
    },
    [dispatchForms],
  );
  // A saved request's form lives as long as a tab holds it: closed or replaced (a preview), it goes, and the
  // request opened again shows what its file holds. The operations' own forms stay (one per operation at most).
  const heldSaved = state.tabs.map(tabFormKey).filter((key): key is string => key !== undefined && isSavedFormKey(key));
  const heldKey = heldSaved.join('\u0000');
  const heldRef = useRef(heldSaved);
  heldRef.current = heldSaved;
  useEffect(() => {
    dispatchForms({ type: 'keep-saved', held: heldRef.current });
  }, [heldKey, dispatchForms]);
  const close = useCallback(
    (id: string) => {
      const tab = tabsRef.current.find((candidate) => candidate.id === id);
      if (!tab) return;
      if (tab.changed && !tab.op && !window.confirm(`"${tab.title}" has unsaved changes. Close the tab and discard them?`)) return;
      if (tab.changed && tab.op) {
        if (!window.confirm(`"${tab.title}" has unsaved changes. Close the tab and discard them?`)) return;
        const op = tab.op;
        const back = tab.baseline ?? initialForm(op, defs);
        dispatchForms({ type: 'update', formKey: tabFormKey(tab) ?? op.key, initial: back, update: () => back });
      }
      dispatch({ type: 'close', id });
    },
    [dispatchForms, defs],
  );

  return { tabs, ...(active ? { active } : {}), show, pin, newTab, activate, close, markSaved, loadForm, openDocument, sentOnOpen, editDocument, documentSaved, filesGone };
}

function withForm(form: RequestFormsState['forms'][string] | undefined) {
  return form ? { form } : {};
}
