/** "Save current request": the request the editor built, as a saved request file. */
import type { OperationModel } from '../model/api-model';
import type { RequestDescription } from '../request/request-model';
import { newSavedRequest } from './collection-tree';
import { keepSavedBody, keepSavedHeaders } from './keep-saved-body';
import type { Body, SavedRequest } from './format-v1';
import { legacyOperationSignature, type SignedOperation } from './operation-signature';
import { paramFills } from './param-fills';

/** The operation a saved request is linked to; `signature` is its digest made with the document's schemas (operation-signature.ts). */
export type LinkedOperation = Pick<OperationModel, 'key' | 'operationId' | 'idempotencyKey'> & Partial<SignedOperation> & { readonly signature?: string };

/**
 * The saved form of `request`; `op` links it to its operation so a changed spec can be matched.
 * A URL under `baseUrl` is saved as {{baseUrl}}/..., so the collection follows a server that moves;
 * `baseAs` is what stands for `baseUrl` instead (a saved request's own "{{host}}/api", kept as written).
 */
export function savedFromDescription(request: RequestDescription, name: string, op?: LinkedOperation, baseUrl?: string, baseAs = '{{baseUrl}}'): SavedRequest {
  const contentType = request.body?.mediaType.toLowerCase();
  // The body's Content-Type lives with the body; a header of the same value would only repeat it.
  // A key is one intent's: with the "auto" policy a fresh one is made per send, so this one is not kept.
  const keyHeader = op?.idempotencyKey?.header.toLowerCase();
  const headers = request.headers
    .filter((h) => !(contentType !== undefined && h.name.toLowerCase() === 'content-type' && h.value.toLowerCase() === contentType) && h.name.toLowerCase() !== keyHeader)
    .map((h) => ({ name: h.name, value: h.value }));
  const settings = {
    ...(request.maxRedirects === 0 ? { followRedirects: false } : request.maxRedirects !== undefined ? { maxRedirects: request.maxRedirects } : {}),
    ...(request.allowInvalidCertificate === true ? { allowInvalidCertificate: true } : {}),
    ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
  };
  // The request's URL was built from the base without its trailing slashes (build-request): compare likewise.
  const base = baseUrl?.trim().replace(/\/+$/, '');
  return newSavedRequest({
    name,
    method: request.method,
    url: base && request.url.startsWith(base) && /^($|[/?#])/.test(request.url.slice(base.length)) ? `${baseAs}${request.url.slice(base.length)}` : request.url,
    headers,
    body: bodyOf(request.body),
    ...(op ? { operation: operationLink(op, request) } : {}),
    ...(op?.idempotencyKey ? { idempotencyKey: { policy: 'auto' as const, header: op.idempotencyKey.header } } : {}),
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
  });
}

function bodyOf(body: RequestDescription['body']): Body {
  if (body === undefined) return { mode: 'none' };
  // A file part keeps the file's name (the app is given a file's content, never its path): it is picked again on opening.
  if (body.parts !== undefined) return { mode: 'form-data', parts: body.parts.map((p) => ({ name: p.name, ...(p.fileId !== undefined || (p.value === undefined && p.filename !== undefined) ? { file: p.filename ?? p.name } : { value: p.value ?? '' }), ...(p.mediaType ? { mediaType: p.mediaType } : {}) })) };
  // A staged file lives only in this session; the saved request keeps the body's type without it.
  if (body.fileId !== undefined) return { mode: 'file', file: '', mediaType: body.mediaType };
  return { mode: 'raw', mediaType: body.mediaType, text: body.text };
}

/** The link to `op`, with how its form serialized the parameters whose {{variables}} a run fills (param-fills.ts). */
function operationLink(op: LinkedOperation, request: RequestDescription): NonNullable<SavedRequest['operation']> {
  const params = op.parameters === undefined ? [] : paramFills(op.parameters, request.url, request.headers);
  return { key: op.key, ...(op.operationId ? { operationId: op.operationId } : {}), ...(op.signature !== undefined ? { signature: op.signature } : signable(op) ? { signature: legacyOperationSignature(op) } : {}), ...(params.length > 0 ? { params } : {}) };
}

function signable(op: Partial<SignedOperation>): op is SignedOperation {
  return op.method !== undefined && op.path !== undefined && op.parameters !== undefined;
}

/**
 * Saving over an existing request: what the editor knows (method, URL, headers, body, operation)
 * replaces the old (the body keeps what its form cannot show: see keep-saved-body); what it does not show (name, auth, description, assertions, settings it did
 * not set) is kept, so a save never drops data the file held.
 */
export function mergeIntoSaved(existing: SavedRequest | undefined, fresh: SavedRequest, op?: LinkedOperation): SavedRequest {
  if (!existing) return fresh;
  const settings = { ...existing.settings, ...fresh.settings };
  return {
    ...existing,
    method: fresh.method,
    url: fresh.url,
    headers: keepSavedHeaders(existing.headers, fresh.headers),
    body: keepSavedBody(existing.body, fresh.body),
    ...(fresh.operation ? { operation: keptSignature(existing.operation, fresh.operation, op) } : {}),
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
  };
}

/** `link`, keeping the file's signature when it was made before bodies counted and still describes `op`: an unchanged request saves to the same bytes. */
function keptSignature(old: SavedRequest['operation'], link: NonNullable<SavedRequest['operation']>, op: LinkedOperation | undefined): NonNullable<SavedRequest['operation']> {
  const stored = old?.signature;
  if (stored === undefined || old?.key !== link.key || op === undefined || !signable(op) || !/^[0-9a-f]{8}$/.test(stored)) return link;
  return legacyOperationSignature(op) === stored ? { ...link, signature: stored } : link;
}

/**
 * Save as: `fresh` written as a new file, with what the request's own file (`origin`, the one it was opened
 * from) holds that the editor does not show, disabled headers, fields and parts among it, as a save over
 * that file keeps it; only the name is the new one.
 */
export function savedAsCopy(origin: SavedRequest | undefined, fresh: SavedRequest, op?: LinkedOperation): SavedRequest {
  return origin === undefined ? fresh : { ...mergeIntoSaved(origin, fresh, op), name: fresh.name };
}
