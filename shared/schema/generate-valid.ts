/**
 * Valid values from a JSON schema, drawn from a seeded source: a random one (`validValue`) and
 * the boundaries (`boundaryValues`): min/max length and value, every enum member, formats, null
 * where allowed, empty and full arrays, optional fields absent. Same seed, same values.
 */
import type { JsonSchema } from '../model/api-model';
import { formatValue, plainText } from './format-values';
import { allowsNull, enumMembers, MAX_DEPTH, numericBounds, objectProperties, resolved, unionVariants, valueTypes, type GenerateContext, type JsonType } from './schema-facts';
import { isRecord } from '../values/is-record';
import { compileSchemaPattern } from './scalar-problems';
import { textMatching } from './pattern-text';
import type { SeededRandom } from './seeded-random';

/** One generated value and what it stands for ("name: maxLength 40", "optional fields absent"). */
export interface GeneratedValue {
  readonly value: unknown;
  readonly label: string;
}

/** Which optional object properties a value carries. */
export type OptionalFields = 'random' | 'none' | 'all';

const LONGEST_STRING = 10_000;
const LARGEST_ARRAY = 100;

function declaredExamples(schema: JsonSchema): unknown[] {
  const out: unknown[] = [];
  if (schema.example !== undefined) out.push(schema.example);
  if (Array.isArray(schema.examples)) out.push(...(schema.examples as unknown[]));
  if (schema.default !== undefined) out.push(schema.default);
  return out;
}

function stringValue(schema: JsonSchema, random: SeededRandom, length?: number): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? Math.min(schema.maxLength, LONGEST_STRING) : min + 12;
  const pattern = typeof schema.pattern === 'string' ? compileSchemaPattern(schema.pattern) : undefined;
  if (pattern !== undefined) {
    // The document's own examples first; then text drawn from the pattern itself (common regex subset).
    const fitting = length === undefined ? declaredExamples(schema).find((v): v is string => typeof v === 'string' && pattern.test(v)) : undefined;
    if (fitting !== undefined) return fitting;
    const bounds = length === undefined ? { minLength: min, maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : Infinity } : { minLength: length, maxLength: length };
    const drawn = textMatching(String(schema.pattern), random, bounds);
    if (drawn !== undefined) return drawn;
  }
  const format = typeof schema.format === 'string' ? formatValue(schema.format, random) : undefined;
  const longest = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (format !== undefined && length === undefined && format.length >= min && format.length <= longest) return format;
  return plainText(length ?? random.int(Math.max(min, 1), Math.max(Math.min(max, min + 12), Math.max(min, 1))), random);
}

function numberValue(schema: JsonSchema, integer: boolean, random: SeededRandom): number {
  const { min, max } = numericBounds(schema, integer);
  const low = min ?? (max !== undefined ? max - 1000 : 0);
  const high = max ?? low + 1000;
  const multiple = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (multiple !== undefined) {
    const first = Math.ceil(low / multiple);
    const last = Math.floor(high / multiple);
    return random.int(first, Math.max(first, last)) * multiple;
  }
  if (integer) return random.int(Math.ceil(low), Math.floor(high));
  return Math.round((low + random.next() * (high - low)) * 100) / 100;
}

function arrayValue(schema: JsonSchema, ctx: GenerateContext, random: SeededRandom, depth: number, optional: OptionalFields, count?: number): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? Math.min(schema.maxItems, LARGEST_ARRAY) : min + 3;
  const length = count ?? (depth >= MAX_DEPTH ? min : random.int(min, Math.max(min, Math.min(max, min + 3))));
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; items.length < length && attempt < length * 5 + 5; attempt++) {
    const item = validValue(schema.items, ctx, random, { depth: depth + 1, optional });
    const key = JSON.stringify(item);
    if (schema.uniqueItems === true && seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

function objectValue(schema: JsonSchema, ctx: GenerateContext, random: SeededRandom, depth: number, optional: OptionalFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of objectProperties(schema, ctx)) {
    const include = property.required || (depth < MAX_DEPTH && (optional === 'all' || (optional === 'random' && random.chance(0.5))));
    if (include) out[property.name] = validValue(property.schema, ctx, random, { depth: depth + 1, optional: optional === 'all' ? 'random' : optional });
  }
  return out;
}

/** A valid value of one of the schema's non-null types. */
function typedValue(type: JsonType | undefined, schema: JsonSchema, ctx: GenerateContext, random: SeededRandom, depth: number, optional: OptionalFields): unknown {
  switch (type) {
    case 'string':
      return stringValue(schema, random);
    case 'integer':
      return numberValue(schema, true, random);
    case 'number':
      return numberValue(schema, false, random);
    case 'boolean':
      return random.chance(0.5);
    case 'array':
      return arrayValue(schema, ctx, random, depth, optional);
    case 'object':
      return objectValue(schema, ctx, random, depth, optional);
    case 'null':
      return null;
    default:
      // No type: anything goes; plain text is the value most servers take.
      return declaredExamples(schema)[0] ?? plainText(6, random);
  }
}

/** A random valid value for `schema`; `optional` says which optional object properties it carries. */
export function validValue(schema: unknown, ctx: GenerateContext, random: SeededRandom, options: { readonly depth?: number; readonly optional?: OptionalFields } = {}): unknown {
  const depth = options.depth ?? 0;
  const optional = options.optional ?? 'random';
  const s = resolved(schema, ctx);
  const members = enumMembers(s);
  if (members !== undefined) {
    const nonNull = members.filter((m) => m !== null);
    return nonNull.length > 0 ? random.pick(nonNull) : null;
  }
  const variants = unionVariants(s);
  if (variants !== undefined) return validValue(random.pick(variants), ctx, random, { depth, optional });
  const types = valueTypes(s, ctx);
  if (types.length === 0 && allowsNull(s, ctx)) return null;
  return typedValue(types.length === 0 ? undefined : random.pick(types), s, ctx, random, depth, optional);
}

function scalarBoundaries(s: JsonSchema, type: JsonType, random: SeededRandom): GeneratedValue[] {
  const out: GeneratedValue[] = [];
  if (type === 'string') {
    if (typeof s.minLength === 'number') out.push({ value: stringValue(s, random, s.minLength), label: `minLength ${s.minLength}` });
    if (typeof s.maxLength === 'number' && s.maxLength <= LONGEST_STRING) out.push({ value: stringValue(s, random, s.maxLength), label: `maxLength ${s.maxLength}` });
    const format = typeof s.format === 'string' ? formatValue(s.format, random) : undefined;
    if (format !== undefined) out.push({ value: format, label: `format ${String(s.format)}` });
  }
  if (type === 'integer' || type === 'number') {
    const { min, max } = numericBounds(s, type === 'integer');
    if (min !== undefined) out.push({ value: min, label: `minimum ${min}` });
    if (max !== undefined) out.push({ value: max, label: `maximum ${max}` });
  }
  if (type === 'boolean') out.push({ value: true, label: 'true' }, { value: false, label: 'false' });
  return out;
}

/**
 * The boundary values of `schema`, each valid: length and value limits, every enum member, a
 * format sample, null where allowed, empty and longest arrays, and for objects the one with its
 * optional fields absent, the one with all present, and each property's own boundaries.
 */
export function boundaryValues(schema: unknown, ctx: GenerateContext, random: SeededRandom, depth = 0): GeneratedValue[] {
  const s = resolved(schema, ctx);
  const members = enumMembers(s);
  if (members !== undefined) return members.map((m) => ({ value: m, label: `enum ${JSON.stringify(m)}` }));
  const variants = unionVariants(s);
  if (variants !== undefined) return variants.map((variant, i) => ({ value: validValue(variant, ctx, random, { depth }), label: `variant ${i + 1}` }));
  const out: GeneratedValue[] = [];
  for (const type of valueTypes(s, ctx)) {
    if (type === 'array') {
      const min = typeof s.minItems === 'number' ? s.minItems : 0;
      out.push({ value: arrayValue(s, ctx, random, depth, 'none', min), label: `minItems ${min}` });
      if (typeof s.maxItems === 'number' && s.maxItems <= LARGEST_ARRAY) out.push({ value: arrayValue(s, ctx, random, depth, 'none', s.maxItems), label: `maxItems ${s.maxItems}` });
    } else if (type === 'object') {
      out.push(...objectBoundaries(s, ctx, random, depth));
    } else out.push(...scalarBoundaries(s, type, random));
  }
  if (allowsNull(s, ctx)) out.push({ value: null, label: 'null' });
  return out;
}

function objectBoundaries(s: JsonSchema, ctx: GenerateContext, random: SeededRandom, depth: number): GeneratedValue[] {
  const properties = objectProperties(s, ctx);
  const base = objectValue(s, ctx, random, depth, 'none');
  const out: GeneratedValue[] = [{ value: base, label: 'optional fields absent' }];
  if (properties.some((p) => !p.required)) out.push({ value: objectValue(s, ctx, random, depth, 'all'), label: 'all fields present' });
  // Nested objects get their own boundaries one level down; deeper ones would multiply the requests.
  if (depth >= 2 || !isRecord(base)) return out;
  for (const property of properties) {
    for (const each of boundaryValues(property.schema, ctx, random, depth + 1)) {
      out.push({ value: { ...base, [property.name]: each.value }, label: `${property.name}: ${each.label}` });
    }
  }
  return out;
}
