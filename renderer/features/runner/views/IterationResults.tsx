import type { DataRows } from '../../../../shared/runner/data-rows';
import type { StepResult } from '../../../../shared/runner/run-result';

interface Props {
  readonly results: readonly StepResult[];
  /** The data file's rows, to say which row each iteration used (the last one again past its end). */
  readonly rows?: DataRows;
}

const MAX_SHOWN = 200;

/** One line per iteration: its data row and how many of its requests passed. */
export function IterationResults({ results, rows }: Props) {
  const iterations = [...new Set(results.map((r) => r.iteration))].sort((a, b) => a - b);
  if (iterations.length < 2 && rows === undefined) return null;
  // A long run keeps the page light, as the table does: the latest iterations are listed.
  const shown = iterations.slice(-MAX_SHOWN);
  return (
    <ol className="runner-iterations-list" aria-label="Results per iteration" data-testid="runner-iteration-list">
      {shown.map((iteration) => {
        const steps = results.filter((r) => r.iteration === iteration);
        const passed = steps.filter((r) => r.passed).length;
        const row = rows === undefined || rows.length === 0 ? undefined : rows[Math.min(iteration, rows.length - 1)];
        return (
          <li key={iteration} className={passed === steps.length ? 'is-pass' : 'is-fail'} data-testid="runner-iteration">
            <span aria-label={passed === steps.length ? 'passed' : 'failed'}>{passed === steps.length ? '✓' : '✗'}</span> Iteration {iteration + 1}: {passed}/{steps.length} requests passed
            {row !== undefined && (
              <span className="muted">
                {' '}
                ({Object.entries(row)
                  .map(([name, value]) => `${name}=${value.length > 40 ? `${value.slice(0, 37)}...` : value}`)
                  .join(', ')}
                )
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
