import { useId, useMemo, useState } from 'react';
import type { UnresolvedVariable } from '../../../../shared/request/variable-scopes';
import { readsAsSecret, useSetVariable, type VariableSetter } from '../use-set-variable';

interface Props {
  readonly unresolved: readonly UnresolvedVariable[];
}

/** Why the request is not sent: each {{name}} without a value, and a field to give it one in the active environment. */
export function MissingVariables({ unresolved }: Props) {
  const setter = useSetVariable();
  if (unresolved.length === 0) return null;
  return (
    <ul className="missing-variables" aria-label="Variables without a value" data-testid="missing-variables">
      {unresolved.map((missing) => (
        <MissingVariable key={missing.name} missing={missing} {...(setter ? { setter } : {})} />
      ))}
    </ul>
  );
}

function MissingVariable({ missing, setter }: { readonly missing: UnresolvedVariable; readonly setter?: VariableSetter }) {
  const [value, setValue] = useState('');
  const refusalId = useId();
  // The environment list's limits, as the editor's Add and New buttons keep them: past one, the button says why instead.
  // Checked when the value changes, not at every render: it fits the whole list.
  const refusal = useMemo(() => setter?.refusal(missing.name, value), [setter, missing.name, value]);
  const canSet = value !== '' && refusal === undefined;
  const secret = readsAsSecret(missing.name);
  return (
    <li className="missing-variable" data-testid="missing-variable" data-name={missing.name}>
      <span className="missing-variable-message">Not sent: {missing.message}</span>
      {setter && (
        <span className="input-row">
          <input
            className="input input-mono input-compact"
            type={secret ? 'password' : 'text'}
            aria-label={`Value of {{${missing.name}}}`}
            placeholder={`value of ${missing.name}`}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && canSet) setter.set(missing.name, value);
            }}
            data-testid="missing-variable-value"
          />
          <button type="button" className="button button-small" disabled={!canSet} aria-describedby={refusal === undefined ? undefined : refusalId} onClick={() => setter.set(missing.name, value)} data-testid="missing-variable-set">
            Set in environment
          </button>
        </span>
      )}
      {refusal !== undefined && (
        <p id={refusalId} className="field-help env-limit-note" data-testid="missing-variable-refused">
          {refusal}
        </p>
      )}
    </li>
  );
}
