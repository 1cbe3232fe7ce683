/** The last exchange of every operation, keyed by operation key. */
import type { AppError } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';

interface ExchangeBase {
  /** Counts sends in this window, so a view (and a test) can tell a new answer from the last one. */
  readonly seq: number;
  readonly request: RequestDescription;
  /** The operation's previous request carried the same Idempotency-Key (a 422 may then mean it was reused). */
  readonly keyUsedBefore?: boolean;
}

/** Body bytes received so far while a response downloads. */
export interface DownloadProgress {
  readonly receivedBytes: number;
  readonly totalBytes?: number;
}

export type Exchange =
  | (ExchangeBase & { readonly status: 'sending'; readonly progress?: DownloadProgress })
  | (ExchangeBase & { readonly status: 'received'; readonly response: ResponseSnapshot })
  | (ExchangeBase & { readonly status: 'failed'; readonly error: AppError });

export type ResponsesState = Readonly<Record<string, Exchange>>;

export type ResponsesAction =
  | { readonly opKey: string; readonly exchange: Exchange }
  | { readonly opKey: string; readonly seq: number; readonly progress: DownloadProgress };

/** Reducer for the responses store: an exchange replaces one operation's; progress updates a running one. */
export function responsesReducer(state: ResponsesState, action: ResponsesAction): ResponsesState {
  if ('exchange' in action) return { ...state, [action.opKey]: action.exchange };
  const current = state[action.opKey];
  // Progress for a send that was since replaced (or already answered) is stale.
  if (current?.status !== 'sending' || current.seq !== action.seq) return state;
  return { ...state, [action.opKey]: { ...current, progress: action.progress } };
}
