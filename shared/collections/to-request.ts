/** A saved request as the main process sends it, through the one resolution pipeline (used by the exports' checks). */
import { resolveRequest } from '../request/resolve-request';
import type { RequestDescription } from '../request/request-model';
import { fileVariablesScope } from '../request/variable-scopes';
import type { Auth, SavedRequest, Variable } from './format-v1';

/**
 * The request to send with the collection's `variables` (the first of a name wins) and the `inherited` auth.
 * A name without a value stays as typed here: a caller that sends must check `resolveRequest` itself.
 */
export function toRequestDescription(request: SavedRequest, variables: readonly Variable[], inherited?: Auth): RequestDescription {
  const resolution = resolveRequest(request, { scopes: [fileVariablesScope('the collection', variables)], ...(inherited ? { inheritedAuth: inherited } : {}) });
  return resolution.ok ? resolution.request : resolution.draft;
}
