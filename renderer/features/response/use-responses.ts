/** Sends requests through the api and keeps each tab's last exchange (exchange-store.ts), with progress, attempts and cancel. */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Result } from '../../../shared/ipc/result';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import type { ResponseExpectation } from '../../../shared/response/response-validation';
import { api, subscribeEvents } from '../../lib/api';
import { exchangesReducer, type ExchangesState } from './exchange-store';
import { useActiveCookieJar } from '../cookies/use-active-cookie-jar';

/** What a resend may change about the last request (one-off, visible choices). */
export type ResendOverrides = Pick<RequestDescription, 'allowInvalidCertificate' | 'timeoutMs'>;

export interface Responses {
  readonly exchanges: ExchangesState;
  /**
   * Sends `request` as the exchange of `opKey` (a tab's request); history links it to `request.opKey` when set, else to `opKey`.
   * `expect` (what the spec declares) makes the main process check the answer against it.
   */
  readonly send: (opKey: string, request: RequestDescription, expect?: ResponseExpectation) => Promise<Result<ResponseSnapshot>>;
  /** Stops the operation's running request; its exchange becomes a "cancelled" failure. */
  readonly cancel: (opKey: string) => void;
  /** Sends the operation's last request again, with `overrides` for this one send only. */
  readonly resend: (opKey: string, overrides: ResendOverrides) => void;
  /** Drops the exchanges of `keys` (requests no tab holds any more). */
  readonly forget: (keys: readonly string[]) => void;
  /** The exchange of `from` is `to`'s from now on (the request was saved as a file). */
  readonly move: (from: string, to: string) => void;
}

interface Running {
  readonly opKey: string;
  readonly seq: number;
}

/** The response feature's store and its actions: send, cancel, resend; `initial` holds answers received before (on the outline screen). */
export function useResponses(initial: ExchangesState = {}): Responses {
  // Only settled answers carry over: a send still running belongs to the screen that made it.
  const [exchanges, dispatch] = useReducer(exchangesReducer, initial, settledExchanges);
  const lastSeq = useRef(0);
  const running = useRef(new Map<string, Running>());
  const latest = useRef(exchanges);
  useEffect(() => {
    latest.current = exchanges;
  }, [exchanges]);
  // Read at send time: the jar is the environment active when Send is pressed.
  const cookieJar = useActiveCookieJar();
  const jarNow = useRef(cookieJar);
  useEffect(() => {
    jarNow.current = cookieJar;
  }, [cookieJar]);

  useEffect(
    () =>
      subscribeEvents((event) => {
        if (event.name === 'request:progress') {
          const { payload } = event;
          const owner = running.current.get(payload.requestId);
          if (owner) dispatch({ type: 'progress', key: owner.opKey, seq: owner.seq, progress: { receivedBytes: payload.receivedBytes, ...(payload.totalBytes === undefined ? {} : { totalBytes: payload.totalBytes }) } });
        } else if (event.name === 'request:attempt') {
          const owner = running.current.get(event.payload.requestId);
          if (owner) dispatch({ type: 'attempt', key: owner.opKey, seq: owner.seq, attempt: event.payload });
        }
      }),
    [],
  );

  const send = useCallback(async (opKey: string, request: RequestDescription, expect?: ResponseExpectation) => {
    lastSeq.current += 1;
    const seq = lastSeq.current;
    const requestId = `${opKey}#${seq}#${Math.random().toString(36).slice(2, 10)}`.slice(0, 128);
    const sent: RequestDescription = { ...request, cookieJar: jarNow.current, requestId, opKey: request.opKey ?? opKey, ...(expect ? { expect } : {}) };
    running.current.set(requestId, { opKey, seq });
    dispatch({ type: 'sending', key: opKey, seq, request: sent });
    // The contract's input type has mutable arrays; the snapshot's are readonly.
    const result = await api['request:send']({ ...sent, headers: [...sent.headers] });
    // The form may have moved meanwhile (saved as a file): the answer goes where its exchange is now.
    const key = running.current.get(requestId)?.opKey ?? opKey;
    running.current.delete(requestId);
    dispatch(result.ok ? { type: 'received', key, seq, response: result.value } : { type: 'failed', key, seq, error: result.error });
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

  const forget = useCallback((keys: readonly string[]) => {
    if (keys.length > 0) dispatch({ type: 'forget', keys });
  }, []);

  const move = useCallback((from: string, to: string) => {
    // A send in flight follows its exchange: its progress and answer are dispatched to `to`.
    for (const [requestId, owner] of running.current) if (owner.opKey === from) running.current.set(requestId, { ...owner, opKey: to });
    dispatch({ type: 'move', from, to });
  }, []);

  return { exchanges, send, cancel, resend, forget, move };
}

function settledExchanges(exchanges: ExchangesState): ExchangesState {
  return Object.fromEntries(Object.entries(exchanges).filter(([, exchange]) => exchange.status !== 'sending'));
}
