/**
 * Every operation's form, keyed by operation key, so switching operations loses nothing
 * typed; and the base URLs typed over a server's URL, shared by all its operations.
 */
import type { RequestForm } from './request-form-model';

export interface RequestFormsState {
  readonly forms: Readonly<Record<string, RequestForm>>;
  /** Resolved server URL -> what the person typed instead (a file's "/v1" -> "http://localhost:8000/v1"). */
  readonly baseUrls: Readonly<Record<string, string>>;
}

export type RequestFormsAction =
  | {
      readonly type: 'update';
      readonly opKey: string;
      /** The form to start from when this operation has none yet. */
      readonly initial: RequestForm;
      readonly update: (form: RequestForm) => RequestForm;
    }
  | { readonly type: 'base-url'; readonly serverUrl: string; readonly value?: string };

/** No forms yet, no base URLs typed. */
export const initialRequestFormsState: RequestFormsState = { forms: {}, baseUrls: {} };

/** Reducer for the request forms store. */
export function requestFormsReducer(state: RequestFormsState, action: RequestFormsAction): RequestFormsState {
  switch (action.type) {
    case 'update': {
      const current = state.forms[action.opKey] ?? action.initial;
      return { ...state, forms: { ...state.forms, [action.opKey]: action.update(current) } };
    }
    case 'base-url': {
      const others = Object.entries(state.baseUrls).filter(([serverUrl]) => serverUrl !== action.serverUrl);
      const entries = action.value === undefined ? others : [...others, [action.serverUrl, action.value] as const];
      return { ...state, baseUrls: Object.fromEntries(entries) };
    }
  }
}
