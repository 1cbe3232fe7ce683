/** JSON pointers (RFC 6901) in their URI-fragment form "#/a/b", as `$ref`s use them inside one document. */

import { isRecord } from '../values/is-record';

/** Escapes one reference token: "~" becomes "~0" and "/" becomes "~1". */
export function escapePointerToken(token: string): string {
  // Most tokens need no escaping; skipping the two regex passes matters when a large document is copied.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends tokens to a "#/..." pointer, escaping each. */
export function childPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  let result = pointer;
  for (const token of tokens) result = `${result}/${escapePointerToken(String(token))}`;
  return result;
}

/** Reverses escapePointerToken: "~1" becomes "/" and "~0" becomes "~". */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function unescapeToken(token: string): string {
  let decoded = token;
  // $refs are URI fragments, so "{" may arrive as "%7B"; a stray "%" is kept as written.
  try {
    decoded = decodeURIComponent(token);
  } catch {
    decoded = token;
  }
  return unescapePointerToken(decoded);
}

/** Resolves a local "#/..." (or "#") pointer inside `doc`; undefined when it points to nothing. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '#' || pointer === '#/') return doc;
  if (!pointer.startsWith('#/')) return undefined;
  let current: unknown = doc;
  for (const raw of pointer.slice(2).split('/')) {
    const token = unescapeToken(raw);
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (isRecord(current) && Object.prototype.hasOwnProperty.call(current, token)) {
      current = current[token];
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}
