import { defaultValue } from '../../../../shared/schema-form/default-value';
import { useBodyForm } from '../body-form-context';
import { MapRows } from './MapRows';
import { SchemaField } from './SchemaField';
import type { ShapeFieldProps } from './shape-field-props';

type Props = ShapeFieldProps<'object'>;

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** An object's properties: required and filled ones as fields, optional empty ones as "add" buttons. */
export function ObjectFields({ shape, path, value, ancestors }: Props) {
  const form = useBodyForm();
  const record = asRecord(value);
  const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(record, name);
  const shown = shape.properties.filter((p) => p.required || has(p.name));
  const addable = shape.properties.filter((p) => !p.required && !has(p.name));
  const known = new Set(shape.properties.map((p) => p.name));

  return (
    <div className="body-object">
      {shown.map((p) => (
        <SchemaField
          key={p.name}
          schema={p.schema}
          path={[...path, p.name]}
          value={record[p.name]}
          label={p.name}
          required={p.required}
          ancestors={ancestors}
          actions={
            !p.required && (
              <button type="button" className="icon-button" disabled={form.readOnly} onClick={() => form.remove([...path, p.name])} aria-label={`Remove ${p.name}`} title="Leave this optional property out">
                ×
              </button>
            )
          }
        />
      ))}
      {addable.length > 0 && (
        <div className="body-addable" aria-label="Optional properties">
          {addable.map((p) => (
            <button key={p.name} type="button" className="button button-small button-ghost" disabled={form.readOnly} onClick={() => form.set([...path, p.name], defaultValue(p.schema, form.defs, ancestors))} data-testid="body-add-property" data-name={p.name}>
              + {p.name}
            </button>
          ))}
        </div>
      )}
      {shape.additional !== undefined && <MapRows schema={shape.additional} path={path} entries={Object.entries(record).filter(([k]) => !known.has(k))} ancestors={ancestors} />}
    </div>
  );
}
