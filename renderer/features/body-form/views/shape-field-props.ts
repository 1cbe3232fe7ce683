import type { FieldShape } from '../../../../shared/schema-form/field-shape';
import type { JsonPath } from '../../../../shared/schema-form/json-path';

/** What SchemaField hands a field of one kind (object, array, union): its shape, place, value, and the definitions open above it. */
export interface ShapeFieldProps<K extends FieldShape['kind']> {
  readonly shape: Extract<FieldShape, { kind: K }>;
  readonly path: JsonPath;
  readonly value: unknown;
  /** Definitions already open above this field: one seen again starts folded (recursion on demand). */
  readonly ancestors: readonly string[];
}
