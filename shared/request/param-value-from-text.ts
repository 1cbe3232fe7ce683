/**
 * Turns what a person typed into a parameter field into a value to serialize: arrays are typed
 * comma-separated (or as a JSON array), objects as JSON or as "key=value" pairs separated by commas.
 */
import type { ParamValue } from './serialize-parameter';

export type ParamShape = 'primitive' | 'array' | 'object';

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean);
}

function splitComma(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The value of typed text for a parameter of the given shape; a problem when an object cannot be read. */
export function paramValueFromText(text: string, shape: ParamShape): { value: ParamValue; problem?: string } {
  if (shape === 'primitive') return { value: { kind: 'primitive', value: text } };
  const trimmed = text.trim();
  if (shape === 'array') {
    const json = trimmed.startsWith('[') ? parseJson(trimmed) : undefined;
    const items = Array.isArray(json) ? json.map(scalarText) : splitComma(text);
    return { value: { kind: 'array', items } };
  }
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      return { value: { kind: 'object', entries: Object.entries(json).map(([k, v]) => [k, scalarText(v)] as const) } };
    }
    return { value: { kind: 'object', entries: [] }, problem: 'is not a valid JSON object: type {"key": "value"} or key=value,key=value' };
  }
  const parts = splitComma(text);
  if (parts.every((p) => p.includes('='))) {
    return { value: { kind: 'object', entries: parts.map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()] as const) } };
  }
  // "R,100,G,200": the non-exploded form itself, read as alternating keys and values.
  if (parts.length % 2 === 0 && parts.every((p) => !p.includes('='))) {
    const entries: (readonly [string, string])[] = [];
    for (let i = 0; i < parts.length; i += 2) entries.push([parts[i] ?? '', parts[i + 1] ?? '']);
    return { value: { kind: 'object', entries } };
  }
  return { value: { kind: 'object', entries: [] }, problem: 'is not an object: type {"key": "value"} or key=value,key=value' };
}
