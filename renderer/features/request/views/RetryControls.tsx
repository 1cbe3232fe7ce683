import { useId } from 'react';
import { retryEligibility, type RetryAttempt } from '../../../../shared/idempotency/retry-policy';
import { DEFAULT_AUTO_RETRY } from '../request-form-model';
import type { RequestFormApi } from '../use-request-form';

interface Props {
  readonly form: RequestFormApi;
  /** The attempts of the last (or running) retried send, from the exchange store. */
  readonly attempts?: readonly RetryAttempt[];
}

function describeAttempt(attempt: RetryAttempt): string {
  const outcome = attempt.status !== undefined ? `HTTP ${attempt.status}` : (attempt.error?.message ?? 'no answer');
  const wait =
    attempt.waitMs === undefined ? '' : ` — retrying after ${attempt.waitMs} ms${attempt.waitFromRetryAfter === true ? ' (the server’s Retry-After)' : ''}`;
  return `Attempt ${attempt.attempt}: ${outcome}${wait}`;
}

interface RetryNumberProps {
  readonly id: string;
  /** The words around the field, read as one sentence ("up to [3] times,"). */
  readonly before: string;
  readonly after: string;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly testId: string;
}

/** One whole-number setting inside its sentence; a cleared field reads as 0 so typing a new number is not fought. */
function RetryNumber({ id, before, after, min, max, step, value, onChange, testId }: RetryNumberProps) {
  return (
    <label htmlFor={id} className="retry-field">
      {before}
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        {...(step === undefined ? {} : { step })}
        className="input input-small"
        value={value}
        onChange={(event) => onChange(Math.max(0, Math.min(max, Math.trunc(Number(event.target.value) || 0))))}
        data-testid={testId}
      />
      {after}
    </label>
  );
}

/** Automatic retry for this request (off by default): count, backoff, whether it applies, and each attempt. */
export function RetryControls({ form, attempts }: Props) {
  const id = useId();
  const settings = form.form.autoRetry ?? DEFAULT_AUTO_RETRY;
  const request = form.build.request;
  const eligibility = request === undefined ? undefined : retryEligibility(request, form.op.idempotency);
  return (
    <div className="retry-controls" data-testid="retry-controls">
      <label className="retry-toggle">
        <input type="checkbox" checked={settings.on} onChange={(event) => form.setAutoRetry({ on: event.target.checked })} data-testid="auto-retry-toggle" />
        Retry automatically
      </label>
      {settings.on && (
        <>
          <RetryNumber id={`${id}-count`} before="up to" after="times," min={1} max={10} value={settings.maxRetries} onChange={(maxRetries) => form.setAutoRetry({ maxRetries })} testId="auto-retry-count" />
          <RetryNumber
            id={`${id}-backoff`}
            before="first wait"
            after="ms, doubling; Retry-After is honoured on 429 and 503."
            min={0}
            max={60_000}
            step={100}
            value={settings.backoffMs}
            onChange={(backoffMs) => form.setAutoRetry({ backoffMs })}
            testId="auto-retry-backoff"
          />
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
