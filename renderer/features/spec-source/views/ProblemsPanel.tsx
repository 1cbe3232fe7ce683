import type { Problem } from '../../../../shared/model/api-model';

interface Props {
  readonly problems: readonly Problem[];
  /** Full validation still runs in the background; its problems join the list when it finishes. */
  readonly validating?: boolean;
}

/**
 * Validation findings about the open document, folded away until asked for, on one line that keeps its
 * height from "Validating…" to the outcome: the operation list sits right below, and when this line went
 * away at the end of validation the list jumped up under the pointer, so a row clicked at that moment
 * was not the row the person (or a test) aimed at.
 */
export function ProblemsPanel({ problems, validating = false }: Props) {
  // A still mark, not a spinner: validation runs in the background for seconds while the person
  // works, and a perpetual animation makes the page paint every frame, so on a busy machine each
  // keystroke in the filter waits behind animation frames (measured by npm run bench:ui-open).
  const status = validating ? (
    <p className="validating muted" role="status" data-testid="validating">
      <span className="pending-mark" aria-hidden="true" />
      Validating…
    </p>
  ) : (
    problems.length === 0 && (
      <p className="validated muted" role="status" data-testid="validated">
        No problems found
      </p>
    )
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="doc-status">
      {problems.length > 0 && (
        <details className="problems" data-testid="problems">
          <summary>
            <span className={errors > 0 ? 'problems-icon problems-icon-error' : 'problems-icon'} aria-hidden="true">
              !
            </span>
            Problems ({problems.length})
          </summary>
          <ul className="problems-list">
            {problems.map((problem, index) => (
              <li key={index} className={`problem problem-${problem.severity}`} data-testid="problem">
                <span className="problem-severity">{problem.severity}</span>
                <span className="problem-message">{problem.message}</span>
                {problem.pointer !== undefined && (
                  <code className="problem-pointer">
                    {problem.pointer}
                    {problem.line !== undefined && <span className="problem-line"> · line {problem.line}</span>}
                  </code>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {status}
    </div>
  );
}
