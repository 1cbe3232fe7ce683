/**
 * A small JSON Schema validator for the keywords the body form supports, pure so that it runs in the
 * renderer (whose CSP forbids the code generation ajv relies on). Messages name the place in the value.
 */
import { describeField, schemaTypes } from './field-shape';
import type { JsonPath } from './json-path';
import { resolveNode, type Defs } from './resolve-node';
import { pickVariant } from './pick-variant';
import { numberTextHint, quoteText } from '../schema/number-text';
import { boundProblems, stringProblems } from '../schema/scalar-problems';
import { isRecord } from '../values/is-record';

export interface JsonProblem {
  /** "$.owner.name", "$.tags[2]". */
  readonly at: string;
  readonly message: string;
  /** The same place as keys and indexes, to find it in the text. */
  readonly path: JsonPath;
}

const MAX_DEPTH = 64;
/** "$.a.b[0]" for a path; keys that are not identifiers are quoted. */
export function pathLabel(path: JsonPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${out}.${key}` : `${out}[${JSON.stringify(key)}]`), '$');
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function fitsType(value: unknown, types: readonly string[], nullable: boolean): boolean {
  if (types.length === 0) return true;
  const actual = typeOf(value);
  if (actual === 'null') return nullable || types.includes('null');
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** What the value is, for a type problem; a text where a number goes is quoted, with advice when a separator explains it. */
function notWhat(value: unknown, types: readonly string[]): string {
  const numeric = types.includes('number') || types.includes('integer');
  if (typeof value !== 'string' || !numeric) return typeOf(value);
  const hint = numberTextHint(value, !types.includes('number'));
  return `the text ${quoteText(value)}${hint === undefined ? '' : ` (${hint})`}`;
}

function scalarProblems(s: Record<string, unknown>, value: unknown): string[] {
  const out: string[] = [];
  if (typeof value === 'number') {
    const { multipleOf } = s;
    out.push(...boundProblems(s, value));
    if (typeof multipleOf === 'number' && multipleOf > 0 && Math.abs(value / multipleOf - Math.round(value / multipleOf)) > 1e-9) out.push(`must be a multiple of ${multipleOf}`);
  }
  if (typeof value === 'string') out.push(...stringProblems(s, value));
  return out;
}

/** Every problem of `value` against `schema`, in document order. */
export function validateJson(schema: unknown, value: unknown, defs: Defs, path: JsonPath = [], depth = 0): JsonProblem[] {
  if (depth > MAX_DEPTH) return [];
  const s = resolveNode(schema, defs).schema;
  const at = pathLabel(path);
  const problem = (message: string): JsonProblem => ({ at, message, path });
  const nullable = s.nullable === true;
  if (value === null && nullable) return [];
  const union = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
  if (union !== undefined) {
    const shape = describeField(schema, defs);
    if (value === null && shape.nullable) return [];
    if (shape.kind !== 'union') return shape.kind === 'any' ? [] : validateJson(shape.schema, value, defs, path, depth + 1);
    const index = pickVariant(shape, value, defs);
    const variant = shape.variants[index];
    const fits = variant !== undefined && validateJson(variant.schema, value, defs, path, depth + 1).length === 0;
    if (fits) return [];
    if (shape.discriminator !== undefined && variant !== undefined) return validateJson(variant.schema, value, defs, path, depth + 1);
    return [problem(`matches none of ${shape.variants.map((v) => v.label).join(', ')}`)];
  }
  const types = schemaTypes(s);
  if (!fitsType(value, types, nullable)) return [problem(`must be ${types.filter((t) => t !== 'null').join(' or ')}${nullable || types.includes('null') ? ' or null' : ''}, not ${notWhat(value, types)}`)];
  if (Array.isArray(s.enum) && s.enum.length > 0 && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    return [problem(`must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`)];
  }
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(value)) return [problem(`must be ${JSON.stringify(s.const)}`)];
  const out: JsonProblem[] = scalarProblems(s, value).map(problem);
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) out.push(problem(`must have at least ${s.minItems} items`));
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) out.push(problem(`must have at most ${s.maxItems} items`));
    if (s.items !== undefined) value.forEach((item, i) => out.push(...validateJson(s.items, item, defs, [...path, i], depth + 1)));
  }
  if (isRecord(value)) {
    const properties = isRecord(s.properties) ? s.properties : {};
    const required = Array.isArray(s.required) ? s.required : [];
    for (const name of required) {
      if (typeof name === 'string' && !(name in value) && resolveNode(properties[name], defs).schema.readOnly !== true) out.push(problem(`is missing the required property "${name}"`));
    }
    for (const [key, item] of Object.entries(value)) {
      if (key in properties) out.push(...validateJson(properties[key], item, defs, [...path, key], depth + 1));
      else if (s.additionalProperties === false) out.push(problem(`has the property "${key}", which the schema does not allow`));
      else if (isRecord(s.additionalProperties)) out.push(...validateJson(s.additionalProperties, item, defs, [...path, key], depth + 1));
    }
  }
  return out;
}
