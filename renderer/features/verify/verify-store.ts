/** The Verify view's run state: one run at a time, its checks as they end, and its report. */
import { withOutcome } from '../../../shared/verify/verify-matrix';
import type { CheckStatus, OperationOutcome, VerifyReport } from '../../../shared/verify/verify-report';

export interface VerifyRunState {
  readonly runId?: string;
  readonly status: 'idle' | 'running' | 'stopping' | 'done';
  /** Checks in the run (operations x checks), for the progress bar. */
  readonly total: number;
  readonly done: number;
  /** The outcomes heard so far, until the report replaces them. */
  readonly outcomes: readonly OperationOutcome[];
  readonly report?: VerifyReport;
  readonly error?: string;
}

export interface CheckHeard {
  readonly method: string;
  readonly path: string;
  readonly check: string;
  readonly status: CheckStatus;
  /** False on a skip because the check does not apply to the operation. */
  readonly applies?: false;
  readonly done: number;
  readonly total: number;
}

export type VerifyAction =
  | { readonly type: 'started'; readonly runId: string; readonly total: number }
  | { readonly type: 'checks'; readonly runId: string; readonly checks: readonly CheckHeard[] }
  | { readonly type: 'stopping'; readonly runId: string }
  | { readonly type: 'finished'; readonly runId: string; readonly report: VerifyReport }
  | { readonly type: 'failed'; readonly runId: string; readonly message: string };

export const initialVerifyState: VerifyRunState = { status: 'idle', total: 0, done: 0, outcomes: [] };

/** Applies one event of a run; events of an older run are ignored. */
export function verifyReducer(state: VerifyRunState, action: VerifyAction): VerifyRunState {
  if (action.type === 'started') return { runId: action.runId, status: 'running', total: action.total, done: 0, outcomes: [] };
  if (action.runId !== state.runId) return state;
  switch (action.type) {
    case 'checks': {
      // Events travel apart from the answer: late ones after the report are already in it.
      if (state.status === 'done') return state;
      let outcomes = state.outcomes;
      for (const c of action.checks) outcomes = withOutcome(outcomes, c.method, c.path, { name: c.check, status: c.status, ...(c.applies === false ? { applies: false as const } : {}) });
      return { ...state, outcomes, done: Math.max(state.done, ...action.checks.map((c) => c.done)) };
    }
    case 'stopping':
      return state.status === 'running' ? { ...state, status: 'stopping' } : state;
    case 'finished':
      return { ...state, status: 'done', done: state.total, report: action.report, outcomes: action.report.operations };
    case 'failed':
      return { ...state, status: 'done', error: action.message };
  }
}
