/** Runs the idempotency check for the form's current request and keeps its report. */
import { useCallback, useMemo, useState } from 'react';
import { planIdempotencyCheck, type CheckEligibility } from '../../../shared/idempotency/check-plan';
import type { CheckReport } from '../../../shared/idempotency/check-verdict';
import type { AppError } from '../../../shared/ipc/result';
import { api } from '../../lib/api';
import type { RequestFormApi } from './use-request-form';

export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly report: CheckReport }
  | { readonly status: 'failed'; readonly error: AppError };

export interface IdempotencyCheck {
  /** Whether the check applies to the request as it is now, and why not. */
  readonly eligibility?: CheckEligibility;
  readonly state: CheckState;
  readonly run: () => void;
}

/** The check for one operation's form; only PUT, DELETE and keyed POST/PATCH are eligible. */
export function useIdempotencyCheck(form: RequestFormApi): IdempotencyCheck {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const request = form.build.request;
  const { op, operations } = form;
  const eligibility = useMemo(() => (request === undefined ? undefined : planIdempotencyCheck(op, { operations }, request)), [op, operations, request]);
  const run = useCallback(() => {
    if (request === undefined || eligibility?.ok !== true || state.status === 'running') return;
    setState({ status: 'running' });
    void api['idempotency:check']({ request: { ...request, headers: [...request.headers] }, plan: eligibility.plan }).then((result) =>
      setState(result.ok ? { status: 'done', report: result.value } : { status: 'failed', error: result.error }),
    );
  }, [request, eligibility, state.status]);
  return { ...(eligibility === undefined ? {} : { eligibility }), state, run };
}
