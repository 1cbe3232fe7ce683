/** The guard that asks before sending the same non-idempotent request twice (a double POST may create two orders). */
import { classifyMethod } from '../idempotency/classify-method';
import type { RequestDescription } from './request-model';

/** Identifies "the same request": method, URL and body text (headers such as a fresh token do not count). */
export function requestFingerprint(req: RequestDescription): string {
  return JSON.stringify([req.method, req.url, req.body?.text ?? null]);
}

/** True when the request is not idempotent and is the very one sent last, so the person should confirm. */
export function needsResendConfirmation(req: RequestDescription, lastSentFingerprint: string | undefined): boolean {
  return classifyMethod(req.method) === 'not-idempotent' && lastSentFingerprint === requestFingerprint(req);
}
