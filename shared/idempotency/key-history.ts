/** Whether a keyed request's Idempotency-Key went out before, and with the same request or another. */
import type { RequestDescription } from '../request/request-model';
import { requestFingerprint } from '../request/resend-guard';
import { idempotencyKeyOf } from './idempotency-key-header';

/**
 * How a keyed request relates to the last request of the same tab that reached the server:
 * 'new' a key not sent before; 'repeat' the same key with the same method, URL and body (a retry the
 * server may replay); 'changed' the same key with another method, URL or body (a server that honours
 * keys answers with what it stored for the earlier request, or refuses).
 */
export type KeyHistory = 'new' | 'repeat' | 'changed';

/** The key history of `request` after `previous` (the last delivered request), or undefined when it has no key. */
export function keyHistory(request: RequestDescription, previous: RequestDescription | undefined): KeyHistory | undefined {
  const key = idempotencyKeyOf(request.headers);
  if (key === undefined) return undefined;
  if (previous === undefined || idempotencyKeyOf(previous.headers) !== key) return 'new';
  return requestFingerprint(previous) === requestFingerprint(request) ? 'repeat' : 'changed';
}

/**
 * The key the next send of `request` carries: the key `previous` (the last delivered request) went with when
 * the method, URL and body are the same (a retry), else a fresh one from `fresh`; `renewed` when a key went
 * out before with something else.
 */
export function keyForNextSend(request: RequestDescription, previous: RequestDescription | undefined, fresh: () => string): { readonly value: string; readonly renewed: boolean } {
  const sentKey = previous === undefined ? undefined : idempotencyKeyOf(previous.headers);
  if (previous === undefined || sentKey === undefined) return { value: fresh(), renewed: false };
  if (requestFingerprint(previous) === requestFingerprint(request)) return { value: sentKey, renewed: false };
  return { value: fresh(), renewed: true };
}
