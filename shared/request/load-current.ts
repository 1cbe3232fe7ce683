/**
 * "Load current" for a PUT: the GET of the same resource (the document's GET on the same path, sent
 * to the same URL with the same credentials), and its answer as a body the PUT can send back.
 */
import type { JsonSchema, OperationModel } from '../model/api-model';
import { isIdempotencyKeyHeader } from '../idempotency/idempotency-key-header';
import { isCredentialHeader, isCredentialQueryParam } from '../security/credential-names';
import { joinUrl, splitUrl } from '../security/url-query';
import { CONDITIONAL_HEADERS, preconditionValue } from './precondition-headers';
import { writablePart } from '../schema-form/example-parts';
import type { RequestDescription, ResponseSnapshot } from './request-model';

// Headers that describe the PUT's own body; a read of the current state carries none, nor the PUT's preconditions.
const BODY_HEADERS = new Set(['content-type', 'content-length']);

/** The GET operation that reads what `op` (a PUT) replaces, if the document has one. */
export function readOperationFor(op: OperationModel, operations: readonly OperationModel[]): OperationModel | undefined {
  if (op.method !== 'PUT') return undefined;
  return operations.find((o) => o.method === 'GET' && o.path === op.path);
}

/**
 * The GET of the resource `put` would replace: same URL (path parameters, credentials in the query), same
 * headers minus body, key and preconditions. When `read` (the document's GET) requires no credentials, the
 * PUT's are left out: credentials go only to operations that require them.
 */
export function currentStateRequest(put: RequestDescription, read?: Pick<OperationModel, 'security'>): RequestDescription {
  const open = read !== undefined && (read.security === undefined || read.security.length === 0);
  const names = put.credentialNames;
  const headers = put.headers.filter((h) => !BODY_HEADERS.has(h.name.toLowerCase()) && !CONDITIONAL_HEADERS.has(h.name.toLowerCase()) && !isIdempotencyKeyHeader(h.name) && !(open && isCredentialHeader(h.name, names)));
  const parts = splitUrl(put.url);
  const url = open ? joinUrl({ ...parts, pairs: parts.pairs.filter((pair) => !isCredentialQueryParam(pair.name, names)) }) : put.url;
  // The read goes out as the PUT would: masked alike, with the certificates of the PUT's collection.
  return {
    method: 'GET',
    url,
    headers,
    ...(put.secretValues === undefined ? {} : { secretValues: put.secretValues }),
    ...(names === undefined ? {} : { credentialNames: names }),
    ...(put.fromCollection === undefined ? {} : { fromCollection: put.fromCollection }),
  };
}

/** The precondition headers of `op` (If-Match, If-Unmodified-Since) that `response` gives values for (its ETag, Last-Modified). */
export function preconditionsFrom(op: Pick<OperationModel, 'parameters'>, response: Pick<ResponseSnapshot, 'headers'>): { readonly name: string; readonly value: string }[] {
  return op.parameters.flatMap((p) => {
    const value = p.in === 'header' ? preconditionValue(p.name, response.headers) : undefined;
    return value === undefined ? [] : [{ name: p.name, value }];
  });
}

export type LoadedBody = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** The answer of the GET as pretty JSON for the PUT's body (read-only and undeclared properties left out), or why it cannot be. */
export function bodyFromCurrent(response: ResponseSnapshot, schema: JsonSchema | undefined, defs: Readonly<Record<string, JsonSchema>>): LoadedBody {
  const where = `GET ${response.url}`;
  if (response.status < 200 || response.status >= 300) {
    return { ok: false, message: `${where} answered ${response.status} ${response.statusText}: nothing was loaded. Check the path parameters and the credentials.` };
  }
  if (response.body.kind !== 'text' || response.body.truncated) {
    return { ok: false, message: `${where} answered ${response.status} without a complete text body: nothing was loaded.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(response.body.text) as unknown;
  } catch {
    return { ok: false, message: `${where} answered ${response.status} with a body that is not JSON (${response.contentType ?? 'no content type'}): nothing was loaded.` };
  }
  const body = schema === undefined ? value : writablePart(value, schema, defs);
  return { ok: true, text: JSON.stringify(body, null, 2) };
}
