import type { StepResult } from '../../../../shared/runner/run-result';
import { stepStatusText } from '../../../../shared/runner/status-text';

// A long run keeps the page light: the latest rows are shown, the totals count them all.
const MAX_ROWS = 500;

/** The live table: one row per step sent, pass or fail per assertion, failures spelled out. */
export function RunResultsTable({ results, iterations }: { readonly results: readonly StepResult[]; readonly iterations: number }) {
  const shown = results.length > MAX_ROWS ? results.slice(-MAX_ROWS) : results;
  return (
    <>
      {shown.length < results.length && (
        <p className="muted runner-note">
          Showing the last {MAX_ROWS} of {results.length} requests.
        </p>
      )}
      <table className="runner-table" data-testid="runner-table">
        <thead>
          <tr>
            {iterations > 1 && <th>#</th>}
            <th>Request</th>
            <th>Status</th>
            <th>Time</th>
            <th>Checks</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <ResultRow key={`${r.iteration}-${r.index}`} result={r} iterations={iterations} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function ResultRow({ result: r, iterations }: { readonly result: StepResult; readonly iterations: number }) {
  const passed = r.assertions.filter((a) => a.passed).length;
  const problems = [...(r.error === undefined ? [] : [r.error]), ...r.assertions.filter((a) => !a.passed).map((a) => `${a.name}: ${a.message ?? 'failed'}`), ...r.captures.flatMap((c) => (c.ok ? [] : [`capture ${c.name}: ${c.message}`]))];
  const passedChecks = r.assertions.filter((a) => a.passed);
  return (
    <tr className={r.passed ? 'is-pass' : 'is-fail'} data-testid="runner-row">
      {iterations > 1 && <td className="runner-num">{r.iteration + 1}</td>}
      <td>
        <span className="runner-verdict" aria-label={r.passed ? 'passed' : 'failed'}>
          {r.passed ? '✓' : '✗'}
        </span>{' '}
        <strong>{r.method}</strong> {[...r.folders, r.name].join(' / ')}
        {passedChecks.length > 0 && (
          <ul className="runner-checks" aria-label="Passed checks">
            {passedChecks.map((a) => (
              <li key={a.name} className={a.implicit === true ? 'is-implicit' : undefined}>
                ✓ {a.name}
              </li>
            ))}
          </ul>
        )}
        {problems.length > 0 && (
          <ul className="runner-failures">
            {problems.map((p) => (
              <li key={p}>✗ {p}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="runner-num" data-testid="runner-status">
        {r.status === undefined ? '—' : stepStatusText(r)}
        {r.replayed === true && (
          <>
            {' '}
            <span className="chip chip-warning" data-testid="runner-replayed" title="The server returned its stored answer to this Idempotency-Key (Idempotent-Replayed): nothing was done again.">
              replayed
            </span>
          </>
        )}
      </td>
      <td className="runner-num">{r.timeMs} ms</td>
      <td className="runner-num" title={r.assertions.map((a) => `${a.passed ? '✓' : '✗'} ${a.name}`).join('\n')}>
        {passed}/{r.assertions.length}
      </td>
    </tr>
  );
}
