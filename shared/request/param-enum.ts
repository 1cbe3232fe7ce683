/** The choices of an enum parameter, with its schema followed through `$ref` and `allOf` (as FastAPI writes enums). */
import type { JsonSchema } from '../model/api-model';
import { describeField } from '../schema-form/field-shape';
import type { Defs } from '../schema-form/resolve-node';

/** The enum's values as the text a parameter field holds, or undefined when the schema is no enum. */
export function paramEnumValues(schema: JsonSchema, defs: Defs): readonly string[] | undefined {
  const shape = describeField(schema, defs);
  if (shape.kind !== 'enum' || shape.values.length === 0) return undefined;
  return shape.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}
