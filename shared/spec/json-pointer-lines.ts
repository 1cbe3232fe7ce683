/**
 * Finds the line where each of a few JSON pointers ("#/paths/~1pets/get") starts in a JSON text,
 * in one linear scan without building the document, so problems can name their line.
 */
import { escapePointerToken } from './resolve-pointer';

interface Frame {
  readonly pointer: string;
  readonly isArray: boolean;
  index: number;
  key: string | undefined;
}

function readString(text: string, start: number): { value: string; end: number } {
  let end = start + 1;
  let escaped = false;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 92) {
      escaped = true;
      end += 2;
      continue;
    }
    if (code === 34) break;
    end += 1;
  }
  const raw = text.slice(start, end + 1);
  let value = raw.slice(1, -1);
  if (escaped) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'string') value = parsed;
    } catch {
      // Keep the raw characters; a broken string only costs this key its line.
    }
  }
  return { value, end: end + 1 };
}

/** Maps each wanted pointer to its 1-based line; pointers not found are left out. */
export function jsonPointerLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  const stack: Frame[] = [];
  let line = 1;
  let i = 0;
  let pendingPointer = '#';
  let expectKey = false;
  const valueStarts = (): void => {
    const parent = stack[stack.length - 1];
    let pointer = '#';
    if (parent !== undefined) {
      const token = parent.isArray ? String(parent.index) : (parent.key ?? '');
      pointer = `${parent.pointer}/${escapePointerToken(token)}`;
    }
    if (wanted.has(pointer) && !found.has(pointer)) found.set(pointer, line);
    pendingPointer = pointer;
  };
  while (i < text.length && found.size < wanted.size) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line += 1;
      i += 1;
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || code === 58) {
      i += 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (code === 44) {
      if (top?.isArray === true) top.index += 1;
      else expectKey = true;
      i += 1;
      continue;
    }
    if (code === 125 || code === 93) {
      stack.pop();
      expectKey = false;
      i += 1;
      continue;
    }
    if (code === 34 && expectKey && top !== undefined) {
      const { value, end } = readString(text, i);
      top.key = value;
      expectKey = false;
      i = end;
      continue;
    }
    valueStarts();
    if (code === 123 || code === 91) {
      stack.push({ pointer: pendingPointer, isArray: code === 91, index: 0, key: undefined });
      expectKey = code === 123;
      i += 1;
    } else if (code === 34) {
      i = readString(text, i).end;
    } else {
      // A number, true, false or null: skip to the next delimiter.
      while (i < text.length && !',}]\n'.includes(text[i] ?? ',')) i += 1;
    }
  }
  return found;
}
