import type { StepResult } from '../../../../shared/runner/run-result';

/** The live table: one row per step sent, pass or fail per assertion, failures spelled out. */
export function RunResultsTable({ results, iterations }: { readonly results: readonly StepResult[]; readonly iterations: number }) {
  return (
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
        {results.map((r) => {
          const passed = r.assertions.filter((a) => a.passed).length;
          const problems = [...(r.error === undefined ? [] : [r.error]), ...r.assertions.filter((a) => !a.passed).map((a) => `${a.name}: ${a.message ?? 'failed'}`), ...r.captures.flatMap((c) => (c.ok ? [] : [`capture ${c.name}: ${c.message}`]))];
          return (
            <tr key={`${r.iteration}-${r.index}`} className={r.passed ? 'is-pass' : 'is-fail'} data-testid="runner-row">
              {iterations > 1 && <td>{r.iteration + 1}</td>}
              <td>
                <span className="runner-verdict" aria-label={r.passed ? 'passed' : 'failed'}>
                  {r.passed ? '✓' : '✗'}
                </span>{' '}
                <strong>{r.method}</strong> {[...r.folders, r.name].join(' / ')}
                {problems.length > 0 && (
                  <ul className="runner-failures">
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{r.status ?? '—'}</td>
              <td>{r.timeMs} ms</td>
              <td title={r.assertions.map((a) => `${a.passed ? '✓' : '✗'} ${a.name}`).join('\n')}>
                {passed}/{r.assertions.length}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
