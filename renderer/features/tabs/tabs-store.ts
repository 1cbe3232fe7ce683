/**
 * The open tabs of one document. A tab shows one request's form: the operation's own (opened from
 * the resource list) or a saved request's (each its own form, so two saved requests of one operation
 * open in two tabs), at most one tab per form; or nothing yet (a new tab). Each remembers the form it
 * was opened or last saved with, to tell unsaved changes.
 *
 * A preview tab (a single click in a list) is replaced by the next single click, as in VS Code;
 * editing it, double-clicking it or its list item pins it. At most one tab is a preview.
 *
 * A tab claims at most one file, and a file is claimed by at most one tab. Once a tab's file is gone (deleted,
 * or its id given to another file), the tab lets go of it: see releaseFiles.
 */
import { sameDraft, type RequestDraft } from '../document/request-draft';
import type { RequestForm } from '../request/request-form-model';
import { detachedFormKeyOf, formKeyOf } from '../request/request-forms-store';

export interface Tab {
  readonly id: string;
  /** Undefined for a new tab that shows no operation yet. */
  readonly opKey?: string;
  /** Which form of the forms store the tab shows (see formKeyOf); set with opKey. */
  readonly formKey?: string;
  /** The saved request the tab holds, once it has one. */
  readonly savedName?: string;
  readonly savedId?: string;
  /** The form as last opened or saved; undefined means the operation's fresh form. */
  readonly baseline?: RequestForm;
  /** A request document (free-form, saved or imported) as typed; undefined in an untouched new tab. */
  readonly doc?: RequestDraft;
  /** The document as opened or last saved, to tell unsaved changes. */
  readonly docBaseline?: RequestDraft;
  /** Send as soon as the tab shows (history's "Send again"); cleared once done. */
  readonly sendOnOpen?: boolean;
  /** The next preview replaces this tab (it holds nothing the person edited). */
  readonly preview?: boolean;
  /**
   * The saved request this tab held until its file was deleted: the tab holds edits that are now saved nowhere,
   * and claims no file (saving asks for a name and a place, as for a new request). Its id is only a hint of where.
   */
  readonly deletedFile?: SavedPlace;
}

/** A saved request in a collection: its id (path) and name. */
export interface SavedPlace {
  readonly id: string;
  readonly name: string;
}

export interface TabsState {
  readonly tabs: readonly Tab[];
  readonly activeId?: string;
  readonly nextId: number;
}

export type TabsAction =
  /** Show an operation's form (`saved`: that saved request's): its tab if open, else the active new tab takes it, else a new tab after the active one. */
  | { readonly type: 'show'; readonly opKey: string; readonly form?: RequestForm; readonly preview?: boolean; readonly saved?: SavedPlace }
  /** A new tab: an empty request, or `doc` (a saved, imported or history request, edited from `baseline` if given); a preview replaces the preview tab. */
  | { readonly type: 'new'; readonly doc?: RequestDraft; readonly baseline?: RequestDraft; readonly send?: boolean; readonly preview?: boolean }
  /** Tab `id` stays open when the next preview opens. */
  | { readonly type: 'pin'; readonly id: string }
  /** Tab `id` made the send it was opened for. */
  | { readonly type: 'sent-on-open'; readonly id: string }
  /** The person edited the document of tab `id`. */
  | { readonly type: 'doc'; readonly id: string; readonly doc: RequestDraft }
  /** The document of tab `id` was saved as it is now (as the file `doc.savedId`: another tab claiming it lets go, see 'files-gone'). */
  | { readonly type: 'doc-saved'; readonly id: string; readonly doc: RequestDraft; readonly edited?: readonly string[] }
  /**
   * The files `savedIds` (with everything under them, for a folder or a collection) are gone: each tab that held one
   * lets go of it. Those in `edited` (tab ids, holding unsaved edits) stay, unbound; the others close. See releaseFiles.
   */
  | { readonly type: 'files-gone'; readonly savedIds: readonly string[]; readonly edited: readonly string[] }
  | { readonly type: 'close'; readonly id: string }
  | { readonly type: 'activate'; readonly id: string }
  /**
   * Form `formKey` was saved or (re)loaded: this is now what "no changes" means (no form: keep the baseline, only name it).
   * Saved as a request it was not yet, it becomes that request's form: `movedTo` is its new key. Another tab that
   * claimed `savedId` lets go of it (`edited`: those of them holding unsaved edits, see 'files-gone').
   */
  | { readonly type: 'baseline'; readonly formKey: string; readonly movedTo?: string; readonly form?: RequestForm; readonly savedName?: string; readonly savedId?: string; readonly edited?: readonly string[] };

/** No tabs: the workspace shows the API overview. */
export const initialTabsState: TabsState = { tabs: [], nextId: 1 };

/** Reducer for the tabs store. */
export function tabsReducer(state: TabsState, action: TabsAction): TabsState {
  switch (action.type) {
    case 'show': {
      const named = action.saved === undefined ? {} : { savedId: action.saved.id, savedName: action.saved.name };
      const formKey = formKeyOf(action.opKey, action.saved?.id);
      const open = state.tabs.find((tab) => tabFormKey(tab) === formKey);
      if (open) {
        const pinned = action.preview !== true && open.preview === true ? pin(state, open.id) : state;
        const renamed = action.saved === undefined ? pinned : { ...pinned, tabs: pinned.tabs.map((tab) => (tab.id === open.id ? { ...tab, ...named } : tab)) };
        return open.id === state.activeId ? renamed : { ...renamed, activeId: open.id };
      }
      const fresh: Tab = { id: '', opKey: action.opKey, formKey, ...(action.form ? { baseline: action.form } : {}), ...previewFlag(action.preview), ...named };
      const active = activeTab(state);
      // An untouched new tab takes the operation; one holding a request of its own stays.
      if (active && active.opKey === undefined && active.doc === undefined) {
        const tabs = state.tabs.map((tab) => (tab === active ? { ...fresh, id: active.id } : tab.preview === true && action.preview === true ? withoutPreview(tab) : tab));
        return { ...state, tabs };
      }
      return place(state, fresh);
    }
    case 'new': {
      if (action.doc === undefined) return place(state, { id: '' }, true);
      return place(state, { id: '', doc: action.doc, docBaseline: action.baseline ?? action.doc, ...(action.send === true ? { sendOnOpen: true } : {}), ...previewFlag(action.preview) }, true);
    }
    case 'pin':
      return pin(state, action.id);
    case 'doc':
      // An edit pins a preview: what the person typed is never replaced by the next click.
      return { ...state, tabs: state.tabs.map((tab) => (tab.id !== action.id ? tab : tab.preview === true && !sameDraft(action.doc, tab.docBaseline) ? withoutPreview({ ...tab, doc: action.doc }) : { ...tab, doc: action.doc })) };
    case 'sent-on-open':
      return { ...state, tabs: state.tabs.map((tab) => (tab.id === action.id ? { id: tab.id, ...(tab.doc ? { doc: tab.doc } : {}), ...(tab.docBaseline ? { docBaseline: tab.docBaseline } : {}), ...previewFlag(tab.preview) } : tab)) };
    case 'doc-saved': {
      const savedId = action.doc.savedId;
      const released = savedId === undefined ? state : releaseFiles(state, (tab) => tab.id !== action.id && claimedFile(tab) === savedId, action.edited ?? [], action.id);
      return { ...released, tabs: released.tabs.map((tab) => (tab.id === action.id ? withoutDeletedFile({ ...tab, doc: action.doc, docBaseline: action.doc }) : tab)) };
    }
    case 'files-gone':
      return releaseFiles(state, (tab) => isUnder(claimedFile(tab), action.savedIds), action.edited);
    case 'close': {
      const index = state.tabs.findIndex((tab) => tab.id === action.id);
      if (index < 0) return state;
      const tabs = state.tabs.filter((tab) => tab.id !== action.id);
      if (state.activeId !== action.id) return { ...state, tabs };
      // The neighbour on the right takes focus, as in browsers; the last tab's goes left.
      const next = tabs[index] ?? tabs[index - 1];
      return { tabs, nextId: state.nextId, ...(next ? { activeId: next.id } : {}) };
    }
    case 'activate':
      return state.tabs.some((tab) => tab.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'baseline': {
      // A file has one tab: another tab claiming the id just saved held a file since deleted whose id was given again
      // (its Ctrl+S would write its old values over the new file), so it lets go; the saving tab takes its form's place.
      const saving = state.tabs.find((tab) => tab.opKey !== undefined && tabFormKey(tab) === action.formKey);
      const released = saving === undefined ? state : releaseFiles(state, (tab) => staleAfterSave(tab, saving, action.savedId, action.movedTo), action.edited ?? [], saving.id);
      const tabs = released.tabs.map((tab) => {
        if (tab.opKey === undefined || tabFormKey(tab) !== action.formKey) return tab;
        const savedName = action.savedName ?? tab.savedName;
        const savedId = action.savedId ?? tab.savedId;
        const baseline = action.form ?? tab.baseline;
        // Saved as a file again, a tab whose file was deleted is that file's from here.
        const deleted = savedId === undefined && tab.deletedFile !== undefined ? { deletedFile: tab.deletedFile } : {};
        return { id: tab.id, opKey: tab.opKey, formKey: action.movedTo ?? action.formKey, ...(savedName !== undefined ? { savedName } : {}), ...(savedId !== undefined ? { savedId } : {}), ...(baseline ? { baseline } : {}), ...previewFlag(tab.preview), ...deleted };
      });
      return { ...released, tabs };
    }
  }
}

/**
 * The tabs that let go of their file when tab `saving` is saved as the file `savedId` (its form moving to `movedTo`):
 * those that claimed it held a file deleted since whose id was given again. Those holding edits keep them under
 * unboundFormKey (the caller moves their forms there first).
 */
export function tabsStaleAfterSave(tabs: readonly Tab[], formKey: string, savedId?: string, movedTo?: string): Tab[] {
  const saving = tabs.find((tab) => tab.opKey !== undefined && tabFormKey(tab) === formKey);
  return saving === undefined ? [] : tabs.filter((tab) => staleAfterSave(tab, saving, savedId, movedTo));
}

/** The tabs holding one of the files `savedIds` (or a file under one of them, a folder or a collection). */
export function tabsHoldingFiles(tabs: readonly Tab[], savedIds: readonly string[]): Tab[] {
  return tabs.filter((tab) => isUnder(claimedFile(tab), savedIds));
}

/** The saved request tab `tab` claims: the one it saves over. */
export function claimedFile(tab: Tab): string | undefined {
  return tab.savedId ?? tab.doc?.savedId;
}

/** The form key of tab `tab` once it lets go of its file (undefined for a request document: it has no form). */
export function unboundFormKey(tab: Tab): string | undefined {
  return tab.opKey === undefined ? undefined : detachedFormKeyOf(tab.opKey, tab.id);
}

/**
 * Where form `formKey` goes once saved as the file `savedId`: that file's form key when it is not there yet, else
 * undefined (it stays). A tab holding that key already is stale (see 'baseline'), so it never keeps the form out.
 */
export function formKeyAfterSave(tabs: readonly Tab[], formKey: string, savedId?: string): string | undefined {
  const opKey = tabs.find((tab) => tabFormKey(tab) === formKey)?.opKey;
  if (opKey === undefined || savedId === undefined) return undefined;
  const target = formKeyOf(opKey, savedId);
  return target === formKey ? undefined : target;
}

/** The key of the form tab `tab` shows; undefined for a tab without an operation. */
export function tabFormKey(tab: Tab): string | undefined {
  return tab.formKey ?? tab.opKey;
}

/** The active tab, if any. */
export function activeTab(state: TabsState): Tab | undefined {
  return state.tabs.find((tab) => tab.id === state.activeId);
}

/** The preview tab, if one is open. */
export function previewTab(state: TabsState): Tab | undefined {
  return state.tabs.find((tab) => tab.preview === true);
}

function staleAfterSave(tab: Tab, saving: Tab, savedId: string | undefined, movedTo: string | undefined): boolean {
  return tab !== saving && ((savedId !== undefined && claimedFile(tab) === savedId) || (movedTo !== undefined && tab.opKey !== undefined && tabFormKey(tab) === movedTo));
}

function isUnder(savedId: string | undefined, gone: readonly string[]): boolean {
  return savedId !== undefined && gone.some((id) => savedId === id || savedId.startsWith(`${id}/`));
}

// A tab whose file is gone must stop claiming it: whatever takes the id next is another request, and Ctrl+S there
// would write this one over it. With unsaved edits (`edited`), the tab stays as an unsaved request under a form of
// its own, so nothing typed is lost and saving asks where. Without, it showed only the file that is gone, and it
// closes: keeping it would leave a second tab of that name beside the file that now has the id, one of them a ghost
// (deleting an open, unedited request closes its tab in other API clients too). The active tab, if closed, hands
// focus to `focus` when given, else to its neighbour as on close.
function releaseFiles(state: TabsState, stale: (tab: Tab) => boolean, edited: readonly string[], focus?: string): TabsState {
  if (!state.tabs.some(stale)) return state;
  const tabs = state.tabs.flatMap((tab) => (!stale(tab) ? [tab] : edited.includes(tab.id) ? [unbound(tab)] : []));
  if (state.activeId === undefined || tabs.some((tab) => tab.id === state.activeId)) return { ...state, tabs };
  const kept = new Set(tabs.map((tab) => tab.id));
  const index = state.tabs.findIndex((tab) => tab.id === state.activeId);
  const after = state.tabs.slice(index + 1).find((tab) => kept.has(tab.id));
  const before = state.tabs.slice(0, index).reverse().find((tab) => kept.has(tab.id));
  const next = focus ?? after?.id ?? before?.id;
  return { tabs, nextId: state.nextId, ...(next !== undefined ? { activeId: next } : {}) };
}

function unbound(tab: Tab): Tab {
  const id = claimedFile(tab);
  const deletedFile = tab.deletedFile ?? (id === undefined ? undefined : { id, name: tab.savedName ?? tab.doc?.name ?? id.split('/').at(-1) ?? id });
  const named = deletedFile === undefined ? {} : { deletedFile };
  const formKey = unboundFormKey(tab);
  if (tab.opKey !== undefined && formKey !== undefined) return { id: tab.id, opKey: tab.opKey, formKey, ...(tab.baseline ? { baseline: tab.baseline } : {}), ...named };
  return { id: tab.id, ...(tab.doc ? { doc: withoutSavedId(tab.doc) } : {}), ...(tab.docBaseline ? { docBaseline: withoutSavedId(tab.docBaseline) } : {}), ...named };
}

function withoutSavedId(doc: RequestDraft): RequestDraft {
  const rest: { -readonly [K in keyof RequestDraft]: RequestDraft[K] } = { ...doc };
  delete rest.savedId;
  return rest;
}

function withoutDeletedFile(tab: Tab): Tab {
  const rest: { -readonly [K in keyof Tab]: Tab[K] } = { ...tab };
  if (tab.doc?.savedId !== undefined) delete rest.deletedFile;
  return rest;
}

function previewFlag(preview: boolean | undefined): { readonly preview?: true } {
  return preview === true ? { preview } : {};
}

function withoutPreview(tab: Tab): Tab {
  const pinned: { -readonly [K in keyof Tab]: Tab[K] } = { ...tab };
  delete pinned.preview;
  return pinned;
}

function pin(state: TabsState, id: string): TabsState {
  return state.tabs.some((tab) => tab.id === id && tab.preview === true) ? { ...state, tabs: state.tabs.map((tab) => (tab.id === id ? withoutPreview(tab) : tab)) } : state;
}

// Opens `tab` under a fresh id: a preview takes the preview tab's place (a new id, so nothing of
// the request it showed stays with it), anything else goes after the active tab, or last when `atEnd`.
function place(state: TabsState, tab: Tab, atEnd = false): TabsState {
  const id = `tab-${state.nextId}`;
  const opened = { ...tab, id };
  const replaced = tab.preview === true ? state.tabs.findIndex((candidate) => candidate.preview === true) : -1;
  const tabs = [...state.tabs];
  if (replaced >= 0) tabs.splice(replaced, 1, opened);
  else if (atEnd) tabs.push(opened);
  else tabs.splice(state.tabs.findIndex((candidate) => candidate.id === state.activeId) + 1, 0, opened);
  return { tabs, activeId: id, nextId: state.nextId + 1 };
}
