import type { ExtraParam } from '../../../../shared/collections/form-values';

interface Props {
  readonly extras: readonly ExtraParam[] | undefined;
  readonly onChange: (extras: readonly ExtraParam[]) => void;
}

/**
 * Headers and query values of the opened saved request that the operation does not declare:
 * shown, editable and sent with the request, so opening and saving again loses none of them.
 */
export function SavedExtras({ extras, onChange }: Props) {
  if (extras === undefined || extras.length === 0) return null;
  const set = (index: number, value: string) => onChange(extras.map((e, i) => (i === index ? { ...e, value } : e)));
  return (
    <section className="form-section" aria-label="Not in the document" data-testid="saved-extras">
      <h3 className="form-section-title">
        Not in the document <span className="count">{extras.length}</span>
      </h3>
      <p className="muted">The saved request has these; the operation does not declare them. They are sent as they are.</p>
      {extras.map((extra, index) => (
        <div className="saved-extra" key={`${extra.in}:${extra.name}:${index}`} data-testid="saved-extra" data-name={extra.name}>
          <span className="chip chip-muted">{extra.in}</span>
          <code>{extra.name}</code>
          <input className="input input-compact" aria-label={`${extra.in === 'header' ? 'Header' : 'Query'} ${extra.name}`} value={extra.value} onChange={(event) => set(index, event.target.value)} />
          <button type="button" className="button button-small button-ghost" aria-label={`Remove ${extra.name}`} onClick={() => onChange(extras.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
    </section>
  );
}
