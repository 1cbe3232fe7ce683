/**
 * Automatic retry around sendRequest: off unless the request carries a retry policy, and then
 * only for requests that are harmless to repeat (idempotent, or carrying an Idempotency-Key).
 * Retry-After is honoured for 429 and 503; every attempt is reported, live and in the result.
 */
import { isRetryableError, isRetryableStatus, retryDelayMs, retryEligibility, type RetryAttempt } from '../../../shared/idempotency/retry-policy';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { UserFacingError } from '../app-error';
import { trackRequest } from '../http/in-flight';
import { sendRequest, type SendOptions } from '../http/send-request';

export interface RetryOptions extends SendOptions {
  /** Waits between attempts; tests pass a recorder instead of real time. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The single send; sendRequest unless a test substitutes a real server's client. */
  readonly send?: (request: RequestDescription, options: SendOptions) => Promise<ResponseSnapshot>;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits between attempts while registered under the request's id, so Cancel in the UI also
 * stops a pending retry (request:cancel aborts whatever runs under that id).
 */
async function pause(requestId: string | undefined, ms: number, sleep: (ms: number) => Promise<void>, url: string): Promise<void> {
  const { controller, done } = trackRequest(requestId);
  const aborted = new Promise<'aborted'>((resolve) => controller.signal.addEventListener('abort', () => resolve('aborted'), { once: true }));
  try {
    const outcome = await Promise.race([sleep(ms).then(() => 'slept' as const), aborted]);
    if (outcome === 'aborted') throw new UserFacingError('cancelled', `The retries of ${url} were cancelled while waiting for the next attempt. Send it again when ready.`);
  } finally {
    done();
  }
}

function headerValue(response: ResponseSnapshot, name: string): string | undefined {
  return response.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

/** Sends `request`, retrying per its `retry` policy; without one it is exactly sendRequest. */
export async function sendWithRetry(request: RequestDescription, options: RetryOptions = {}): Promise<ResponseSnapshot> {
  const send = options.send ?? sendRequest;
  const sleep = options.sleep ?? wait;
  const { retry: policy, ...single } = request;
  if (policy === undefined || policy.maxRetries <= 0) return send(single, options);

  const eligibility = retryEligibility(single, policy.idempotency);
  if (!eligibility.allowed) {
    const started = performance.now();
    const response = await send(single, options);
    const attempt: RetryAttempt = { attempt: 1, status: response.status, timeMs: Math.round(performance.now() - started) };
    return { ...response, retry: { attempts: [attempt], refused: eligibility.why } };
  }

  const attempts: RetryAttempt[] = [];
  const emit = (attempt: RetryAttempt): void => {
    attempts.push(attempt);
    if (request.requestId !== undefined) options.events?.emit('request:attempt', { requestId: request.requestId, of: policy.maxRetries + 1, ...attempt });
  };
  for (let number = 1; ; number += 1) {
    const started = performance.now();
    const canRetry = number <= policy.maxRetries;
    let waitMs: number;
    try {
      const response = await send(single, options);
      const timeMs = Math.round(performance.now() - started);
      if (!canRetry || !isRetryableStatus(response.status)) {
        emit({ attempt: number, status: response.status, timeMs });
        return { ...response, retry: { attempts } };
      }
      const delay = retryDelayMs(number, policy, { status: response.status, retryAfter: headerValue(response, 'retry-after') });
      emit({ attempt: number, status: response.status, timeMs, waitMs: delay.ms, waitFromRetryAfter: delay.fromRetryAfter });
      waitMs = delay.ms;
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      const timeMs = Math.round(performance.now() - started);
      if (!canRetry || !isRetryableError(error.code)) {
        emit({ attempt: number, error: { code: error.code, message: error.message }, timeMs });
        const tried = attempts.length === 1 ? '' : ` Roundtrip tried ${attempts.length} times (${attempts.map(describeAttempt).join('; ')}).`;
        throw new UserFacingError(error.code, `${error.message}${tried}`, { attempts });
      }
      const delay = retryDelayMs(number, policy);
      emit({ attempt: number, error: { code: error.code, message: error.message }, timeMs, waitMs: delay.ms, waitFromRetryAfter: false });
      waitMs = delay.ms;
    }
    await pause(request.requestId, waitMs, sleep, single.url);
  }
}

function describeAttempt(attempt: RetryAttempt): string {
  return `${attempt.attempt}: ${attempt.status !== undefined ? `HTTP ${attempt.status}` : (attempt.error?.code ?? 'no answer')}`;
}
