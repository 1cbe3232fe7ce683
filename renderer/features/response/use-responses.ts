/** Sends requests through the api and keeps each operation's last exchange, with progress and cancel. */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Result } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import type { ResponseExpectation } from '../../../shared/response/response-validation';
import { api, subscribeEvents } from '../../lib/api';
import { responsesReducer, type ResponsesState } from './responses-store';
import { idempotencyKeyOf } from '../../../shared/idempotency/idempotency-key-header';

/** What a resend may change about the last request (one-off, visible choices). */
export type ResendOverrides = Pick<RequestDescription, 'allowInvalidCertificate' | 'timeoutMs'>;

export interface Responses {
  readonly exchanges: ResponsesState;
  /** `expect` (what the spec declares) makes the main process check the answer against it. */
  readonly send: (opKey: string, request: RequestDescription, expect?: ResponseExpectation) => Promise<Result<ResponseSnapshot>>;
  /** Stops the operation's running request; its exchange becomes a "cancelled" failure. */
  readonly cancel: (opKey: string) => void;
  /** Sends the operation's last request again, with `overrides` for this one send only. */
  readonly resend: (opKey: string, overrides: ResendOverrides) => void;
}

interface Running {
  readonly opKey: string;
  readonly seq: number;
}

/** The response feature's store and its actions: send, cancel, resend; `initial` holds answers received before (on the outline screen). */
export function useResponses(initial: ResponsesState = {}): Responses {
  // Only settled answers carry over: a send still running belongs to the screen that made it.
  const [exchanges, dispatch] = useReducer(responsesReducer, initial, settledExchanges);
  const lastSeq = useRef(0);
  const running = useRef(new Map<string, Running>());
  const latest = useRef(exchanges);
  useEffect(() => {
    latest.current = exchanges;
  }, [exchanges]);

  useEffect(
    () =>
      subscribeEvents((event) => {
        if (event.name !== 'request:progress') return;
        const { payload } = event;
        const owner = running.current.get(payload.requestId);
        if (owner) dispatch({ opKey: owner.opKey, seq: owner.seq, progress: { receivedBytes: payload.receivedBytes, ...(payload.totalBytes === undefined ? {} : { totalBytes: payload.totalBytes }) } });
      }),
    [],
  );

  const send = useCallback(async (opKey: string, request: RequestDescription, expect?: ResponseExpectation) => {
    lastSeq.current += 1;
    const seq = lastSeq.current;
    const requestId = `${opKey}#${seq}#${Math.random().toString(36).slice(2, 10)}`.slice(0, 128);
    const sent: RequestDescription = { ...request, requestId, opKey, ...(expect ? { expect } : {}) };
    running.current.set(requestId, { opKey, seq });
    const key = idempotencyKeyOf(request.headers);
    const previous = latest.current[opKey];
    const keyUsedBefore = key !== undefined && previous !== undefined && idempotencyKeyOf(previous.request.headers) === key;
    dispatch({ opKey, exchange: { seq, status: 'sending', request: sent, keyUsedBefore } });
    // The contract's input type has mutable arrays; the snapshot's are readonly.
    const result = await api['request:send']({ ...sent, headers: [...sent.headers] });
    running.current.delete(requestId);
    dispatch({ opKey, exchange: result.ok ? { seq, status: 'received', request: sent, keyUsedBefore, response: result.value } : { seq, status: 'failed', request: sent, keyUsedBefore, error: result.error } });
    return result;
  }, []);

  const cancel = useCallback((opKey: string) => {
    const exchange = latest.current[opKey];
    const requestId = exchange?.status === 'sending' ? exchange.request.requestId : undefined;
    if (requestId !== undefined) void api['request:cancel']({ requestId });
  }, []);

  const resend = useCallback(
    (opKey: string, overrides: ResendOverrides) => {
      const exchange = latest.current[opKey];
      if (exchange && exchange.status !== 'sending') void send(opKey, { ...exchange.request, ...overrides });
    },
    [send],
  );

  return { exchanges, send, cancel, resend };
}

function settledExchanges(exchanges: ResponsesState): ResponsesState {
  return Object.fromEntries(Object.entries(exchanges).filter(([, exchange]) => exchange.status !== 'sending'));
}
