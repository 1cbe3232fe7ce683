/**
 * Finds the line where each of a few JSON pointers ("#/paths/~1pets/get") starts in a JSON text,
 * in one pass of jsonc-parser's scanner without building the document, so problems can name their line.
 */
import { visit, type JSONPath } from 'jsonc-parser';
import { childPointer, unescapePointerToken } from './resolve-pointer';

/** Thrown to end the pass once every pointer is found. */
class AllFound extends Error {}

/** Maps each wanted pointer to its 1-based line; pointers not found are left out. */
export function jsonPointerLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  // A value's path is built only where its key could end a wanted pointer (and for array items):
  // building every value's path makes the pass over GitHub's 13 MB description about twice as slow.
  const lastTokens = new Set([...wanted].map((pointer) => (pointer === '#' ? '' : unescapePointerToken(pointer.slice(pointer.lastIndexOf('/') + 1)))));
  let key: string | undefined;
  const valueStarts = (line: number, path: () => JSONPath): void => {
    const ownKey = key;
    key = undefined;
    if (ownKey !== undefined && !lastTokens.has(ownKey)) return;
    const pointer = childPointer('#', ...path());
    if (wanted.has(pointer) && !found.has(pointer)) found.set(pointer, line + 1);
    if (found.size === wanted.size) throw new AllFound();
  };
  try {
    visit(text, {
      onObjectProperty: (property) => {
        key = property;
      },
      onObjectBegin: (_offset, _length, line, _column, path) => valueStarts(line, path),
      onArrayBegin: (_offset, _length, line, _column, path) => valueStarts(line, path),
      onLiteralValue: (_value, _offset, _length, line, _column, path) => valueStarts(line, path),
    });
  } catch (error) {
    if (!(error instanceof AllFound)) throw error;
  }
  return found;
}
