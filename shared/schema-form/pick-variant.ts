/** Which variant of a oneOf/anyOf a value is: by its discriminator when there is one, else the first it fits. */
import type { FieldShape } from './field-shape';
import type { Defs } from './resolve-node';
import { validateJson } from './validate-json';
import { isRecord } from '../values/is-record';

type UnionShape = Extract<FieldShape, { kind: 'union' }>;

/** The index of the variant `value` belongs to; 0 when nothing tells. */
export function pickVariant(shape: UnionShape, value: unknown, defs: Defs): number {
  if (shape.discriminator !== undefined && isRecord(value)) {
    const tag = value[shape.discriminator];
    const byTag = shape.variants.findIndex((v) => v.tag !== undefined && v.tag === tag);
    if (byTag >= 0) return byTag;
  }
  if (value === undefined) return 0;
  const fitting = shape.variants.findIndex((v) => validateJson(v.schema, value, defs).length === 0);
  return fitting >= 0 ? fitting : 0;
}
