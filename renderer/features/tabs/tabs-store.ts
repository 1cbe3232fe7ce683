/**
 * The open tabs of one document. A tab shows one operation's form (forms are kept per operation,
 * so an operation is open in at most one tab) or nothing yet (a new tab). Each remembers the form
 * it was opened or last saved with, to tell unsaved changes.
 */
import type { RequestDraft } from '../document/request-draft';
import type { RequestForm } from '../request/request-form-model';

export interface Tab {
  readonly id: string;
  /** Undefined for a new tab that shows no operation yet. */
  readonly opKey?: string;
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
  /** Show an operation: its tab if open, else the active new tab takes it, else a new tab after the active one. */
  | { readonly type: 'show'; readonly opKey: string; readonly form?: RequestForm; readonly saved?: SavedPlace }
  /** A new tab: an empty request, or `doc` (a saved, imported or history request). */
  | { readonly type: 'new'; readonly doc?: RequestDraft; readonly send?: boolean }
  /** Tab `id` made the send it was opened for. */
  | { readonly type: 'sent-on-open'; readonly id: string }
  /** The person edited the document of tab `id`. */
  | { readonly type: 'doc'; readonly id: string; readonly doc: RequestDraft }
  /** The document of tab `id` was saved as it is now. */
  | { readonly type: 'doc-saved'; readonly id: string; readonly doc: RequestDraft }
  | { readonly type: 'close'; readonly id: string }
  | { readonly type: 'activate'; readonly id: string }
  /** The operation's form was saved or (re)loaded: this is now what "no changes" means (no form: keep the baseline, only name it). */
  | { readonly type: 'baseline'; readonly opKey: string; readonly form?: RequestForm; readonly savedName?: string; readonly savedId?: string };

/** No tabs: the workspace shows the API overview. */
export const initialTabsState: TabsState = { tabs: [], nextId: 1 };

/** Reducer for the tabs store. */
export function tabsReducer(state: TabsState, action: TabsAction): TabsState {
  switch (action.type) {
    case 'show': {
      const named = action.saved === undefined ? {} : { savedId: action.saved.id, savedName: action.saved.name };
      const open = state.tabs.find((tab) => tab.opKey === action.opKey);
      if (open && action.saved !== undefined) return { ...state, activeId: open.id, tabs: state.tabs.map((tab) => (tab === open ? { ...tab, ...named } : tab)) };
      if (open) return open.id === state.activeId ? state : { ...state, activeId: open.id };
      const fresh: Tab = { id: '', opKey: action.opKey, ...(action.form ? { baseline: action.form } : {}), ...named };
      const activeIndex = state.tabs.findIndex((tab) => tab.id === state.activeId);
      const active = state.tabs[activeIndex];
      // An untouched new tab takes the operation; one holding a request of its own stays.
      if (active && active.opKey === undefined && active.doc === undefined) {
        const tabs = state.tabs.map((tab) => (tab === active ? { ...fresh, id: active.id } : tab));
        return { ...state, tabs };
      }
      const id = `tab-${state.nextId}`;
      const tabs = [...state.tabs];
      tabs.splice(activeIndex + 1, 0, { ...fresh, id });
      return { tabs, activeId: id, nextId: state.nextId + 1 };
    }
    case 'new': {
      const id = `tab-${state.nextId}`;
      const tab: Tab = action.doc === undefined ? { id } : { id, doc: action.doc, docBaseline: action.doc, ...(action.send === true ? { sendOnOpen: true } : {}) };
      return { tabs: [...state.tabs, tab], activeId: id, nextId: state.nextId + 1 };
    }
    case 'doc':
      return { ...state, tabs: state.tabs.map((tab) => (tab.id === action.id ? { ...tab, doc: action.doc } : tab)) };
    case 'sent-on-open':
      return { ...state, tabs: state.tabs.map((tab) => (tab.id === action.id ? { id: tab.id, ...(tab.doc ? { doc: tab.doc } : {}), ...(tab.docBaseline ? { docBaseline: tab.docBaseline } : {}) } : tab)) };
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
      const tabs = state.tabs.map((tab) => {
        if (tab.opKey !== action.opKey) return tab;
        const savedName = action.savedName ?? tab.savedName;
        const savedId = action.savedId ?? tab.savedId;
        const baseline = action.form ?? tab.baseline;
        return { id: tab.id, opKey: action.opKey, ...(savedName !== undefined ? { savedName } : {}), ...(savedId !== undefined ? { savedId } : {}), ...(baseline ? { baseline } : {}) };
      });
      return { ...state, tabs };
    }
  }
}

/** The active tab, if any. */
export function activeTab(state: TabsState): Tab | undefined {
  return state.tabs.find((tab) => tab.id === state.activeId);
}
