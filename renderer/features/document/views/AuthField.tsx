interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown as dots: a password, key or token. */
  readonly secret?: boolean;
  readonly testId?: string;
  readonly placeholder?: string;
}

/** One labelled field of a request's auth; values may be {{variables}}. */
export function AuthField({ label, value, onChange, secret = false, testId = 'doc-auth-value', placeholder }: Props) {
  return (
    <label className="doc-auth-field">
      <span>{label}</span>
      <input className="input input-mono input-compact" type={secret ? 'password' : 'text'} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} {...(placeholder === undefined ? {} : { placeholder })} />
    </label>
  );
}
