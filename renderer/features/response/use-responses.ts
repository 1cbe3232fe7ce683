/** Sends requests through the api and keeps each operation's last exchange. */
import { useCallback, useReducer, useRef } from 'react';
import type { Result } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { api } from '../../lib/api';
import { responsesReducer, type ResponsesState } from './responses-store';

export interface Responses {
  readonly exchanges: ResponsesState;
  readonly send: (opKey: string, request: RequestDescription) => Promise<Result<ResponseSnapshot>>;
}

/** The response feature's store and its one action, sending. */
export function useResponses(): Responses {
  const [exchanges, dispatch] = useReducer(responsesReducer, {});
  const lastSeq = useRef(0);
  const send = useCallback(async (opKey: string, request: RequestDescription) => {
    lastSeq.current += 1;
    const seq = lastSeq.current;
    dispatch({ opKey, exchange: { seq, status: 'sending', request } });
    // The contract's input type has mutable arrays; the snapshot's are readonly.
    const result = await api['request:send']({ ...request, headers: [...request.headers] });
    dispatch({ opKey, exchange: result.ok ? { seq, status: 'received', request, response: result.value } : { seq, status: 'failed', request, error: result.error } });
    return result;
  }, []);
  return { exchanges, send };
}
