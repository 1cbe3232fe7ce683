/**
 * The request open in the editor, shared with the collections panel ("Save current request").
 * A tiny external store: the editor publishes, the panel subscribes, nothing else re-renders.
 * Which saved request the editor holds is the tab's (the tabs store): this only passes it on.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { OperationModel } from '../../../shared/model/api-model';
import type { RequestDescription } from '../../../shared/request/request-model';
import { withTests, type RequestTests } from '../../../shared/runner/test-edits';
import type { SavedRequest } from '../../../shared/collections/format-v1';

export interface CurrentRequest {
  /** The operation, with its signature made with the document's schemas (operation-signature.ts) when it is linked to one. */
  readonly op: Pick<OperationModel, 'key' | 'operationId' | 'idempotencyKey' | 'summary' | 'method' | 'path' | 'parameters' | 'requestBody'> & { readonly signature?: string };
  /** Undefined while the form has problems that stop it building a request (or while it `waiting`). */
  readonly request?: RequestDescription;
  /** What a save writes: the request with its {{variables}} as typed; undefined while the form cannot make a URL (or `waiting`). */
  readonly template?: RequestDescription;
  /** Marks the form's fields that stop a save (as a Send does), so "fix the fields marked" points somewhere. */
  readonly markProblems?: () => void;
  /** Why there is no request yet though nothing is wrong: the saved request's collection is still being read. */
  readonly waiting?: string;
  /** The server base URL in use: saved URLs under it become {{baseUrl}}/... (or `baseAs`/...) */
  readonly baseUrl?: string;
  /** What a saved URL under `baseUrl` starts with instead of {{baseUrl}}: the opened saved request's base as written. */
  readonly baseAs?: string;
  /** The saved request the active tab holds, so Save overwrites it instead of adding a copy. */
  readonly saved?: OpenedFrom;
  /** The saved request this was until its file was deleted: it is in no collection now (saving it again offers its name and folder). */
  readonly deletedFile?: OpenedFrom;
  /** Tells the tab that it now holds the saved request `from` (saved over, as new, or as a copy). */
  readonly remember: (from: OpenedFrom) => void;
  /** The Tests tab's assertions and captures; undefined when the form never held any (a save then keeps the file's). */
  readonly tests?: RequestTests;
  /** Called as the request is written: the request with the Idempotency-Key the file may hold (renewed in the editor when it went with another request). */
  readonly keyForSave?: (request: RequestDescription, resolved?: RequestDescription) => RequestDescription;
}

export interface OpenedFrom {
  readonly id: string;
  readonly name: string;
}

let current: CurrentRequest | undefined;
const listeners = new Set<() => void>();

function publish(next: CurrentRequest | undefined): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Called by the request editor: makes its request the one the collections panel saves. */
export function useShareCurrentRequest(shared: CurrentRequest): void {
  const { op, request, template, markProblems, waiting, baseUrl, baseAs, saved, deletedFile, remember, tests, keyForSave } = shared;
  useEffect(() => {
    publish({ op, remember, ...(request ? { request } : {}), ...(template ? { template } : {}), ...(markProblems ? { markProblems } : {}), ...(waiting ? { waiting } : {}), ...(baseUrl ? { baseUrl } : {}), ...(baseAs ? { baseAs } : {}), ...(saved ? { saved } : {}), ...(deletedFile ? { deletedFile } : {}), ...(tests ? { tests } : {}), ...(keyForSave ? { keyForSave } : {}) });
  }, [op, request, template, markProblems, waiting, baseUrl, baseAs, saved, deletedFile, remember, tests, keyForSave]);
  useEffect(() => () => publish(undefined), []);
}

/** `saved` carrying the editor's tests, when it has any to say (else the file's stay). */
export function withCurrentTests(saved: SavedRequest, current: CurrentRequest): SavedRequest {
  return current.tests === undefined ? saved : withTests(saved, current.tests);
}

/** The request open in the editor right now (for event handlers such as Ctrl/Cmd+S). */
export function currentRequestNow(): CurrentRequest | undefined {
  return current;
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
