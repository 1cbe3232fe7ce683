import { useId } from 'react';
import { retryEligibility, type RetryAttempt } from '../../../../shared/idempotency/retry-policy';
import { DEFAULT_AUTO_RETRY } from '../request-form-model';
import type { RequestFormApi } from '../use-request-form';
import type { LiveAttempts } from '../use-retry-attempts';

interface Props {
  readonly form: RequestFormApi;
  readonly sending: boolean;
  readonly live?: LiveAttempts;
}

function describeAttempt(attempt: RetryAttempt): string {
  const outcome = attempt.status !== undefined ? `HTTP ${attempt.status}` : (attempt.error?.message ?? 'no answer');
  const wait =
    attempt.waitMs === undefined ? '' : ` — retrying after ${attempt.waitMs} ms${attempt.waitFromRetryAfter === true ? ' (the server’s Retry-After)' : ''}`;
  return `Attempt ${attempt.attempt}: ${outcome}${wait}`;
}

/** Automatic retry for this request (off by default): count, backoff, whether it applies, and each attempt. */
export function RetryControls({ form, sending, live }: Props) {
  const id = useId();
  const settings = form.form.autoRetry ?? DEFAULT_AUTO_RETRY;
  const request = form.build.request;
  const eligibility = request === undefined ? undefined : retryEligibility(request, form.op.idempotency);
  const attempts = sending ? live?.attempts : form.form.attempts;
  return (
    <div className="retry-controls" data-testid="retry-controls">
      <label className="retry-toggle">
        <input type="checkbox" checked={settings.on} onChange={(event) => form.setAutoRetry({ on: event.target.checked })} data-testid="auto-retry-toggle" />
        Retry automatically
      </label>
      {settings.on && (
        <>
          <label htmlFor={`${id}-count`} className="retry-field">
            up to
            <input
              id={`${id}-count`}
              type="number"
              min={1}
              max={10}
              className="input input-small"
              value={settings.maxRetries}
              onChange={(event) => form.setAutoRetry({ maxRetries: Math.max(0, Math.min(10, Math.trunc(Number(event.target.value) || 0))) })}
              data-testid="auto-retry-count"
            />
            times,
          </label>
          <label htmlFor={`${id}-backoff`} className="retry-field">
            first wait
            <input
              id={`${id}-backoff`}
              type="number"
              min={0}
              max={60000}
              step={100}
              className="input input-small"
              value={settings.backoffMs}
              onChange={(event) => form.setAutoRetry({ backoffMs: Math.max(0, Math.min(60_000, Math.trunc(Number(event.target.value) || 0))) })}
              data-testid="auto-retry-backoff"
            />
            ms, doubling; Retry-After is honoured on 429 and 503.
          </label>
          {eligibility !== undefined && !eligibility.allowed && (
            <p className="retry-refused" data-testid="auto-retry-refused">
              {eligibility.why} Add an Idempotency-Key to allow retries.
            </p>
          )}
        </>
      )}
      {attempts !== undefined && attempts.length > 0 && (
        <ol className="retry-attempts" aria-label="Attempts" data-testid="retry-attempts">
          {attempts.map((attempt) => (
            <li key={attempt.attempt} data-testid="retry-attempt" data-status={attempt.status ?? attempt.error?.code}>
              {describeAttempt(attempt)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
