/** A small structural diff of two JSON values, path by path, for the idempotency check's evidence. */

import { sameInstant } from '../values/date-time-instant';
import { isRecord } from '../values/is-record';

export interface DiffEntry {
  /** JSON-pointer-like path: "/items/2/price"; "" is the whole value. */
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Identity of an array element when it has one ("id"), so a reordered list is not reported as changed. */
function elementId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = value['id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** The differences from `before` to `after`, at most `limit` of them; one instant written two ways is no difference. */
export function jsonDiff(before: unknown, after: unknown, limit = 50): DiffEntry[] {
  const out: DiffEntry[] = [];
  walk(before, after, '', out, limit);
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: DiffEntry[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const ids = a.every((x) => elementId(x) !== undefined) && b.every((x) => elementId(x) !== undefined);
    if (ids) {
      const byId = new Map(a.map((x) => [elementId(x) ?? '', x] as const));
      const seen = new Set<string>();
      for (const item of b) {
        const id = elementId(item) ?? '';
        seen.add(id);
        if (!byId.has(id)) out.push({ path: `${path}/[id=${id}]`, kind: 'added', after: item });
        else walk(byId.get(id), item, `${path}/[id=${id}]`, out, limit);
      }
      for (const [id, item] of byId) if (!seen.has(id)) out.push({ path: `${path}/[id=${id}]`, kind: 'removed', before: item });
      return;
    }
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i += 1) {
      if (i >= a.length) out.push({ path: `${path}/${i}`, kind: 'added', after: b[i] });
      else if (i >= b.length) out.push({ path: `${path}/${i}`, kind: 'removed', before: a[i] });
      else walk(a[i], b[i], `${path}/${i}`, out, limit);
    }
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of Object.keys(a)) {
      if (!(key in b)) out.push({ path: `${path}/${key}`, kind: 'removed', before: a[key] });
      else walk(a[key], b[key], `${path}/${key}`, out, limit);
    }
    for (const key of Object.keys(b)) if (!(key in a)) out.push({ path: `${path}/${key}`, kind: 'added', after: b[key] });
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b) && !sameInstant(a, b)) out.push({ path, kind: 'changed', before: a, after: b });
}
