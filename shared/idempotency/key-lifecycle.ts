/**
 * The client side of draft-ietf-httpapi-idempotency-key-header: putting a key on a request,
 * and saying in words what a response means for that key.
 */
import type { HeaderEntry, RequestDescription, ResponseSnapshot } from '../request/request-model';
import { serverFieldErrors } from '../response/server-field-errors';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyOf, isIdempotencyKeyHeader } from './idempotency-key-header';
import type { KeyHistory } from './key-history';

/** A UUID v4 shape check: the draft recommends a random, unique value, and a UUID v4 is what Roundtrip generates. */
export function isUuidV4(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value);
}

/**
 * The request with its idempotency-key header set to `key`: any earlier key header is replaced, in the place
 * the first one had (a renewed key saved to a file leaves its other lines where they were), else it goes last.
 */
export function withIdempotencyKey(request: RequestDescription, key: string, header: string = IDEMPOTENCY_KEY_HEADER): RequestDescription {
  const at = request.headers.findIndex((h) => isIdempotencyKeyHeader(h.name));
  const headers: HeaderEntry[] = request.headers.filter((h) => !isIdempotencyKeyHeader(h.name));
  headers.splice(at < 0 ? headers.length : at, 0, { name: header, value: key });
  return { ...request, headers };
}

export interface KeyResponseNote {
  /** 'replayed' and 'earlier' mean the answer is not to the request just sent (see answersEarlierRequest). */
  readonly kind: 'replayed' | 'earlier' | 'key-missing' | 'in-progress' | 'key-reused' | 'first';
  readonly text: string;
}

/** True when the note says the answer belongs to an earlier request with the same key, not to the one just sent. */
export function answersEarlierRequest(note: KeyResponseNote | undefined): boolean {
  return note?.kind === 'replayed' || note?.kind === 'earlier';
}

function headerValue(response: Pick<ResponseSnapshot, 'headers'>, name: string): string | undefined {
  return response.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value.trim();
}

/**
 * Whether a 422 is the draft's "key reused with another body": never when it lists field errors (a
 * validation answer, as FastAPI's), else when this key went out before or the server's words say so.
 */
function isKeyReuse(response: ResponseSnapshot, keyUsedBefore: boolean): boolean {
  if (serverFieldErrors(response, []) !== undefined) return false;
  return keyUsedBefore || (response.body.kind === 'text' && /idempoten/i.test(response.body.text));
}

/** True when the server says `response` replays the answer it stored for an Idempotency-Key (Idempotent-Replayed and its variants, not "false"). */
export function serverSaysReplayed(response: Pick<ResponseSnapshot, 'headers'>): boolean {
  const replayed = headerValue(response, 'Idempotent-Replayed') ?? headerValue(response, 'X-Idempotent-Replayed') ?? headerValue(response, 'Idempotency-Replayed');
  return replayed !== undefined && replayed.trim().toLowerCase() !== 'false';
}

/**
 * Explains, in one sentence, what a response says about the request's idempotency key:
 * a replay (Idempotent-Replayed), or the draft's 400 / 409 / 422. Undefined when the key plays no part.
 * `keyDeclared` is true when the operation declares a key header, so a 400 without a key is likely about it;
 * `history` says whether the key went out before, with the same request or another (key-history.ts).
 */
export function explainKeyResponse(request: RequestDescription, response: ResponseSnapshot, keyDeclared: boolean, history?: KeyHistory): KeyResponseNote | undefined {
  const key = idempotencyKeyOf(request.headers);
  const keyUsedBefore = history === 'repeat' || history === 'changed';
  if (key !== undefined && serverSaysReplayed(response)) {
    const other = history === 'changed' ? ' That earlier request had another method, URL or body: this answer is not to what was just sent.' : '';
    return {
      kind: 'replayed',
      text: `Replayed: the server had already handled Idempotency-Key ${key} and returned the stored response instead of doing it again.${other}`,
    };
  }
  // No word from the server, yet this key went out before with something else: a server that honours keys
  // answers with what it stored for that earlier request.
  if (key !== undefined && history === 'changed' && response.status >= 200 && response.status < 300) {
    return {
      kind: 'earlier',
      text: `Not the answer to what was just sent: Idempotency-Key ${key} went out before with another method, URL or body, so a server that honours keys returns its answer to that earlier request. Press New key to send this one as a new request.`,
    };
  }
  if (response.status === 400 && key === undefined && keyDeclared) {
    return { kind: 'key-missing', text: 'The server may require an Idempotency-Key here (400): add a key and send again.' };
  }
  if (key === undefined) return undefined;
  if (response.status === 409) {
    return {
      kind: 'in-progress',
      text: `Conflict (409): a request with Idempotency-Key ${key} is still being processed. Retry with the same key once it has finished.`,
    };
  }
  if (response.status === 422) {
    if (!isKeyReuse(response, keyUsedBefore)) return undefined;
    return {
      kind: 'key-reused',
      text: `Unprocessable (422): Idempotency-Key ${key} was already used with a different body. Send the original body, or press New key for a new request.`,
    };
  }
  if (response.status >= 200 && response.status < 300) {
    return { kind: 'first', text: `Sent with Idempotency-Key ${key}: Retry sends the same key, so a server that honours keys replays this answer instead of doing it again.` };
  }
  return undefined;
}
