import { useState } from 'react';

interface Props {
  readonly id?: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId?: string;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly invalid?: boolean;
}

/** A masked input with a Show/Hide toggle, for keys, tokens and passwords. */
export function SecretInput({ id, label, value, onChange, testId, placeholder, disabled, invalid }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <span className="input-row">
      <input
        id={id}
        className="input input-mono"
        type={shown ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={invalid === true || undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      <button type="button" className="button button-small button-ghost" onClick={() => setShown(!shown)} aria-pressed={shown} aria-label={`${shown ? 'Hide' : 'Show'} ${label}`}>
        {shown ? 'Hide' : 'Show'}
      </button>
    </span>
  );
}
