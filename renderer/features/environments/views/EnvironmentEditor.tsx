import type { Environment, EnvironmentVariable } from '../../../../shared/environments/substitute';
import { SecretInput } from '../../auth/views/SecretInput';

interface Props {
  readonly env: Environment;
  readonly onRename: (name: string) => void;
  readonly onVariables: (variables: readonly EnvironmentVariable[]) => void;
  readonly onRemove: () => void;
  /** Where secret values are kept, said plainly next to them. */
  readonly secretNote: string;
}

/** One environment's name and variables; secret values are masked and never saved with the rest. */
export function EnvironmentEditor({ env, onRename, onVariables, onRemove, secretNote }: Props) {
  const change = (index: number, patch: Partial<EnvironmentVariable>): void => onVariables(env.variables.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <div className="env-editor" data-testid="env-editor">
      <div className="input-row">
        <input className="input" aria-label="Environment name" value={env.name} onChange={(event) => onRename(event.target.value)} data-testid="env-name" />
        <button type="button" className="button button-small button-ghost" onClick={onRemove}>
          Delete
        </button>
      </div>
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
          {env.variables.map((v, index) => (
            <tr key={index} data-testid="env-variable">
              <td>
                <input className="input input-mono" aria-label="Variable name" value={v.name} placeholder="baseUrl" onChange={(event) => change(index, { name: event.target.value })} data-testid="env-var-name" />
              </td>
              <td>
                {v.secret ? (
                  <SecretInput label={`Value of ${v.name}`} value={v.value} onChange={(value) => change(index, { value })} testId="env-var-value" />
                ) : (
                  <input className="input input-mono" aria-label={`Value of ${v.name}`} value={v.value} onChange={(event) => change(index, { value: event.target.value })} data-testid="env-var-value" />
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
          ))}
        </tbody>
      </table>
      <div className="input-row">
        <button type="button" className="button button-small button-ghost" onClick={() => onVariables([...env.variables, { name: '', value: '', secret: false }])} data-testid="env-add-variable">
          + Add variable
        </button>
        <span className="field-help">Use them as {'{{name}}'} in any field. {secretNote}</span>
      </div>
    </div>
  );
}
