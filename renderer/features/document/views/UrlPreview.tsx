interface Props {
  readonly url: string;
  /** Each variable's value as the request would be sent now (from the active environment). */
  readonly values: Readonly<Record<string, string>>;
  /** Values to show as dots rather than in clear. */
  readonly secrets: readonly string[];
}

/** The URL with each {{variable}} marked: its value on hover, or that it has none. */
export function UrlPreview({ url, values, secrets }: Props) {
  if (!/\{\{[^{}]*\}\}/.test(url)) return null;
  const parts = url.split(/(\{\{[^{}]*\}\})/);
  return (
    <p className="url-preview" data-testid="url-preview">
      {parts.map((part, index) => {
        const name = /^\{\{\s*([^{}]*?)\s*\}\}$/.exec(part)?.[1];
        if (name === undefined) return <span key={index}>{part}</span>;
        const value = values[name];
        const shown = value === undefined ? `{{${name}}} has no value` : secrets.includes(value) ? `${name} = •••••• (secret)` : `${name} = ${value}`;
        return (
          <mark key={index} className={`url-variable${value === undefined ? ' url-variable-missing' : ''}`} title={shown} tabIndex={0} aria-label={shown} data-testid="url-variable" data-name={name}>
            {part}
          </mark>
        );
      })}
    </p>
  );
}
