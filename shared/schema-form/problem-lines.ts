/** The line of the raw JSON text where each schema problem's value starts, so the editor can point at it. */
import { jsonPointerLines } from '../spec/json-pointer-lines';
import { escapePointerToken } from '../spec/resolve-pointer';
import type { JsonPath } from './json-path';
import type { JsonProblem } from './validate-json';

function pointer(path: JsonPath): string {
  return path.reduce<string>((out, key) => `${out}/${escapePointerToken(String(key))}`, '#');
}

/** Each problem with its 1-based line in `text` (when found). */
export function problemLines(text: string, problems: readonly JsonProblem[]): (JsonProblem & { readonly line?: number })[] {
  const lines = jsonPointerLines(text, new Set(problems.map((p) => pointer(p.path))));
  return problems.map((p) => {
    const line = lines.get(pointer(p.path));
    return line === undefined ? p : { ...p, line };
  });
}
