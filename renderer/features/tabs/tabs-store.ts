/**
 * The open tabs of one document. A tab shows one request's form: the operation's own (opened from
 * the resource list) or a saved request's (each its own form, so two saved requests of one operation
 * open in two tabs), at most one tab per form; or nothing yet (a new tab). Each remembers the form it
 * was opened or last saved with, to tell unsaved changes.
 *
 * A preview tab (a single click in a list) is replaced by the next single click, as in VS Code;
 * editing it, double-clicking it or its list item pins it. At most one tab is a preview.
 */
import { sameDraft, type RequestDraft } from '../document/request-draft';
import type { RequestForm } from '../request/request-form-model';
import { formKeyOf } from '../request/request-forms-store';

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
  /** The document of tab `id` was saved as it is now. */
  | { readonly type: 'doc-saved'; readonly id: string; readonly doc: RequestDraft }
  | { readonly type: 'close'; readonly id: string }
  | { readonly type: 'activate'; readonly id: string }
  /**
   * Form `formKey` was saved or (re)loaded: this is now what "no changes" means (no form: keep the baseline, only name it).
   * Saved as a request it was not yet, it becomes that request's form: `movedTo` is its new key.
   */
  | { readonly type: 'baseline'; readonly formKey: string; readonly movedTo?: string; readonly form?: RequestForm; readonly savedName?: string; readonly savedId?: string };

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
    case 'doc-saved':
      return { ...state, tabs: state.tabs.map((tab) => (tab.id === action.id ? { ...tab, doc: action.doc, docBaseline: action.doc } : tab)) };
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
      // (its Ctrl+S would write its old values over the new file), so it goes; the saving tab takes its form's place.
      const saving = state.tabs.find((tab) => tab.opKey !== undefined && tabFormKey(tab) === action.formKey);
      const stale = (tab: Tab): boolean => tab !== saving && tab.opKey !== undefined && ((action.savedId !== undefined && tab.savedId === action.savedId) || (action.movedTo !== undefined && tabFormKey(tab) === action.movedTo));
      const kept = saving === undefined ? state.tabs : state.tabs.filter((tab) => !stale(tab));
      const tabs = kept.map((tab) => {
        if (tab.opKey === undefined || tabFormKey(tab) !== action.formKey) return tab;
        const savedName = action.savedName ?? tab.savedName;
        const savedId = action.savedId ?? tab.savedId;
        const baseline = action.form ?? tab.baseline;
        return { id: tab.id, opKey: tab.opKey, formKey: action.movedTo ?? action.formKey, ...(savedName !== undefined ? { savedName } : {}), ...(savedId !== undefined ? { savedId } : {}), ...(baseline ? { baseline } : {}), ...previewFlag(tab.preview) };
      });
      const activeGone = state.activeId !== undefined && !tabs.some((tab) => tab.id === state.activeId);
      return activeGone && saving !== undefined ? { ...state, tabs, activeId: saving.id } : { ...state, tabs };
    }
  }
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
