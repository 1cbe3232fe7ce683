import { variantDefault } from '../../../../shared/schema-form/default-value';
import { pickVariant } from '../../../../shared/schema-form/pick-variant';
import { useBodyForm } from '../body-form-context';
import { SchemaField } from './SchemaField';
import type { ShapeFieldProps } from './shape-field-props';

interface Props extends ShapeFieldProps<'union'> {
  /** The id the field's label points at: the picker is the control it names. */
  readonly id: string;
  /** The property name or item number of the field, for the picker's name; none for the root. */
  readonly label?: string;
}

/** oneOf/anyOf: a variant picker (following the discriminator) and the picked variant's fields. */
export function UnionField({ id, label, shape, path, value, ancestors }: Props) {
  const form = useBodyForm();
  const index = pickVariant(shape, value, form.defs);
  const variant = shape.variants[index];
  const picker = shape.discriminator !== undefined ? `Variant (${shape.discriminator})` : 'Variant';
  return (
    <div className="body-union">
      <select
        id={id}
        className="input input-compact"
        value={String(index)}
        disabled={form.readOnly}
        aria-label={label === undefined ? picker : `${picker} of ${label}`}
        onChange={(event) => form.set(path, variantDefault(shape, Number(event.target.value), form.defs, ancestors))}
        data-testid="body-variant"
      >
        {shape.variants.map((v, i) => (
          <option key={i} value={String(i)}>
            {v.tag !== undefined && v.tag !== v.label ? `${v.label} (${shape.discriminator ?? ''}: ${v.tag})` : v.label}
          </option>
        ))}
      </select>
      {variant !== undefined && <SchemaField schema={variant.schema} path={path} value={value} ancestors={ancestors} />}
    </div>
  );
}
