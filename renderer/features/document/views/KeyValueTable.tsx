import type { KeyValue } from '../../../../shared/collections/format-v1';

interface Props {
  /** "Query parameter", "Header", "Field": names each input for assistive technology. */
  readonly noun: string;
  readonly rows: readonly KeyValue[];
  readonly onChange: (rows: KeyValue[]) => void;
  readonly testId: string;
}

/** Name/value rows with an on/off switch each, as every API client has them for params and headers. */
export function KeyValueTable({ noun, rows, onChange, testId }: Props) {
  const change = (index: number, patch: Partial<KeyValue>): void => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="kv-table" data-testid={testId}>
      {rows.map((row, index) => (
        <div className="kv-row" key={index} data-testid="kv-row" data-name={row.name}>
          <input type="checkbox" aria-label={`Send ${noun.toLowerCase()} ${row.name}`} checked={row.disabled !== true} onChange={(event) => change(index, event.target.checked ? { disabled: undefined } : { disabled: true })} />
          <input className="input input-mono input-compact" aria-label={`${noun} name`} placeholder="name" value={row.name} onChange={(event) => change(index, { name: event.target.value })} data-testid="kv-name" />
          <input className="input input-mono input-compact" aria-label={`Value of ${noun.toLowerCase()} ${row.name}`} placeholder="value" value={row.value} onChange={(event) => change(index, { value: event.target.value })} data-testid="kv-value" />
          <button type="button" className="icon-button" aria-label={`Remove ${noun.toLowerCase()} ${row.name}`} onClick={() => onChange(rows.filter((_row, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button button-small button-ghost" onClick={() => onChange([...rows, { name: '', value: '' }])} data-testid="kv-add">
        + Add {noun.toLowerCase()}
      </button>
    </div>
  );
}
