import type { RunSummary } from '../../../../shared/runner/run-result';
import { nothingAsserted } from '../../../../shared/runner/run-result';

/** The totals over a finished run: red as soon as one request failed, and plain about checks nobody wrote. */
export function RunSummaryBanner({ summary }: { readonly summary: RunSummary }) {
  const passed = summary.failedSteps === 0 && summary.stopped !== 'user';
  const stopped = summary.stopped === 'user' ? ' (stopped)' : summary.stopped === 'bail' ? ' (stopped at the first failure)' : '';
  const implicit = summary.implicitChecks > 0 ? `, ${summary.implicitChecks - summary.failedImplicitChecks}/${summary.implicitChecks} implicit status checks` : '';
  return (
    <div className={`runner-summary ${passed ? 'is-pass' : 'is-fail'}`} data-testid="runner-summary" role="status">
      <p>
        {summary.passedSteps}/{summary.steps} requests passed, {summary.assertions - summary.failedAssertions}/{summary.assertions} assertions{implicit} in {summary.durationMs} ms
        {stopped}
      </p>
      {nothingAsserted(summary) && (
        <p className="runner-note" data-testid="runner-nothing-asserted">
          Nothing was asserted: these requests have no assertions, so only their statuses were checked (implicit).
        </p>
      )}
    </div>
  );
}
