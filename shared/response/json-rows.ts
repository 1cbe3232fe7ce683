/**
 * Flattens parsed JSON into the lines of its pretty form, with collapsible containers,
 * so a viewer can render only the lines on screen. Also: JSONPath of a line, and search.
 */

import { isRecord } from '../values/is-record';
export type JsonRow =
  | { readonly kind: 'open'; readonly depth: number; readonly key?: string | number; readonly pointer: string; readonly bracket: '{' | '[' }
  | { readonly kind: 'close'; readonly depth: number; readonly pointer: string; readonly bracket: '}' | ']'; readonly comma: boolean }
  | { readonly kind: 'collapsed'; readonly depth: number; readonly key?: string | number; readonly pointer: string; readonly bracket: '{' | '['; readonly size: number; readonly comma: boolean }
  | { readonly kind: 'leaf'; readonly depth: number; readonly key?: string | number; readonly pointer: string; readonly value: string | number | boolean | null; readonly comma: boolean };

/** Decides whether the container at `pointer` (at `depth`) is shown open. */
export type IsExpanded = (pointer: string, depth: number) => boolean;

/** The lines of `value` pretty-printed, containers folded where `isExpanded` says no. */
export function jsonRows(value: unknown, isExpanded: IsExpanded): JsonRow[] {
  const rows: JsonRow[] = [];
  walk(rows, value, 0, '', undefined, false, isExpanded);
  return rows;
}

function walk(rows: JsonRow[], value: unknown, depth: number, pointer: string, key: string | number | undefined, comma: boolean, isExpanded: IsExpanded): void {
  const keyed = key === undefined ? {} : { key };
  if (typeof value !== 'object' || value === null) {
    rows.push({ kind: 'leaf', depth, ...keyed, pointer, value: value as string | number | boolean | null, comma });
    return;
  }
  const isArray = Array.isArray(value);
  const open = isArray ? '[' : '{';
  const entries: [string | number, unknown][] = isArray ? (value as unknown[]).map((item, index) => [index, item]) : Object.entries(value);
  if (entries.length === 0 || !isExpanded(pointer, depth)) {
    rows.push({ kind: 'collapsed', depth, ...keyed, pointer, bracket: open, size: entries.length, comma });
    return;
  }
  rows.push({ kind: 'open', depth, ...keyed, pointer, bracket: open });
  entries.forEach(([childKey, child], index) => walk(rows, child, depth + 1, `${pointer}/${escapeSegment(String(childKey))}`, childKey, index < entries.length - 1, isExpanded));
  rows.push({ kind: 'close', depth, pointer, bracket: isArray ? ']' : '}', comma });
}

/** Escapes one JSON pointer segment ("/" and "~"). */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The segments of a JSON pointer ("/items/0/name" → ["items", "0", "name"]). */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "$.items[0].name" for the pointer "/items/0/name" inside `root` (arrays get [index]). */
export function jsonPath(root: unknown, pointer: string): string {
  let path = '$';
  let node: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) {
      path += `[${segment}]`;
      node = node[Number(segment)];
    } else {
      path += /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path;
}

/** The value at `pointer` inside `root`. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    node = Array.isArray(node) ? node[Number(segment)] : isRecord(node) ? node[segment] : undefined;
  }
  return node;
}

/** Pointers of keys and scalar values containing `query` (case-insensitive), in document order, at most `limit`. */
export function searchJson(root: unknown, query: string, limit = 1000): string[] {
  const needle = query.toLowerCase();
  const found: string[] = [];
  if (needle === '') return found;
  const visit = (value: unknown, pointer: string, key: string | undefined): void => {
    if (found.length >= limit) return;
    const keyHit = key !== undefined && key.toLowerCase().includes(needle);
    if (typeof value !== 'object' || value === null) {
      if (keyHit || String(value).toLowerCase().includes(needle)) found.push(pointer);
      return;
    }
    if (keyHit) found.push(pointer);
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    for (const [childKey, child] of entries) visit(child, `${pointer}/${escapeSegment(childKey)}`, Array.isArray(value) ? undefined : childKey);
  };
  visit(root, '', undefined);
  return found;
}

/** The pointers of every container above `pointer`, outermost first ("" is the root). */
export function ancestorPointers(pointer: string): string[] {
  const segments = pointer.split('/').slice(1);
  return segments.map((_, index) => (index === 0 ? '' : `/${segments.slice(0, index).join('/')}`));
}
