/**
 * Every request form, keyed by the request it belongs to: an operation's own form (opened from the
 * resource list) by operation key, so switching operations loses nothing typed; a saved request's by
 * its operation and file, so two saved requests of one operation never share values. Also the base
 * URLs typed over a server's URL, shared by all its operations.
 */
import type { RequestForm } from './request-form-model';

export interface RequestFormsState {
  /** Form key (see formKeyOf) -> the form. */
  readonly forms: Readonly<Record<string, RequestForm>>;
  /** Resolved server URL -> what the person typed instead (a file's "/v1" -> "http://localhost:8000/v1"). */
  readonly baseUrls: Readonly<Record<string, string>>;
}

export type RequestFormsAction =
  | {
      readonly type: 'update';
      readonly formKey: string;
      /** The form to start from when this request has none yet. */
      readonly initial: RequestForm;
      readonly update: (form: RequestForm) => RequestForm;
    }
  /** The form under `from` now belongs to another request (the operation's form was saved as a file). */
  | { readonly type: 'move'; readonly from: string; readonly to: string }
  /** Saved requests' forms no tab holds any more are dropped; `held` are those still open. */
  | { readonly type: 'keep-saved'; readonly held: readonly string[] }
  | { readonly type: 'base-url'; readonly serverUrl: string; readonly value?: string };

// Not in an operation key ("POST /orders"), so a saved request's key never reads as an operation's.
const SAVED_MARK = '\n';

/** The key of a request's form: the operation's own form, or saved request `savedId`'s of that operation. */
export function formKeyOf(opKey: string, savedId?: string): string {
  return savedId === undefined ? opKey : `${opKey}${SAVED_MARK}${savedId}`;
}

/**
 * The key of a form that is neither the operation's own nor a file's: a request whose file was deleted, kept by
 * the one tab `owner` that holds it. A saved id never starts with the mark, so this never reads as a file's key.
 */
export function detachedFormKeyOf(opKey: string, owner: string): string {
  return `${opKey}${SAVED_MARK}${SAVED_MARK}${owner}`;
}

/** Whether `formKey` names a saved (or detached) request's form (dropped once no tab holds it), not an operation's own. */
export function isSavedFormKey(formKey: string): boolean {
  return formKey.includes(SAVED_MARK);
}

/** No forms yet, no base URLs typed. */
export const initialRequestFormsState: RequestFormsState = { forms: {}, baseUrls: {} };

/** Reducer for the request forms store. */
export function requestFormsReducer(state: RequestFormsState, action: RequestFormsAction): RequestFormsState {
  switch (action.type) {
    case 'update': {
      const current = state.forms[action.formKey] ?? action.initial;
      return { ...state, forms: { ...state.forms, [action.formKey]: action.update(current) } };
    }
    case 'move': {
      const moved = state.forms[action.from];
      if (moved === undefined || action.from === action.to) return state;
      const rest = Object.entries(state.forms).filter(([key]) => key !== action.from && key !== action.to);
      return { ...state, forms: Object.fromEntries([...rest, [action.to, moved]]) };
    }
    case 'keep-saved': {
      const held = new Set(action.held);
      const kept = Object.entries(state.forms).filter(([key]) => !isSavedFormKey(key) || held.has(key));
      // The same state when nothing goes, so that pruning after each change of tabs costs no render.
      return kept.length === Object.keys(state.forms).length ? state : { ...state, forms: Object.fromEntries(kept) };
    }
    case 'base-url': {
      const others = Object.entries(state.baseUrls).filter(([serverUrl]) => serverUrl !== action.serverUrl);
      const entries = action.value === undefined ? others : [...others, [action.serverUrl, action.value] as const];
      return { ...state, baseUrls: Object.fromEntries(entries) };
    }
  }
}
