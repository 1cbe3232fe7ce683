/** What a run produces, step by step: the shape reporters, the CLI and the in-app table read. */
import type { AssertionResult } from './evaluate-assertion';
import type { CaptureResult } from './captures';
import type { UnreadableSpecNotice } from './run-spec-failure';

export interface StepResult {
  readonly iteration: number;
  /** Position in the plan (0-based). */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly folders: readonly string[];
  readonly method: string;
  readonly url: string;
  /** Absent when nothing came back (a network failure or a request that could not be built). */
  readonly status?: number;
  /** Set when redirects were followed: `status` is then the last answer's, and this says the request's own. */
  readonly redirected?: RedirectedAnswer;
  readonly timeMs: number;
  readonly assertions: readonly AssertionResult[];
  readonly captures: readonly CaptureResult[];
  /** Why the step failed without an answer to judge (connection refused, bad body). */
  readonly error?: string;
  /** {{names}} that no variable defined: the step was not sent (see `error`). */
  readonly unknownVariables: readonly string[];
  /** True when the server said this answer is a replay of one it stored for the Idempotency-Key (Idempotent-Replayed): nothing was done again. */
  readonly replayed?: boolean;
  readonly passed: boolean;
}

/** Where a step's redirects led: a POST's own 303 and the GET that gave the final answer. */
export interface RedirectedAnswer {
  /** The status of each answer that redirected, the request's own first. */
  readonly statuses: readonly number[];
  /** The final request's method and URL (credentials masked as the step's URL is). */
  readonly method: string;
  readonly url: string;
}

export interface RunSummary {
  readonly collection: string;
  readonly iterations: number;
  readonly steps: number;
  readonly passedSteps: number;
  readonly failedSteps: number;
  /** Assertions written in the requests (implicit checks are counted apart). */
  readonly assertions: number;
  readonly failedAssertions: number;
  /** Status checks of requests without assertions (see implicit-check.ts). */
  readonly implicitChecks: number;
  readonly failedImplicitChecks: number;
  readonly durationMs: number;
  /** Requests that got an answer (a rate over none would be meaningless); absent in summaries made before it was counted. */
  readonly answered?: number;
  /** Stopped by the user or by --bail before the plan was done. */
  readonly stopped: 'bail' | 'user' | null;
}

export interface RunReport {
  readonly summary: RunSummary;
  readonly results: readonly StepResult[];
  /** What the run went on without (the collection's spec could not be read), for every reporter to say first. */
  readonly warnings?: readonly string[];
  /** Set when the run went on without the collection's spec: the warning in parts, for the app to lay out. */
  readonly specUnreadable?: UnreadableSpecNotice;
}

/**
 * True when nothing in the run was asserted by a person: every check was an implicit status check.
 * A run whose requests were never sent (a missing variable) judged nothing at all: that is not it.
 */
export function nothingAsserted(summary: RunSummary): boolean {
  return summary.assertions === 0 && summary.implicitChecks > 0;
}

/** True when the step passed: an answer came, every assertion held and every capture was read. */
export function stepPassed(result: Pick<StepResult, 'error' | 'assertions' | 'captures'>): boolean {
  return result.error === undefined && result.assertions.every((a) => a.passed) && result.captures.every((c) => c.ok);
}

/** Totals over `results`. */
export function summarize(collection: string, iterations: number, results: readonly StepResult[], durationMs: number, stopped: RunSummary['stopped']): RunSummary {
  const count = (implicit: boolean, failed: boolean): number => results.reduce((n, r) => n + r.assertions.filter((a) => (a.implicit === true) === implicit && (!failed || !a.passed)).length, 0);
  const passedSteps = results.filter((r) => r.passed).length;
  return {
    collection,
    iterations,
    steps: results.length,
    passedSteps,
    failedSteps: results.length - passedSteps,
    assertions: count(false, false),
    failedAssertions: count(false, true),
    implicitChecks: count(true, false),
    failedImplicitChecks: count(true, true),
    durationMs,
    answered: results.filter((r) => r.status !== undefined).length,
    stopped,
  };
}
