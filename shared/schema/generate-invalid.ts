/**
 * Invalid values from a JSON schema, each breaking one constraint: a wrong type, null where it
 * is not allowed, a value outside an enum, a length or value one past its limit, a pattern not
 * matched, too few or too many items, a required property missing, an unexpected property.
 */
import type { JsonSchema } from '../model/api-model';
import { validValue, type GeneratedValue } from './generate-valid';
import { allowedTypes, allowsNull, enumMembers, numericBounds, objectProperties, resolved, unionVariants, valueTypes, type GenerateContext, type JsonType } from './schema-facts';
import { isRecord } from '../values/is-record';
import { compileSchemaPattern } from './scalar-problems';
import type { SeededRandom } from './seeded-random';

export interface InvalidOptions {
  /** Leave out null for optional properties: many servers read an explicit null as "not sent". */
  readonly nullForOptional?: boolean;
  /** Values sent as text (path, query, header parameters) cannot have a wrong JSON type except where text cannot parse. */
  readonly asText?: boolean;
}

/** A value of each JSON type, used where a type is not allowed. */
const SAMPLES: Readonly<Record<JsonType, unknown>> = {
  string: 'not-a-number',
  integer: 12345,
  number: 12.5,
  boolean: true,
  array: ['item'],
  object: { unexpected: 'object' },
  null: null,
};

function wrongTypes(allowed: readonly JsonType[], asText: boolean): GeneratedValue[] {
  const has = (t: JsonType): boolean => allowed.includes(t) || (t === 'integer' && allowed.includes('number'));
  // As text, only a number or boolean type can be broken, and only by text that is not one.
  if (asText) return has('string') || !(has('integer') || has('number') || has('boolean')) ? [] : [{ value: 'not-a-number', label: 'wrong type: text' }];
  const out: GeneratedValue[] = [];
  const candidate = (['string', 'integer', 'object', 'array', 'boolean'] as const).find((t) => !has(t));
  if (candidate !== undefined) out.push({ value: SAMPLES[candidate], label: `wrong type: ${candidate}` });
  if (allowed.includes('integer') && !allowed.includes('number')) out.push({ value: 1.5, label: 'not an integer' });
  return out;
}

function stringInvalids(s: JsonSchema): GeneratedValue[] {
  const out: GeneratedValue[] = [];
  const fill = (length: number): string => 'x'.repeat(length);
  if (typeof s.minLength === 'number' && s.minLength > 0) out.push({ value: fill(s.minLength - 1), label: `shorter than minLength ${s.minLength}` });
  if (typeof s.maxLength === 'number' && s.maxLength < 100_000) out.push({ value: fill(s.maxLength + 1), label: `longer than maxLength ${s.maxLength}` });
  const pattern = typeof s.pattern === 'string' ? compileSchemaPattern(s.pattern) : undefined;
  if (pattern !== undefined) {
    const misfit = ['!', ' ', '~~', '0', 'a', 'A1-', 'not matching'].find((text) => !pattern.test(text));
    if (misfit !== undefined) out.push({ value: misfit, label: `not matching pattern ${String(s.pattern)}` });
  }
  return out;
}

function numberInvalids(s: JsonSchema, integer: boolean): GeneratedValue[] {
  const out: GeneratedValue[] = [];
  const { min, max } = numericBounds(s, integer);
  if (min !== undefined) out.push({ value: min - 1, label: `below the minimum (${min - 1})` });
  if (max !== undefined) out.push({ value: max + 1, label: `above the maximum (${max + 1})` });
  return out;
}

function arrayInvalids(s: JsonSchema, ctx: GenerateContext, random: SeededRandom, depth: number, options: InvalidOptions): GeneratedValue[] {
  const out: GeneratedValue[] = [];
  const item = (): unknown => validValue(s.items, ctx, random, { depth: depth + 1, optional: 'none' });
  if (typeof s.minItems === 'number' && s.minItems > 0) out.push({ value: Array.from({ length: s.minItems - 1 }, item), label: `fewer than minItems ${s.minItems}` });
  if (typeof s.maxItems === 'number' && s.maxItems < 1000) out.push({ value: Array.from({ length: s.maxItems + 1 }, item), label: `more than maxItems ${s.maxItems}` });
  if (s.uniqueItems === true) {
    const one = item();
    out.push({ value: [one, one], label: 'duplicate items (uniqueItems)' });
  }
  if (s.items !== undefined && depth < 2) {
    const first = invalidValues(s.items, ctx, random, { ...options, nullForOptional: true }, depth + 1)[0];
    if (first !== undefined) out.push({ value: [first.value], label: `an item ${first.label}` });
  }
  return out;
}

function objectInvalids(s: JsonSchema, ctx: GenerateContext, random: SeededRandom, depth: number, options: InvalidOptions): GeneratedValue[] {
  const out: GeneratedValue[] = [];
  const base = validValue(s, ctx, random, { depth, optional: 'none' });
  if (!isRecord(base)) return out;
  const properties = objectProperties(s, ctx);
  for (const property of properties.filter((p) => p.required)) {
    const rest = Object.fromEntries(Object.entries(base).filter(([name]) => name !== property.name));
    out.push({ value: rest, label: `missing required ${property.name}` });
  }
  if (s.additionalProperties === false) out.push({ value: { ...base, unexpectedField: 'x' }, label: 'an unexpected property (additionalProperties: false)' });
  if (depth >= 2) return out;
  // Property by property in turns, so that a capped run breaks every property a little rather than the first one a lot.
  const perProperty = properties.map((property) =>
    invalidValues(property.schema, ctx, random, { ...options, asText: false }, depth + 1)
      .filter((each) => !(each.value === null && !property.required && options.nullForOptional !== true))
      .map((each) => ({ value: { ...base, [property.name]: each.value }, label: `${property.name}: ${each.label}` })),
  );
  return [...out, ...interleave(perProperty)];
}

/** Interleaves lists so that a cap keeps some of each: a1, b1, c1, a2, b2, ... */
export function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i++) for (const list of lists) if (i < list.length) out.push(list[i] as T);
  return out;
}

/** Values that break `schema`, one constraint at a time, each with what it breaks. */
export function invalidValues(schema: unknown, ctx: GenerateContext, random: SeededRandom, options: InvalidOptions = {}, depth = 0): GeneratedValue[] {
  const s = resolved(schema, ctx);
  const out: GeneratedValue[] = [];
  const members = enumMembers(s);
  const variants = unionVariants(s);
  const allowed = allowedTypes(s, ctx);
  if (members !== undefined) {
    const strings = members.every((m) => typeof m === 'string' || m === null);
    const outsider = strings ? 'not-a-member' : Math.max(0, ...members.filter((m): m is number => typeof m === 'number')) + 1;
    if (!members.includes(outsider)) out.push({ value: outsider, label: `not one of the enum ${JSON.stringify(members)}` });
  }
  if (variants !== undefined) {
    // Only a type no variant allows is surely invalid for every variant.
    const variantTypes = variants.flatMap((v) => allowedTypes(resolved(v, ctx), ctx));
    if (variantTypes.length > 0 && variants.every((v) => allowedTypes(resolved(v, ctx), ctx).length > 0)) out.push(...wrongTypes(variantTypes, options.asText === true));
    return out;
  }
  if (allowed.length === 0) return out;
  out.push(...wrongTypes(allowed, options.asText === true));
  if (!allowsNull(s, ctx) && options.asText !== true) out.push({ value: null, label: 'null where null is not allowed' });
  if (members !== undefined) return out;
  for (const type of valueTypes(s, ctx)) {
    if (type === 'string') out.push(...stringInvalids(s));
    if (type === 'integer' || type === 'number') out.push(...numberInvalids(s, type === 'integer'));
    if (type === 'array') out.push(...arrayInvalids(s, ctx, random, depth, options));
    if (type === 'object') out.push(...objectInvalids(s, ctx, random, depth, options));
  }
  return out;
}
