import type { JsonSchema } from '../../../../shared/model/api-model';
import { defaultValue } from '../../../../shared/schema-form/default-value';
import { describeField, type PropertyShape } from '../../../../shared/schema-form/field-shape';
import { exampleFromSchema } from '../../../../shared/schema/example-from-schema';
import { getAt } from '../../../../shared/schema-form/json-path';
import { useBodyForm } from '../body-form-context';
import { MapRows } from './MapRows';
import { SchemaField } from './SchemaField';
import type { ShapeFieldProps } from './shape-field-props';
import { asRecord } from '../../../../shared/values/is-record';

type Props = ShapeFieldProps<'object'>;

// Kinds an unset optional property shows as an empty field (its example as placeholder); others get an "add" button.
const INLINE_KINDS = new Set(['string', 'number', 'enum']);

// The body example's value at this place, else one made from the property's own schema.
function examplePlaceholder(property: PropertyShape, atPath: unknown, defs: Readonly<Record<string, JsonSchema>>): string {
  const example = atPath !== undefined ? atPath : exampleFromSchema(property.schema, defs);
  const text = example === undefined || example === null ? '' : typeof example === 'string' ? example : JSON.stringify(example);
  return text === '' ? 'not set' : `not set · e.g. ${text}`;
}

/**
 * An object's properties: required and set ones as fields; optional unset ones as empty fields with
 * the example as placeholder (typing sets them), or as "add" buttons for structured values. A required
 * one left unset (a PUT starts without made-up values) shows the example as placeholder too.
 */
export function ObjectFields({ shape, path, value, ancestors }: Props) {
  const form = useBodyForm();
  const record = asRecord(value) ?? {};
  const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(record, name);
  const inline = (p: PropertyShape): boolean => !p.required && !has(p.name) && INLINE_KINDS.has(describeField(p.schema, form.defs).kind);
  const shown = shape.properties.filter((p) => p.required || has(p.name) || inline(p));
  const addable = shape.properties.filter((p) => !p.required && !has(p.name) && !inline(p));
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
          {...(p.required ? {} : { optional: true })}
          {...(has(p.name) ? {} : { placeholder: examplePlaceholder(p, getAt(form.example, [...path, p.name]), form.defs) })}
          actions={
            !p.required &&
            has(p.name) && (
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
