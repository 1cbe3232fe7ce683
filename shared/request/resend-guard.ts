/** The guard that asks before sending the same non-idempotent request twice (a double POST may create two orders). */
import { classifyMethod } from '../idempotency/classify-method';
import type { IdempotencyClass } from '../idempotency/idempotency-class';
import { idempotencyKeyOf } from '../idempotency/idempotency-key-header';
import type { RequestDescription } from './request-model';

export interface ResendGuardOptions {
  /** The operation's class when the document refined it (x-idempotent); otherwise the method's. */
  readonly idempotency?: IdempotencyClass;
  /** The person turned the guard off for this request. */
  readonly disabled?: boolean;
  /** The status the request sent last was answered with; none when it got no answer. */
  readonly lastStatus?: number;
  /**
   * False when nothing says the server honours the key the request carries: the document declares no
   * key header for the operation (the person added one) and no answer so far was a replay. A server that
   * ignores the header does the request again, key or not.
   */
  readonly keyHonoured?: boolean;
}

/** Identifies "the same request": method, URL and body text (headers such as a fresh token do not count). */
export function requestFingerprint(req: RequestDescription): string {
  return JSON.stringify([req.method, req.url, req.body?.text ?? null]);
}

/**
 * True when the request is not idempotent, carries no idempotency key and is the very one sent last,
 * so the person should confirm. With a key, a repeat is a retry the server can recognise and replay,
 * when the server is known to honour keys (keyHonoured).
 * A request the server refused (4xx: a wrong key, a bad field) changed nothing there (RFC 9110
 * 15.5), so sending it again, say with the key now right, cannot make a second of anything. A 5xx
 * or no answer at all says nothing of what happened, and asks.
 */
export function needsResendConfirmation(req: RequestDescription, lastSentFingerprint: string | undefined, options: ResendGuardOptions = {}): boolean {
  if (options.disabled === true) return false;
  if (options.lastStatus !== undefined && options.lastStatus >= 400 && options.lastStatus < 500) return false;
  if ((options.idempotency ?? classifyMethod(req.method)) !== 'not-idempotent') return false;
  if (idempotencyKeyOf(req.headers) !== undefined && options.keyHonoured !== false) return false;
  return lastSentFingerprint === requestFingerprint(req);
}
