/**
 * Reading values out of a JSON body by a JSONPath subset ($.a.b[0], $['a b'], [*], .*, ..name)
 * or a JSON Pointer (/a/b/0, RFC 6901). Assertions and captures both read through here.
 */

import { isRecord } from '../values/is-record';

export type Segment = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'index'; readonly index: number } | { readonly kind: 'wildcard' } | { readonly kind: 'descend'; readonly key: string | null };

/** True for a JSON Pointer ("" or starting with "/"); anything else is read as JSONPath. */
export function isJsonPointer(path: string): boolean {
  return path === '' || path.startsWith('/');
}

/** Every value `path` selects in `doc` (empty when nothing matches); throws on a malformed path. */
export function selectJson(doc: unknown, path: string): unknown[] {
  const trimmed = path.trim();
  if (isJsonPointer(trimmed)) {
    const found = readPointer(doc, trimmed);
    return found.found ? [found.value] : [];
  }
  let current: unknown[] = [doc];
  for (const segment of parsedPath(trimmed)) current = current.flatMap((value) => step(value, segment));
  return current;
}

// A run reads the same few paths once per step; parsing each anew showed in bench:runner's profile.
const parsedPaths = new Map<string, readonly Segment[]>();

function parsedPath(path: string): readonly Segment[] {
  let segments = parsedPaths.get(path);
  if (segments === undefined) {
    segments = parseJsonPath(path);
    if (parsedPaths.size >= 500) parsedPaths.clear();
    parsedPaths.set(path, segments);
  }
  return segments;
}

/** Reads a JSON Pointer; `found` tells a missing member from a present null. */
export function readPointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '') return { found: true, value: doc };
  let value = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= value.length) return { found: false };
      value = value[Number(token)];
    } else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, token)) {
      value = value[token];
    } else {
      return { found: false };
    }
  }
  return { found: true, value };
}

/** Splits a JSONPath into segments; an error names the position that could not be read. */
export function parseJsonPath(path: string): Segment[] {
  if (!path.startsWith('$')) throw new Error(`"${path}" is neither a JSONPath (starting with $) nor a JSON Pointer (starting with /).`);
  const segments: Segment[] = [];
  let at = 1;
  const fail = (): never => {
    throw new Error(`Could not read the JSONPath "${path}" at position ${at + 1}. Supported: $.name, $['name'], $[0], $[-1], $[*], $.*, $..name.`);
  };
  while (at < path.length) {
    if (path.startsWith('..', at)) {
      at += 2;
      const name = /^[\w$-]+/.exec(path.slice(at))?.[0];
      if (path[at] === '*') {
        at += 1;
        segments.push({ kind: 'descend', key: null });
      } else if (name !== undefined) {
        at += name.length;
        segments.push({ kind: 'descend', key: name });
      } else fail();
    } else if (path[at] === '.') {
      at += 1;
      if (path[at] === '*') {
        at += 1;
        segments.push({ kind: 'wildcard' });
        continue;
      }
      const name = /^[^.[\]]+/.exec(path.slice(at))?.[0];
      if (name === undefined) fail();
      else {
        at += name.length;
        segments.push({ kind: 'key', key: name });
      }
    } else if (path[at] === '[') {
      const close = bracketEnd(path, at);
      if (close < 0) fail();
      const inner = path.slice(at + 1, close).trim();
      at = close + 1;
      if (inner === '*') segments.push({ kind: 'wildcard' });
      else if (/^-?\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
      else if (/^".*"$/.test(inner)) segments.push({ kind: 'key', key: doubleQuoted(inner) });
      else if (/^'.*'$/.test(inner)) segments.push({ kind: 'key', key: inner.slice(1, -1).replace(/\\(['"\\])/g, '$1') });
      else fail();
    } else fail();
  }
  return segments;
}

// A double-quoted name is a JSON string (the viewer writes names that way), so \n, \u0007 and \" all read back.
function doubleQuoted(inner: string): string {
  try {
    const parsed: unknown = JSON.parse(inner);
    if (typeof parsed === 'string') return parsed;
  } catch {
    // Not strict JSON (\' inside): the single-quote rules apply.
  }
  return inner.slice(1, -1).replace(/\\(['"\\])/g, '$1');
}

function bracketEnd(path: string, open: number): number {
  let quote: string | null = null;
  for (let i = open + 1; i < path.length; i += 1) {
    const ch = path[i];
    if (quote !== null) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ']') return i;
  }
  return -1;
}

function step(value: unknown, segment: Segment): unknown[] {
  switch (segment.kind) {
    case 'key':
      return isRecord(value) && Object.prototype.hasOwnProperty.call(value, segment.key) ? [value[segment.key]] : [];
    case 'index': {
      if (!Array.isArray(value)) return [];
      const index = segment.index < 0 ? value.length + segment.index : segment.index;
      return index >= 0 && index < value.length ? [value[index] as unknown] : [];
    }
    case 'wildcard':
      return children(value);
    case 'descend':
      return descendants(value).flatMap((each) => (segment.key === null ? children(each) : step(each, { kind: 'key', key: segment.key })));
  }
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  return isRecord(value) ? Object.values(value) : [];
}

// The value itself and everything below it, in document order.
function descendants(value: unknown): unknown[] {
  return [value, ...children(value).flatMap(descendants)];
}
