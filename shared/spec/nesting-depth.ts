/** Measures how deeply a parsed document nests, without recursion, so a hostile one cannot overflow the stack. */

/** Most real documents nest under 40 levels; far beyond that is a document built to break parsers. */
export const MAX_NESTING_DEPTH = 1000;

/** The first JSON pointer deeper than `limit`, or undefined when `value` stays within it. */
export function findTooDeep(value: unknown, limit: number = MAX_NESTING_DEPTH): string | undefined {
  const stack: { value: unknown; depth: number; path: readonly string[] | undefined }[] = [{ value, depth: 0, path: [] }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined || typeof top.value !== 'object' || top.value === null) continue;
    if (top.depth > limit) return `#/${(top.path ?? []).slice(0, 8).join('/')}/…`;
    // Keep the path only for the first few levels: enough to say where, cheap on huge documents.
    const keep = top.path !== undefined && top.path.length < 8;
    const entries: [string, unknown][] = Array.isArray(top.value)
      ? top.value.map((item: unknown, i): [string, unknown] => [String(i), item])
      : Object.entries(top.value);
    for (const [key, child] of entries) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: top.depth + 1, path: keep && top.path ? [...top.path, key] : top.path });
      }
    }
  }
  return undefined;
}
