/** Adds line numbers to problems that have a JSON pointer, from the document's JSON or YAML text. */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../../../shared/model/api-model';
import { jsonPointerLines } from '../../../shared/spec/json-pointer-lines';
import { unescapePointerToken } from '../../../shared/spec/resolve-pointer';
import { isRecord } from '../../../shared/values/is-record';

function yamlPointerLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const found = new Map<string, number>();
  for (const pointer of wanted) {
    let node: unknown = document.contents;
    for (const token of pointer === '#' ? [] : pointer.slice(2).split('/').map(unescapePointerToken)) {
      if (isMap(node)) node = node.items.find((pair) => String((isRecord(pair.key) ? pair.key['value'] : undefined) ?? pair.key) === token)?.value;
      else if (isSeq(node)) node = node.items[Number(token)];
      else node = undefined;
      if (node === undefined) break;
    }
    const range = (node as Node | undefined)?.range;
    if (range) found.set(pointer, lineCounter.linePos(range[0]).line);
  }
  return found;
}

/** Returns `problems` with `line` set where the pointer could be found in `text`; never throws. */
export function addProblemLines(problems: readonly Problem[], text: string | undefined): Problem[] {
  const wanted = new Set(problems.flatMap((p) => (p.pointer !== undefined && p.line === undefined ? [p.pointer] : [])));
  if (text === undefined || wanted.size === 0) return [...problems];
  let lines: Map<string, number>;
  try {
    const trimmed = text.trimStart();
    lines = trimmed.startsWith('{') || trimmed.startsWith('[') ? jsonPointerLines(text, wanted) : yamlPointerLines(text, wanted);
  } catch {
    return [...problems];
  }
  return problems.map((problem) => {
    const line = problem.pointer === undefined ? undefined : lines.get(problem.pointer);
    return line === undefined || problem.line !== undefined ? problem : { ...problem, line };
  });
}
