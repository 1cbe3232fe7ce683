import { useState } from 'react';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown as dots, with a Show/Hide toggle: a password, key or token. */
  readonly secret?: boolean;
  readonly testId?: string;
  readonly placeholder?: string;
}

/** One labelled field of a request's auth; values may be {{variables}}. */
export function AuthField({ label, value, onChange, secret = false, testId = 'doc-auth-value', placeholder }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <label className="doc-auth-field">
      <span>{label}</span>
      <input className="input input-mono input-compact" type={secret && !shown ? 'password' : 'text'} autoComplete={secret ? 'off' : undefined} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} {...(placeholder === undefined ? {} : { placeholder })} />
      {secret && (
        <button type="button" className="button button-small button-ghost" onClick={() => setShown(!shown)} aria-pressed={shown} aria-label={`${shown ? 'Hide' : 'Show'} ${label}`}>
          {shown ? 'Hide' : 'Show'}
        </button>
      )}
    </label>
  );
}
