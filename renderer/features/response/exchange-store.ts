/**
 * What happened, per tab (keyed by operation key, or `doc:<tab id>` for a request document): the
 * request as sent, what came back, the attempts of a retried send, and whether its Idempotency-Key
 * went out before. Forms and documents hold only what the person typed; they read this.
 */
import type { AppError, ErrorCode } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import type { RetryAttempt } from '../../../shared/idempotency/retry-policy';
import type { HistoryRequest } from '../../../shared/response/history-entry';
import { keyHistory, type KeyHistory } from '../../../shared/idempotency/key-history';
import { explainKeyResponse, type KeyResponseNote } from '../../../shared/idempotency/key-lifecycle';

interface ExchangeBase {
  /** Counts sends in this window, so a view (and a test) can tell a new answer from the last one. */
  readonly seq: number;
  readonly request: RequestDescription;
  /** The last request of this tab that reached the server before this one (Retry, the resend guard and key history read it). */
  readonly previous?: RequestDescription;
  /** Whether this request's Idempotency-Key went out before: the one place this is worked out. */
  readonly keyHistory?: KeyHistory;
  /** The attempts of an automatically retried send, as they happen and once it is over. */
  readonly attempts?: readonly RetryAttempt[];
  /** The request as history recorded it, masked, for an exchange reopened from history (its secrets were never kept). */
  readonly recorded?: HistoryRequest;
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

export type ExchangesState = Readonly<Record<string, Exchange>>;

export type ExchangesAction =
  | { readonly type: 'sending'; readonly key: string; readonly seq: number; readonly request: RequestDescription }
  | { readonly type: 'progress'; readonly key: string; readonly seq: number; readonly progress: DownloadProgress }
  | { readonly type: 'attempt'; readonly key: string; readonly seq: number; readonly attempt: RetryAttempt }
  | { readonly type: 'received'; readonly key: string; readonly seq: number; readonly response: ResponseSnapshot }
  | { readonly type: 'failed'; readonly key: string; readonly seq: number; readonly error: AppError }
  /** The requests of `keys` are gone (their tabs closed): so are their exchanges. */
  | { readonly type: 'forget'; readonly keys: readonly string[] }
  /** The request of `from` is now known as `to` (saved as a file): its exchange goes with it. */
  | { readonly type: 'move'; readonly from: string; readonly to: string };

// Failures that prove the request never reached the server: repeating it is not a repeat.
const NOT_DELIVERED: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['connection-refused', 'dns-failed', 'unreachable', 'invalid-url', 'tls-certificate', 'invalid-input', 'host-unreachable', 'host-refused']);

/** The last request of this tab that reached the server: this one once it did (or may have), else the one before. */
export function lastDelivered(exchange: Exchange | undefined): RequestDescription | undefined {
  if (exchange === undefined) return undefined;
  if (exchange.status === 'received' || (exchange.status === 'failed' && !NOT_DELIVERED.has(exchange.error.code))) return exchange.request;
  return exchange.previous;
}

/** What the answer says about the Idempotency-Key, in words; `keyDeclared` when the operation declares a key header. */
export function keyNoteOf(exchange: Exchange | undefined, keyDeclared: boolean): KeyResponseNote | undefined {
  if (exchange?.status !== 'received') return undefined;
  return explainKeyResponse(exchange.request, exchange.response, keyDeclared, exchange.keyHistory);
}

/** Reducer for the exchange store: a send replaces a tab's exchange; progress, attempts and the outcome update the running one. */
export function exchangesReducer(state: ExchangesState, action: ExchangesAction): ExchangesState {
  if (action.type === 'forget') {
    const gone = new Set(action.keys);
    const kept = Object.entries(state).filter(([key]) => !gone.has(key));
    return kept.length === Object.keys(state).length ? state : Object.fromEntries(kept);
  }
  if (action.type === 'move') {
    const moved = state[action.from];
    if (moved === undefined || action.from === action.to) return state;
    const rest = Object.entries(state).filter(([key]) => key !== action.from && key !== action.to);
    return Object.fromEntries([...rest, [action.to, moved]]);
  }
  const current = state[action.key];
  if (action.type === 'sending') {
    const previous = lastDelivered(current);
    const history = keyHistory(action.request, previous);
    const exchange: Exchange = { seq: action.seq, status: 'sending', request: action.request, ...(previous ? { previous } : {}), ...(history ? { keyHistory: history } : {}) };
    return { ...state, [action.key]: exchange };
  }
  // Anything for a send that was since replaced is stale.
  if (current === undefined || current.seq !== action.seq) return state;
  const { seq, request, previous, keyHistory: history, attempts } = current;
  const base: ExchangeBase = { seq, request, ...(previous ? { previous } : {}), ...(history ? { keyHistory: history } : {}), ...(attempts ? { attempts } : {}) };
  switch (action.type) {
    case 'progress':
      return current.status === 'sending' ? { ...state, [action.key]: { ...current, progress: action.progress } } : state;
    case 'attempt':
      return current.status === 'sending' ? { ...state, [action.key]: { ...current, attempts: [...(current.attempts ?? []), action.attempt] } } : state;
    case 'received': {
      const final = action.response.retry?.attempts;
      return { ...state, [action.key]: { ...base, ...(final ? { attempts: final } : {}), status: 'received', response: action.response } };
    }
    case 'failed':
      return { ...state, [action.key]: { ...base, status: 'failed', error: action.error } };
  }
}
