/** The last exchange of every operation, keyed by operation key. */
import type { AppError } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';

interface ExchangeBase {
  /** Counts sends in this window, so a view (and a test) can tell a new answer from the last one. */
  readonly seq: number;
  readonly request: RequestDescription;
}

export type Exchange =
  | (ExchangeBase & { readonly status: 'sending' })
  | (ExchangeBase & { readonly status: 'received'; readonly response: ResponseSnapshot })
  | (ExchangeBase & { readonly status: 'failed'; readonly error: AppError });

export type ResponsesState = Readonly<Record<string, Exchange>>;

export interface ResponsesAction {
  readonly opKey: string;
  readonly exchange: Exchange;
}

/** Reducer for the responses store: each action replaces one operation's exchange. */
export function responsesReducer(state: ResponsesState, action: ResponsesAction): ResponsesState {
  return { ...state, [action.opKey]: action.exchange };
}
