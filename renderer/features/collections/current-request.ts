/**
 * The request open in the editor, shared with the collections panel ("Save current request").
 * A tiny external store: the editor publishes, the panel subscribes, nothing else re-renders.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { OperationModel } from '../../../shared/model/api-model';
import type { RequestDescription } from '../../../shared/request/request-model';

export interface CurrentRequest {
  readonly op: Pick<OperationModel, 'key' | 'operationId' | 'idempotencyKey' | 'summary' | 'method' | 'path' | 'parameters' | 'requestBody'>;
  /** Undefined while the form has problems that stop it building a request. */
  readonly request?: RequestDescription;
  /** The server base URL in use: saved URLs under it become {{baseUrl}}/... */
  readonly baseUrl?: string;
  /** The saved request this tab came from, so Save overwrites it instead of adding a copy. */
  readonly savedId?: string;
}

let current: CurrentRequest | undefined;
const listeners = new Set<() => void>();

function publish(next: CurrentRequest | undefined): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Called by the request editor: makes its request the one the collections panel saves. */
export function useShareCurrentRequest(op: CurrentRequest['op'], request: RequestDescription | undefined, baseUrl?: string, savedId?: string): void {
  useEffect(() => {
    publish({ op, ...(request ? { request } : {}), ...(baseUrl ? { baseUrl } : {}), ...(savedId ? { savedId } : {}) });
  }, [op, request, baseUrl, savedId]);
  useEffect(() => () => publish(undefined), []);
}

/** The request open in the editor, if any. */
export function useCurrentRequest(): CurrentRequest | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
