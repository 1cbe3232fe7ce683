/** The cli reporter's text: one line per step as it ends, failures spelled out, then the totals. */
import type { RunPlan } from './run-plan';
import { nothingAsserted, type RunReport, type RunSummary, type StepResult } from './run-result';
import { stepStatusText } from './status-text';

/** The plan before anything is sent: how many requests, which may do something twice, and which a key makes safe to repeat. */
export function planText(plan: RunPlan, iterations: number): string {
  const names = (steps: RunPlan['steps']): string => steps.map((s) => [...s.folders, s.name].join(' / ')).join(', ');
  const risky = plan.steps.filter((s) => s.nonIdempotent);
  const keyed = plan.steps.filter((s) => s.keyed);
  const head = `${plan.collectionName}: ${plan.steps.length} request${plan.steps.length === 1 ? '' : 's'}${iterations > 1 ? ` x ${iterations} iterations` : ''}.`;
  return [head, ...(risky.length === 0 ? [] : [`Not idempotent (each run creates or changes something again): ${names(risky)}.`]), ...(keyed.length === 0 ? [] : [`Idempotent with a key: ${names(keyed)}.`])].join(' ');
}

/** One step as the terminal shows it: "✓ Create item  POST http://…  201  4 ms" ("303 -> GET /orders/1 200" after a redirect), failures below. */
export function stepLine(result: StepResult, iterations: number): string {
  const mark = result.passed ? '✓' : '✗';
  const where = [...result.folders, result.name].join(' / ');
  const iteration = iterations > 1 ? `[${result.iteration + 1}/${iterations}] ` : '';
  const implicitOnly = result.assertions.length > 0 && result.assertions.every((a) => a.implicit === true);
  const head = `${mark} ${iteration}${where}  ${result.method} ${result.url}  ${stepStatusText(result)}  ${result.timeMs} ms${implicitOnly ? '  (implicit status check)' : ''}`;
  const lines = [head];
  if (result.replayed === true) lines.push('    replayed: the server returned its stored answer to this Idempotency-Key (Idempotent-Replayed), so nothing was done again');
  if (result.error !== undefined) lines.push(`    error: ${result.error}`);
  for (const a of result.assertions) if (!a.passed) lines.push(`    ✗ ${a.name}: ${a.message ?? 'failed'}`);
  for (const c of result.captures) if (!c.ok) lines.push(`    ✗ capture ${c.name}: ${c.message}`);
  return lines.join('\n');
}

/** The closing summary. */
export function summaryText(summary: RunSummary): string {
  const answered = summary.answered ?? summary.steps;
  const rps = summary.durationMs > 0 ? Math.round((answered * 1000) / summary.durationMs) : answered;
  // With no answer at all (the server down) a rate only measures how fast connections were refused.
  const rate = answered === 0 ? '' : ` (${rps} requests/s)`;
  const stopped = summary.stopped === 'bail' ? ' Stopped at the first failure (--bail).' : summary.stopped === 'user' ? ' Stopped before the end.' : '';
  const implicit = summary.implicitChecks > 0 ? `, ${summary.implicitChecks - summary.failedImplicitChecks}/${summary.implicitChecks} implicit status checks passed` : '';
  return [
    '',
    `${summary.collection}: ${summary.passedSteps}/${summary.steps} requests passed, ${summary.assertions - summary.failedAssertions}/${summary.assertions} assertions passed${implicit}` +
      `${summary.iterations > 1 ? ` over ${summary.iterations} iterations` : ''} in ${summary.durationMs} ms${rate}.${stopped}`,
    ...(nothingAsserted(summary) ? [NOTHING_ASSERTED] : []),
    summary.failedSteps === 0 && summary.stopped === null ? 'All passed.' : `${summary.failedSteps} request${summary.failedSteps === 1 ? '' : 's'} failed.`,
  ].join('\n');
}

/** What a run without a single written assertion says, so a green run is not mistaken for a tested one. */
export const NOTHING_ASSERTED = 'Nothing was asserted: the requests that got an answer have no assertions, so only their statuses were checked (implicit). Add assertions to test what the answers hold.';

/** The whole run as text (for a file written with --reporter cli --out). */
export function cliReport(report: RunReport): string {
  return [...(report.warnings ?? []), ...report.results.map((r) => stepLine(r, report.summary.iterations)), summaryText(report.summary)].join('\n');
}
