/** The last exchange of every operation, keyed by operation key. */
import type { AppError } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';

export type Exchange =
  | { readonly status: 'sending'; readonly request: RequestDescription }
  | { readonly status: 'received'; readonly request: RequestDescription; readonly response: ResponseSnapshot }
  | { readonly status: 'failed'; readonly request: RequestDescription; readonly error: AppError };

export type ResponsesState = Readonly<Record<string, Exchange>>;

export interface ResponsesAction {
  readonly opKey: string;
  readonly exchange: Exchange;
}

/** Reducer for the responses store: each action replaces one operation's exchange. */
export function responsesReducer(state: ResponsesState, action: ResponsesAction): ResponsesState {
  return { ...state, [action.opKey]: action.exchange };
}
