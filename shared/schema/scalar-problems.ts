/**
 * The messages for a number or a string that breaks its schema's bounds, length, pattern or format:
 * one wording for the parameter fields and the JSON body form alike.
 */
import { formatProblem } from './format-problems';

/** Compiles a schema `pattern`: ECMA-262 with Unicode, else without (some documents use escapes only that mode accepts); undefined when neither compiles. */
export function compileSchemaPattern(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      continue;
    }
  }
  return undefined;
}

/** minimum/maximum (with 3.0's boolean or 3.1's numeric exclusive forms) broken by `n`. */
export function boundProblems(schema: Readonly<Record<string, unknown>>, n: number): string[] {
  const out: string[] = [];
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  if (typeof minimum === 'number' && (exclusiveMinimum === true ? n <= minimum : n < minimum)) {
    out.push(exclusiveMinimum === true ? `must be greater than ${minimum}` : `must be at least ${minimum}`);
  }
  if (typeof maximum === 'number' && (exclusiveMaximum === true ? n >= maximum : n > maximum)) {
    out.push(exclusiveMaximum === true ? `must be less than ${maximum}` : `must be at most ${maximum}`);
  }
  if (typeof exclusiveMinimum === 'number' && n <= exclusiveMinimum) out.push(`must be greater than ${exclusiveMinimum}`);
  if (typeof exclusiveMaximum === 'number' && n >= exclusiveMaximum) out.push(`must be less than ${exclusiveMaximum}`);
  return out;
}

/** minLength/maxLength (in characters, not UTF-16 units), pattern and format broken by `value`. */
export function stringProblems(schema: Readonly<Record<string, unknown>>, value: string): string[] {
  const out: string[] = [];
  const length = [...value].length;
  if (typeof schema.minLength === 'number' && length < schema.minLength) out.push(`must be at least ${schema.minLength} characters long`);
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) out.push(`must be at most ${schema.maxLength} characters long`);
  const pattern = typeof schema.pattern === 'string' ? compileSchemaPattern(schema.pattern) : undefined;
  if (pattern !== undefined && !pattern.test(value)) out.push(`must match the pattern ${String(schema.pattern)}`);
  const format = formatProblem(schema.format, value);
  if (format !== undefined) out.push(format);
  return out;
}
