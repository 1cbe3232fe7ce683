import { useState } from 'react';
import type { UnresolvedVariable } from '../../../../shared/request/variable-scopes';
import { useSetVariable } from '../use-set-variable';

interface Props {
  readonly unresolved: readonly UnresolvedVariable[];
}

/** Why the request is not sent: each {{name}} without a value, and a field to give it one in the active environment. */
export function MissingVariables({ unresolved }: Props) {
  const set = useSetVariable();
  if (unresolved.length === 0) return null;
  return (
    <ul className="missing-variables" aria-label="Variables without a value" data-testid="missing-variables">
      {unresolved.map((missing) => (
        <MissingVariable key={missing.name} missing={missing} {...(set ? { onSet: set } : {})} />
      ))}
    </ul>
  );
}

function MissingVariable({ missing, onSet }: { readonly missing: UnresolvedVariable; readonly onSet?: (name: string, value: string) => void }) {
  const [value, setValue] = useState('');
  const secret = /(key|token|secret|password|credential)/i.test(missing.name);
  return (
    <li className="missing-variable" data-testid="missing-variable" data-name={missing.name}>
      <span className="missing-variable-message">Not sent: {missing.message}</span>
      {onSet && (
        <span className="input-row">
          <input
            className="input input-mono input-compact"
            type={secret ? 'password' : 'text'}
            aria-label={`Value of {{${missing.name}}}`}
            placeholder={`value of ${missing.name}`}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && value !== '') onSet(missing.name, value);
            }}
            data-testid="missing-variable-value"
          />
          <button type="button" className="button button-small" disabled={value === ''} onClick={() => onSet(missing.name, value)} data-testid="missing-variable-set">
            Set in environment
          </button>
        </span>
      )}
    </li>
  );
}
