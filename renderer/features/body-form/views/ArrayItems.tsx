import { defaultValue } from '../../../../shared/schema-form/default-value';
import { useBodyForm } from '../body-form-context';
import { SchemaField } from './SchemaField';
import type { ShapeFieldProps } from './shape-field-props';

type Props = ShapeFieldProps<'array'>;

/** An array's items, each movable and removable, and a button to add one. */
export function ArrayItems({ shape, path, value, ancestors }: Props) {
  const form = useBodyForm();
  const items: readonly unknown[] = Array.isArray(value) ? value : [];
  const full = shape.maxItems !== undefined && items.length >= shape.maxItems;
  return (
    <div className="body-array">
      {items.map((item, index) => (
        <SchemaField
          // Items have no identity of their own; the index is what the person sees.
          key={index}
          schema={shape.items}
          path={[...path, index]}
          value={item}
          label={`[${index}]`}
          ancestors={ancestors}
          actions={
            <>
              <button type="button" className="icon-button" disabled={form.readOnly || index === 0} onClick={() => form.move([...path, index], -1)} aria-label={`Move item ${index} up`}>
                ↑
              </button>
              <button type="button" className="icon-button" disabled={form.readOnly || index === items.length - 1} onClick={() => form.move([...path, index], 1)} aria-label={`Move item ${index} down`}>
                ↓
              </button>
              <button type="button" className="icon-button" disabled={form.readOnly} onClick={() => form.remove([...path, index])} aria-label={`Remove item ${index}`}>
                ×
              </button>
            </>
          }
        />
      ))}
      <button type="button" className="button button-small button-ghost" disabled={form.readOnly || full} onClick={() => form.set([...path, items.length], defaultValue(shape.items, form.defs, ancestors))} data-testid="body-add-item">
        + Add item{full ? ` (at most ${shape.maxItems ?? 0})` : ''}
      </button>
    </div>
  );
}
