/**
 * Structural equality of two JSON values (plain objects, arrays, strings, numbers, booleans,
 * null), in one walk that allocates nothing: the response validator asks it whether a schema that
 * arrived fresh over IPC is one it has compiled, which is cheaper than serializing the schema to
 * text and hashing that. Key order does not matter. Anything else (undefined, NaN, class
 * instances) is equal only to itself, so an unusual value makes the caller fall back, never
 * match wrongly.
 */

import { isRecord } from '../values/is-record';

/** True when `a` and `b` are the same JSON value. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return a !== undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  if (!isRecord(a) || !isRecord(b) || !isPlain(a) || !isPlain(b)) return false;
  const left = a;
  const right = b;
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
    keys += 1;
  }
  for (const key in right) if (Object.hasOwn(right, key)) keys -= 1;
  return keys === 0;
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
