import type { LimitProblem } from '../../../../shared/environments/fit-to-limits';
import { listMessage } from '../../../../shared/environments/limit-messages';

interface Props {
  /** Pieces past a limit that no open field shows: another environment's, or the list's. */
  readonly problems: readonly LimitProblem[];
  /** Why the last save was refused. */
  readonly error?: string;
}

// A long list of problems would push the editor away; the first few say where to start.
const SHOWN = 3;

/** What of the environment list is not saved, said where the environment is picked, whichever is open. */
export function EnvironmentSaveNotice({ problems, error }: Props) {
  if (problems.length === 0 && error === undefined) return null;
  const more = problems.length - SHOWN;
  return (
    <div className="env-save-notice">
      {error !== undefined && (
        <p className="field-problem" role="alert" data-testid="env-save-error">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="field-problems" role="status" data-testid="env-save-problem">
          {problems.slice(0, SHOWN).map((problem, index) => (
            <li key={index} className="field-problem">
              {listMessage(problem)}
            </li>
          ))}
          {more > 0 && <li>{`…and ${more} more past a limit.`}</li>}
        </ul>
      )}
    </div>
  );
}
