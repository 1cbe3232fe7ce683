/** What bench/json-pointer-lines.mjs times: the shipped lookup and two plainer ways through jsonc-parser. */
import { findNodeAtLocation, parseTree, visit, type JSONPath } from 'jsonc-parser';
import { childPointer, unescapePointerToken } from '../shared/spec/resolve-pointer';

export { jsonPointerLines } from '../shared/spec/json-pointer-lines';

const pathOf = (pointer: string): JSONPath => (pointer === '#' ? [] : pointer.slice(2).split('/').map(unescapePointerToken));

class AllFound extends Error {}

/** visit() building every value's path, stopping once all are found. */
export function visitPointerLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const at = (line: number, path: () => JSONPath): void => {
    const pointer = childPointer('#', ...path());
    if (wanted.has(pointer) && !found.has(pointer)) found.set(pointer, line + 1);
    if (found.size === wanted.size) throw new AllFound();
  };
  try {
    visit(text, {
      onObjectBegin: (_o, _l, line, _c, path) => at(line, path),
      onArrayBegin: (_o, _l, line, _c, path) => at(line, path),
      onLiteralValue: (_v, _o, _l, line, _c, path) => at(line, path),
    });
  } catch (error) {
    if (!(error instanceof AllFound)) throw error;
  }
  return found;
}

/** jsonc-parser's parseTree() and findNodeAtLocation(), lines counted up to each node's offset. */
export function treePointerLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const root = parseTree(text);
  const found = new Map<string, number>();
  if (!root) return found;
  for (const pointer of wanted) {
    const node = findNodeAtLocation(root, pathOf(pointer));
    if (!node) continue;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < node.offset; i = text.indexOf('\n', i + 1)) line += 1;
    found.set(pointer, line);
  }
  return found;
}
