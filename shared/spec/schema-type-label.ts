/** A short, readable type label for a schema: "string", "integer", "array", "string | null", "object", "any". */
import type { JsonSchema } from '../model/api-model';
import { isRecord } from '../values/is-record';

const MAX_REF_HOPS = 16;

function withNull(types: readonly string[], nullable: boolean): string {
  const unique = [...new Set(types.filter((t) => t !== 'null' && t !== 'any'))];
  const hasNull = nullable || types.includes('null');
  if (unique.length === 0) return hasNull ? 'null' : 'any';
  // "any | null" says nothing more than "any".
  if (types.includes('any')) return 'any';
  return hasNull ? [...unique, 'null'].join(' | ') : unique.join(' | ');
}

function inferFromKeywords(schema: JsonSchema): string {
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  const sample = Array.isArray(schema.enum) ? schema.enum[0] : schema.const;
  if (sample === null) return 'null';
  if (Array.isArray(sample)) return 'array';
  if (typeof sample === 'number') return Number.isInteger(sample) ? 'integer' : 'number';
  if (typeof sample === 'string' || typeof sample === 'boolean') return typeof sample;
  if (typeof sample === 'object') return 'object';
  return 'any';
}

function label(schema: unknown, defs: Readonly<Record<string, JsonSchema>>, hops: number): string {
  if (!isRecord(schema) || hops > MAX_REF_HOPS) return 'any';
  if (typeof schema.$ref === 'string') return label(defs[schema.$ref], defs, hops + 1);
  const nullable = schema.nullable === true;
  if (typeof schema.type === 'string') return withNull([schema.type], nullable);
  if (Array.isArray(schema.type)) return withNull(schema.type.filter((t): t is string => typeof t === 'string'), nullable);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const variants = schema[keyword];
    if (Array.isArray(variants) && variants.length > 0) {
      return withNull(variants.map((v) => label(v, defs, hops + 1)).flatMap((l) => l.split(' | ')), nullable);
    }
  }
  if (Array.isArray(schema.allOf)) {
    const known = schema.allOf.map((v) => label(v, defs, hops + 1)).find((l) => l !== 'any');
    if (known !== undefined) return withNull([known], nullable);
  }
  return withNull([inferFromKeywords(schema)], nullable);
}

/** Labels a schema, following a `$ref` to its def; "any" when nothing says what it is. */
export function schemaTypeLabel(schema: JsonSchema | undefined, defs: Readonly<Record<string, JsonSchema>>): string {
  return label(schema, defs, 0);
}
