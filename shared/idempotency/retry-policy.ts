/**
 * When an automatic retry is allowed, and how long to wait before it. Retries are only for
 * requests that are harmless to repeat: idempotent by method (or by the document), or carrying
 * an Idempotency-Key the server can recognise. A non-idempotent request is never retried.
 */
import type { ErrorCode, NetworkErrorCode } from '../ipc/result';
import type { RequestDescription } from '../request/request-model';
import { classifyMethod } from './classify-method';
import type { IdempotencyClass } from './idempotency-class';
import { idempotencyKeyOf } from './idempotency-key-header';

export interface RetryPolicy {
  /** Retries after the first attempt (0 to 10); 0 means no retry. */
  readonly maxRetries: number;
  /** The wait before the first retry; it doubles for each further one. */
  readonly backoffMs: number;
  /** No wait is longer than this, whatever the backoff or Retry-After say. */
  readonly maxDelayMs?: number;
  /** The operation's class when the document refined it; otherwise the method's is used. */
  readonly idempotency?: IdempotencyClass;
}

/** The longest Roundtrip waits between attempts unless the policy says less. */
export const DEFAULT_MAX_DELAY_MS = 30_000;

/** Statuses worth another try: the server asked to come back later, or a gateway failed on the way. */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Network failures worth another try: the request may not have been handled, and a retry is harmless here. */
const RETRY_ERRORS: ReadonlySet<ErrorCode> = new Set<NetworkErrorCode>(['connection-reset', 'connection-refused', 'timeout', 'network']);

export type RetryEligibility = { readonly allowed: true; readonly why: 'idempotent' | 'key' } | { readonly allowed: false; readonly why: string };

/** Whether a request may be retried automatically at all, and why (or why not), in words for the UI. */
export function retryEligibility(request: RequestDescription, idempotency?: IdempotencyClass): RetryEligibility {
  const cls = idempotency ?? classifyMethod(request.method);
  if (cls !== 'not-idempotent') return { allowed: true, why: 'idempotent' };
  if (idempotencyKeyOf(request.headers) !== undefined) return { allowed: true, why: 'key' };
  return {
    allowed: false,
    why: `${request.method} is not idempotent and carries no Idempotency-Key: a retry could do it twice, so Roundtrip does not retry it.`,
  };
}

/** True when this status deserves another attempt. */
export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status);
}

/** True when this network failure (an AppError code) deserves another attempt. */
export function isRetryableError(code: ErrorCode): boolean {
  return RETRY_ERRORS.has(code);
}

/**
 * Reads a Retry-After value (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date.
 * Returns milliseconds from `now`, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * The wait before retry number `retry` (1-based): exponential backoff from the policy, or the
 * server's Retry-After on a 429 or 503, capped at the policy's maximum.
 */
export function retryDelayMs(retry: number, policy: RetryPolicy, answer?: { readonly status: number; readonly retryAfter?: string }, now: number = Date.now()): { readonly ms: number; readonly fromRetryAfter: boolean } {
  const cap = policy.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  if (answer !== undefined && (answer.status === 429 || answer.status === 503)) {
    const asked = parseRetryAfter(answer.retryAfter, now);
    if (asked !== undefined) return { ms: Math.min(asked, cap), fromRetryAfter: true };
  }
  return { ms: Math.min(policy.backoffMs * 2 ** Math.max(0, retry - 1), cap), fromRetryAfter: false };
}

/** One attempt of an automatically retried request, as the UI lists it. */
export interface RetryAttempt {
  /** 1 for the first send. */
  readonly attempt: number;
  readonly status?: number;
  /** The network failure's code and message, when there was no response. */
  readonly error?: { readonly code: ErrorCode; readonly message: string };
  /** The wait before the next attempt; absent on the last one. */
  readonly waitMs?: number;
  readonly waitFromRetryAfter?: boolean;
  readonly timeMs: number;
}

/** What an automatic retry did: every attempt, and why it stopped or never started. */
export interface RetryReport {
  readonly attempts: readonly RetryAttempt[];
  /** Why no retry was made although retries were on (a non-idempotent request without a key). */
  readonly refused?: string;
}
