/**
 * Checks the text a person typed for a parameter against the parameter's schema. The messages
 * are advice: the request is still built, since the person may want to send it anyway.
 */
import type { JsonSchema } from '../model/api-model';
import { numberTextHint } from '../schema/number-text';
import { boundProblems, stringProblems } from '../schema/scalar-problems';
import { isRecord } from '../values/is-record';

type Defs = Readonly<Record<string, JsonSchema>>;

const MAX_REF_HOPS = 16;

/** Follows `$ref`s through defs; an unknown ref gives an empty schema (no checks). */
export function resolveSchema(schema: unknown, defs: Defs | undefined): JsonSchema {
  let current = schema;
  for (let hops = 0; isRecord(current) && typeof current.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    current = defs?.[current.$ref];
  }
  return isRecord(current) && current.$ref === undefined ? current : {};
}

/** The schema's main type: its `type`, or the first non-null one of a 3.1 type array. */
export function primaryType(schema: JsonSchema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t): t is string => typeof t === 'string' && t !== 'null');
  return undefined;
}

function scalarProblems(schema: JsonSchema, value: string): string[] {
  const type = primaryType(schema);
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && !schema.enum.map(String).includes(value)) {
    return [`must be one of ${schema.enum.map(String).join(', ')}, not "${value}"`];
  }
  if (type === 'integer' || type === 'number') {
    const n = Number(value);
    const hint = numberTextHint(value, type === 'integer');
    const advice = hint === undefined ? '' : ` (${hint})`;
    if (value.trim() === '' || !Number.isFinite(n)) return [`must be ${type === 'integer' ? 'an integer' : 'a number'}, not "${value}"${advice}`];
    if (type === 'integer' && !/^\s*[-+]?\d+\s*$/.test(value)) return [`must be an integer, not "${value}"${advice}`];
    return boundProblems(schema, n);
  }
  if (type === 'boolean') return value === 'true' || value === 'false' ? [] : [`must be true or false, not "${value}"`];
  return stringProblems(schema, value);
}

/** Splits the comma-separated text a person types for an array parameter into its items. */
export function splitArrayValue(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Messages ("must be an integer, not "abc"") for a non-empty typed value; none when it fits.
 * Array values are checked item by item against `items`.
 */
export function validateParamValue(schema: JsonSchema, value: string, defs?: Defs): string[] {
  const resolved = resolveSchema(schema, defs);
  if (primaryType(resolved) !== 'array') return scalarProblems(resolved, value);
  const items = resolveSchema(resolved.items, defs);
  const problems = splitArrayValue(value).flatMap((item) => scalarProblems(items, item).map((m) => `each item ${m}`));
  return [...new Set(problems)];
}
