/** The value a new field starts with: the schema's default, else the simplest value of its shape. */
import { describeField, type FieldShape } from './field-shape';
import type { Defs } from './resolve-node';

const MAX_DEPTH = 12;

/** A fresh value for `schema`; objects get their required properties, recursion stops at a definition already being filled. */
export function defaultValue(schema: unknown, defs: Defs, seen: readonly string[] = []): unknown {
  return defaultForShape(describeField(schema, defs), defs, seen);
}

/** As defaultValue, for a shape already described. */
export function defaultForShape(shape: FieldShape, defs: Defs, seen: readonly string[] = []): unknown {
  if (shape.schema.default !== undefined) return shape.schema.default;
  if (shape.ref !== undefined && seen.includes(shape.ref)) return shape.nullable ? null : shape.kind === 'array' ? [] : {};
  const path = shape.ref === undefined ? seen : [...seen, shape.ref];
  if (path.length > MAX_DEPTH) return null;
  switch (shape.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of shape.properties) if (p.required) out[p.name] = defaultValue(p.schema, defs, path);
      return out;
    }
    case 'array':
      return [];
    case 'string':
      return '';
    case 'number':
      return shape.minimum ?? (shape.exclusiveMinimum !== undefined ? shape.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'enum':
      return shape.values[0] ?? null;
    case 'union': {
      const first = shape.variants[0];
      return first === undefined ? null : variantDefault(shape, 0, defs, path);
    }
    case 'any':
      return null;
  }
}

/** A fresh value for one variant of a union, with its discriminator property set. */
export function variantDefault(shape: Extract<FieldShape, { kind: 'union' }>, index: number, defs: Defs, seen: readonly string[] = []): unknown {
  const variant = shape.variants[index];
  if (variant === undefined) return null;
  const value = defaultValue(variant.schema, defs, seen);
  if (shape.discriminator !== undefined && variant.tag !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { ...value, [shape.discriminator]: variant.tag };
  }
  return value;
}
