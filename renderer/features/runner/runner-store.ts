/** The runner's state: one run at a time, its steps as they end, and how it ended. */
import type { RunReport, StepResult } from '../../../shared/runner/run-result';
import type { UnreadableSpecNotice } from '../../../shared/runner/run-spec-failure';

export interface RunnerState {
  readonly runId?: string;
  readonly status: 'idle' | 'running' | 'done';
  /** Steps expected in this run (plan steps x iterations), for the progress bar. */
  readonly total: number;
  readonly results: readonly StepResult[];
  /** The data file's rows this run used (one iteration each), whatever file is picked since. */
  readonly rows?: readonly Readonly<Record<string, string>>[];
  readonly report?: RunReport;
  /** The run goes on without the collection's spec, which could not be read: said above the results. */
  readonly specUnreadable?: UnreadableSpecNotice;
  readonly error?: string;
}

export type RunnerAction =
  | { readonly type: 'started'; readonly runId: string; readonly total: number; readonly rows?: readonly Readonly<Record<string, string>>[] }
  | { readonly type: 'steps'; readonly runId: string; readonly results: readonly StepResult[] }
  | { readonly type: 'spec-unreadable'; readonly runId: string; readonly notice: UnreadableSpecNotice }
  | { readonly type: 'finished'; readonly runId: string; readonly report: RunReport }
  | { readonly type: 'failed'; readonly runId: string; readonly message: string };

export const initialRunnerState: RunnerState = { status: 'idle', total: 0, results: [] };

/** Applies one event of a run; events of an older run are ignored. */
export function runnerReducer(state: RunnerState, action: RunnerAction): RunnerState {
  if (action.type === 'started') return { runId: action.runId, status: 'running', total: action.total, results: [], ...(action.rows ? { rows: action.rows } : {}) };
  if (action.runId !== state.runId) return state;
  switch (action.type) {
    case 'steps':
      // Events travel apart from the answer: late ones after the report are already in it.
      return state.status === 'done' ? state : { ...state, results: [...state.results, ...action.results] };
    case 'spec-unreadable':
      return state.status === 'done' ? state : { ...state, specUnreadable: action.notice };
    case 'finished':
      // The report is the full truth: events lost on the way do not leave holes in the table.
      return { ...state, status: 'done', report: action.report, results: action.report.results, ...(action.report.specUnreadable ? { specUnreadable: action.report.specUnreadable } : {}) };
    case 'failed':
      return { ...state, status: 'done', error: action.message };
  }
}

/** The ids of steps that failed in any iteration, for "Re-run failed". */
export function failedStepIds(results: readonly StepResult[]): string[] {
  return [...new Set(results.filter((r) => !r.passed).map((r) => r.id))];
}
