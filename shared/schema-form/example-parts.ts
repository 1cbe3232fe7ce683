/**
 * An example cut to what the person must fill (required properties only), the rest filled back in
 * on request, and a value read from the server cut to what a request may carry. A form that starts
 * from the whole example would send optional values nobody chose (a PATCH renaming a product "string").
 */
import { describeField } from './field-shape';
import { pickVariant } from './pick-variant';
import type { Defs } from './resolve-node';
import { isRecord } from '../values/is-record';

const MAX_DEPTH = 32;

function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

// defineProperty, so that a key spelled "__proto__" stays a plain key.
function put(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

type Keep = 'required' | 'declared';

function cut(value: unknown, schema: unknown, defs: Defs, keep: Keep, depth: number): unknown {
  if (depth > MAX_DEPTH) return value;
  const shape = describeField(schema, defs);
  if (shape.kind === 'array' && Array.isArray(value)) return value.map((item: unknown) => cut(item, shape.items, defs, keep, depth + 1));
  if (shape.kind === 'union' && isRecord(value)) {
    const variant = shape.variants[pickVariant(shape, value, defs)];
    const part = variant === undefined ? value : cut(value, variant.schema, defs, keep, depth + 1);
    // The discriminator says which variant this is, required or not.
    if (shape.discriminator !== undefined && has(value, shape.discriminator) && isRecord(part)) {
      const out = { ...part };
      put(out, shape.discriminator, value[shape.discriminator]);
      return out;
    }
    return part;
  }
  if (shape.kind !== 'object' || !isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const p of shape.properties) {
    if (!has(value, p.name) || (keep === 'required' && !p.required)) continue;
    put(out, p.name, cut(value[p.name], p.schema, defs, keep, depth + 1));
  }
  // Free-form keys (additionalProperties) are the person's to add, not the example's; from the server they are data.
  if (keep === 'declared' && shape.additional !== undefined) {
    const known = new Set(shape.properties.map((p) => p.name));
    for (const [key, item] of Object.entries(value)) if (!known.has(key)) put(out, key, cut(item, shape.additional, defs, keep, depth + 1));
  }
  return out;
}

/** `example` with only the properties `schema` requires, at every depth (array items and union variants included). */
export function requiredPart(example: unknown, schema: unknown, defs: Defs): unknown {
  return cut(example, schema, defs, 'required', 0);
}

/** `value` (read from the server) without what a request body of `schema` cannot carry: read-only and undeclared properties. */
export function writablePart(value: unknown, schema: unknown, defs: Defs): unknown {
  return cut(value, schema, defs, 'declared', 0);
}

/** `current` with every property it lacks taken from `example`, at every depth; what is already set stays. */
export function fillExample(current: unknown, example: unknown): unknown {
  if (current === undefined) return example;
  if (!isRecord(current) || !isRecord(example)) return current;
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(example)) put(out, key, has(current, key) ? fillExample(current[key], value) : value);
  return out;
}
