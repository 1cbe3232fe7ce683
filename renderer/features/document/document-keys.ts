/**
 * The Idempotency-Key of each request tab, kept apart from what the person typed: one key per
 * logical request, so a key follows the body. The same method, URL and body keep the key (the server
 * may replay its first answer); any change after a send makes the next send a new request with a new key.
 */
import { newIdempotencyKey } from '../request/request-form-model';

interface KeyState {
  readonly value: string;
  /** Method, URL and body of the last request sent with this key. */
  readonly sentWith?: string;
}

const keys = new Map<string, KeyState>();

/** The key the next send of tab `id` carries for `fingerprint`, and whether it is new because the request changed. */
export function keyForSend(id: string, fingerprint: string): { readonly value: string; readonly renewed: boolean } {
  const current = keys.get(id);
  if (current !== undefined && (current.sentWith === undefined || current.sentWith === fingerprint)) return { value: current.value, renewed: false };
  const fresh = { value: newIdempotencyKey() };
  keys.set(id, fresh);
  return { value: fresh.value, renewed: current !== undefined };
}

/** Records that tab `id` sent `fingerprint` with `value`. */
export function keySent(id: string, value: string, fingerprint: string): void {
  keys.set(id, { value, sentWith: fingerprint });
}
