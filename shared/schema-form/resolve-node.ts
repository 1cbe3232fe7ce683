/**
 * A schema as the form sees it: `$ref`s followed through the model's schemaDefs and `allOf` merged
 * into one object schema, with the name of the definition it came from (for labels and recursion).
 */
import type { JsonSchema } from '../model/api-model';
import { isRecord } from '../values/is-record';

export type Defs = Readonly<Record<string, JsonSchema>>;

const MAX_HOPS = 32;

/** A copy of `record` without `key`. */
export function without(record: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The last segment of a `$ref` pointer: "#/components/schemas/Pet" -> "Pet". */
export function refName(ref: string): string {
  const segment = ref.split('/').pop() ?? ref;
  return decodeURIComponent(segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows `$ref`s; an unknown one gives an empty schema (anything goes). */
export function followRef(schema: unknown, defs: Defs): { schema: JsonSchema; ref?: string } {
  let current = schema;
  let ref: string | undefined;
  for (let hops = 0; isRecord(current) && typeof current.$ref === 'string' && hops < MAX_HOPS; hops++) {
    ref = current.$ref;
    // 3.1 allows siblings next to $ref; they refine the target, so they are kept over it.
    const siblings = without(current, '$ref');
    const target = defs[ref];
    current = isRecord(target) ? (Object.keys(siblings).length > 0 ? { ...target, ...siblings } : target) : {};
  }
  const out = isRecord(current) && typeof current.$ref !== 'string' ? current : {};
  return ref === undefined ? { schema: out } : { schema: out, ref };
}

function mergeInto(target: Record<string, unknown>, part: JsonSchema): void {
  for (const [keyword, value] of Object.entries(part)) {
    if (keyword === 'properties' && isRecord(value)) {
      target.properties = { ...(isRecord(target.properties) ? target.properties : {}), ...value };
    } else if (keyword === 'required' && Array.isArray(value)) {
      const before = Array.isArray(target.required) ? (target.required as unknown[]) : [];
      target.required = [...new Set([...before, ...value])];
    } else if (!(keyword in target)) {
      target[keyword] = value;
    }
  }
}

/** The schema with `$ref` followed and `allOf` members merged (properties and required united). */
export function resolveNode(schema: unknown, defs: Defs, depth = 0): { schema: JsonSchema; ref?: string } {
  const followed = followRef(schema, defs);
  const allOf = followed.schema.allOf;
  if (!Array.isArray(allOf) || depth > MAX_HOPS) return followed;
  const merged: Record<string, unknown> = without(followed.schema, 'allOf');
  for (const member of allOf) mergeInto(merged, resolveNode(member, defs, depth + 1).schema);
  if (merged.type === undefined && isRecord(merged.properties)) merged.type = 'object';
  return followed.ref === undefined ? { schema: merged } : { schema: merged, ref: followed.ref };
}
