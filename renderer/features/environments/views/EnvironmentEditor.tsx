import { Fragment, useId } from 'react';
import { atLimit, MOST } from '../../../../shared/environments/environment-limits';
import type { LimitProblem } from '../../../../shared/environments/fit-to-limits';
import { fieldMessage, fullNote } from '../../../../shared/environments/limit-messages';
import type { Environment, EnvironmentVariable } from '../../../../shared/environments/substitute';
import { SecretInput } from '../../auth/views/SecretInput';

interface Props {
  readonly env: Environment;
  readonly onRename: (name: string) => void;
  readonly onVariables: (variables: readonly EnvironmentVariable[]) => void;
  readonly onRemove: () => void;
  /** Where secret values are kept, said plainly next to them. */
  readonly secretNote: string;
  /** What of this environment is past a limit, shown beside its field. */
  readonly problems?: readonly LimitProblem[];
}

// Names stop at the limit as they are typed: no real name is that long, and a name cut short loses
// nothing saved. Values are not cut (a shortened token or certificate would look right and fail):
// one past the limit stays as typed, flagged, and out of the file until it is shortened.
const NAME_CHARS = MOST.name;
const NAME_FULL = fullNote('name');
const VARIABLES_FULL = fullNote('variables');

/** One environment's name and variables; secret values are masked and never saved with the rest. */
export function EnvironmentEditor({ env, onRename, onVariables, onRemove, secretNote, problems = [] }: Props) {
  const id = useId();
  const change = (index: number, patch: Partial<EnvironmentVariable>): void => onVariables(env.variables.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const nameProblem = problems.find((problem) => problem.field === 'name');
  const countProblem = problems.find((problem) => problem.field === 'variables');
  const full = atLimit('variables', env.variables.length);
  const nameNote = nameProblem ? fieldMessage(nameProblem) : atLimit('name', env.name.length) ? NAME_FULL : undefined;
  return (
    <div className="env-editor" data-testid="env-editor">
      <div className="input-row">
        <input
          className="input"
          aria-label="Environment name"
          value={env.name}
          maxLength={NAME_CHARS}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameNote ? `${id}-name` : undefined}
          onChange={(event) => onRename(event.target.value)}
          data-testid="env-name"
        />
        <button type="button" className="button button-small button-ghost" onClick={onRemove}>
          Delete
        </button>
      </div>
      {nameNote !== undefined && <LimitNote id={`${id}-name`} text={nameNote} problem={nameProblem !== undefined} testId="env-name-problem" />}
      <table className="env-table">
        <thead>
          <tr>
            <th scope="col">Variable</th>
            <th scope="col">Value</th>
            <th scope="col">Secret</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {env.variables.map((v, index) => {
            const rowProblems = problems.filter((problem) => problem.variableIndex === index);
            const valueProblem = rowProblems.some((problem) => problem.field === 'value');
            const noteId = `${id}-row-${index}`;
            const nameNoteText = rowProblems.length === 0 && atLimit('variable-name', v.name.length) ? NAME_FULL : undefined;
            const described = rowProblems.length > 0 || nameNoteText !== undefined ? noteId : undefined;
            return (
              <Fragment key={index}>
                <tr data-testid="env-variable">
                  <td>
                    <input
                      className="input input-mono"
                      aria-label="Variable name"
                      value={v.name}
                      placeholder="baseUrl"
                      maxLength={NAME_CHARS}
                      aria-invalid={rowProblems.some((problem) => problem.field === 'variable-name') ? true : undefined}
                      aria-describedby={described}
                      onChange={(event) => change(index, { name: event.target.value })}
                      data-testid="env-var-name"
                    />
                  </td>
                  <td>
                    {v.secret ? (
                      <SecretInput label={`Value of ${v.name}`} value={v.value} onChange={(value) => change(index, { value })} testId="env-var-value" />
                    ) : (
                      <input
                        className="input input-mono"
                        aria-label={`Value of ${v.name}`}
                        value={v.value}
                        aria-invalid={valueProblem ? true : undefined}
                        aria-describedby={described}
                        onChange={(event) => change(index, { value: event.target.value })}
                        data-testid="env-var-value"
                      />
                    )}
                  </td>
                  <td>
                    <input type="checkbox" aria-label={`${v.name} is secret`} checked={v.secret} onChange={(event) => change(index, { secret: event.target.checked })} data-testid="env-var-secret" />
                  </td>
                  <td>
                    <button type="button" className="icon-button" aria-label={`Remove ${v.name}`} onClick={() => onVariables(env.variables.filter((_v, i) => i !== index))}>
                      ×
                    </button>
                  </td>
                </tr>
                {described !== undefined && (
                  <tr className="env-row-note">
                    <td colSpan={4}>
                      <LimitNote id={noteId} text={rowProblems.map(fieldMessage).join(' ') || (nameNoteText ?? '')} problem={rowProblems.length > 0} testId="env-var-problem" index={index} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {countProblem !== undefined && <LimitNote text={fieldMessage(countProblem)} problem testId="env-variables-problem" />}
      <div className="input-row">
        <button type="button" className="button button-small button-ghost" disabled={full} aria-describedby={full ? `${id}-full` : undefined} onClick={() => onVariables([...env.variables, { name: '', value: '', secret: false }])} data-testid="env-add-variable">
          + Add variable
        </button>
        <span className="field-help">Use them as {'{{name}}'} in any field. {secretNote}</span>
      </div>
      {full && <LimitNote id={`${id}-full`} text={VARIABLES_FULL} problem={false} testId="env-variables-full" />}
    </div>
  );
}

/** A limit said beside its field: a problem (not saved) in the warning colour, a plain note otherwise. */
function LimitNote({ id, text, problem, testId, index }: { readonly id?: string; readonly text: string; readonly problem: boolean; readonly testId: string; readonly index?: number }) {
  return (
    <p id={id} className={problem ? 'field-problem env-limit-note' : 'field-help env-limit-note'} data-testid={testId} data-index={index}>
      {text}
    </p>
  );
}
