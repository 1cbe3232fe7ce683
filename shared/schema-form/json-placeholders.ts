/**
 * JSON text that holds unquoted `{{name}}` variables where a value goes (`{"count": {{n}}}`, common for
 * numbers): not JSON, yet the body form can still edit it. Each such variable reads as a marked string,
 * stays one through form edits, and is written back unquoted.
 */
import { isRecord } from '../values/is-record';
import type { JsonPath } from './json-path';

/** A private-use character no typed text starts with: it tells a variable from a string that reads "{{n}}". */
const MARK = '\uE000';
const VARIABLE = /^\{\{\s*[^{}\s]+?\s*\}\}/;
const MARKED_IN_TEXT = /"\uE000(\{\{[^{}"\\]*\}\})"/g;

/** The value that stands for an unquoted `{{name}}`; `text` is the whole `{{name}}`. */
export function variableValue(text: string): string {
  return `${MARK}${text.trim()}`;
}

/** The `{{name}}` a value stands for, when it is an unquoted variable. */
export function variableOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(MARK) ? value.slice(MARK.length) : undefined;
}

/** `text` with each `{{name}}` outside a string turned into a marked JSON string; strings are left as they are. */
function markVariables(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 1;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    const variable = c === '{' ? VARIABLE.exec(text.slice(i))?.[0] : undefined;
    if (variable !== undefined) {
      out += JSON.stringify(variableValue(variable));
      i += variable.length - 1;
    } else out += c;
  }
  return out;
}

/** Parses JSON whose values may be unquoted `{{name}}` variables; undefined for an empty text. */
export function parseJsonWithVariables(text: string): { readonly value: unknown; readonly error?: string } {
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    try {
      return { value: JSON.parse(markVariables(text)) as unknown };
    } catch {
      // The text is broken for another reason: report JSON's own message about the text as typed.
      return { value: undefined, error: (error as Error).message };
    }
  }
}

/** Pretty JSON of `value`, with its variables written back unquoted. */
export function stringifyWithVariables(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(MARKED_IN_TEXT, '$1');
}

/** The places of `value` that hold an unquoted variable. */
export function variablePaths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (variableOf(value) !== undefined) return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => variablePaths(item, [...at, index]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => variablePaths(item, [...at, key]));
  return [];
}
