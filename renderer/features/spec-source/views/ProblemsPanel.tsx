import type { Problem } from '../../../../shared/model/api-model';

interface Props {
  readonly problems: readonly Problem[];
}

/** Validation findings about the open document, folded away until asked for. */
export function ProblemsPanel({ problems }: Props) {
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details className="problems" data-testid="problems">
      <summary>
        <span className={errors > 0 ? 'problems-icon problems-icon-error' : 'problems-icon'} aria-hidden="true">
          !
        </span>
        Problems ({problems.length})
      </summary>
      <ul className="problems-list">
        {problems.map((problem, index) => (
          <li key={index} className={`problem problem-${problem.severity}`}>
            <span className="problem-severity">{problem.severity}</span>
            <span className="problem-message">{problem.message}</span>
            {problem.pointer !== undefined && <code className="problem-pointer">{problem.pointer}</code>}
          </li>
        ))}
      </ul>
    </details>
  );
}
