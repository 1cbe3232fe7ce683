/**
 * The one way collection files are written: object keys sorted (their order carries no meaning),
 * arrays in their order (it does), 2-space indentation and a trailing newline, so that a git diff
 * shows only what changed.
 */

import { isRecord } from '../values/is-record';

/** Serializes `value` deterministically; undefined members are left out as JSON.stringify does. */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
