/** Finds the `$ref`s of a bundled document that point at nothing in it. */
import type { Problem } from '../model/api-model';
import { childPointer, resolvePointer } from './resolve-pointer';

/** One error per internal `$ref` whose target does not exist, at the `$ref` itself; at most `limit`. */
export function danglingRefs(document: unknown, limit = 200): Problem[] {
  const found: Problem[] = [];
  // Iterative: a large document's depth must not become the call stack's.
  const pending: [unknown, string][] = [[document, '#']];
  while (pending.length > 0 && found.length < limit) {
    const [node, pointer] = pending.pop() as [unknown, string];
    if (typeof node !== 'object' || node === null) continue;
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((item, index) => [String(index), item]) : Object.entries(node);
    for (const [key, value] of entries) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#') && resolvePointer(document, value) === undefined) {
        found.push({ severity: 'error', pointer: childPointer(pointer, key), message: `$ref "${value}" points at nothing in this document: fix the pointer or add what it names.` });
      } else if (typeof value === 'object' && value !== null) {
        pending.push([value, childPointer(pointer, key)]);
      }
    }
  }
  // Document order reads better than the stack's.
  return found.reverse();
}
