/** Immutable reads and edits of a JSON value at a path of keys and indexes. */

import { isRecord } from '../values/is-record';

export type JsonPath = readonly (string | number)[];

/** The value at `path`, or undefined when it is not there. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
    else return undefined;
  }
  return current;
}

/** A copy of `root` with `value` at `path`, creating objects and arrays on the way. */
export function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[key] = setAt(list[key], rest, value);
    return list;
  }
  const record: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  const current = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  // defineProperty, so that a key typed as "__proto__" stays a plain key instead of changing the prototype.
  Object.defineProperty(record, key, { value: setAt(current, rest, value), enumerable: true, writable: true, configurable: true });
  return record;
}

/** A copy of `root` without the property or item at `path`. */
export function removeAt(root: unknown, path: JsonPath): unknown {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = getAt(root, parentPath);
  if (Array.isArray(parent) && typeof key === 'number') return setAt(root, parentPath, parent.filter((_item, i) => i !== key));
  if (isRecord(parent) && typeof key === 'string') {
    return setAt(root, parentPath, Object.fromEntries(Object.entries(parent).filter(([k]) => k !== key)));
  }
  return root;
}

/** A copy of `root` with the array item at `path` moved by `delta` places (clamped). */
export function moveItem(root: unknown, path: JsonPath, delta: number): unknown {
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1];
  const parent = getAt(root, parentPath);
  if (!Array.isArray(parent) || typeof index !== 'number') return root;
  const target = Math.max(0, Math.min(parent.length - 1, index + delta));
  if (target === index) return root;
  const list = [...(parent as unknown[])];
  const [item] = list.splice(index, 1);
  list.splice(target, 0, item);
  return setAt(root, parentPath, list);
}

/** A copy of `root` with the object key at `path` renamed, keeping its place among the keys. */
export function renameKey(root: unknown, path: JsonPath, newKey: string): unknown {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = getAt(root, parentPath);
  if (!isRecord(parent) || typeof key !== 'string' || newKey === key || Object.prototype.hasOwnProperty.call(parent, newKey)) return root;
  const renamed = Object.fromEntries(Object.entries(parent).map(([k, v]) => [k === key ? newKey : k, v]));
  return setAt(root, parentPath, renamed);
}
