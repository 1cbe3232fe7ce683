import { describe, it, expect } from 'vitest';
import { getAt, moveItem, removeAt, renameKey, setAt } from '../../../../shared/schema-form/json-path';

describe('json-path', () => {
  it('reads and writes nested values without changing the original', () => {
    const root = { a: [{ b: 1 }] };
    const next = setAt(root, ['a', 0, 'c'], 2);
    expect(next).toEqual({ a: [{ b: 1, c: 2 }] });
    expect(root).toEqual({ a: [{ b: 1 }] });
    expect(getAt(next, ['a', 0, 'c'])).toBe(2);
    expect(setAt(undefined, ['x', 1], true)).toEqual({ x: [undefined, true] });
  });

  it('removes, moves and renames', () => {
    expect(removeAt({ a: 1, b: 2 }, ['a'])).toEqual({ b: 2 });
    expect(removeAt([1, 2, 3], [1])).toEqual([1, 3]);
    expect(moveItem({ l: [1, 2, 3] }, ['l', 0], 1)).toEqual({ l: [2, 1, 3] });
    expect(moveItem({ l: [1, 2] }, ['l', 1], 1)).toEqual({ l: [1, 2] });
    expect(Object.keys(renameKey({ a: 1, b: 2 }, ['a'], 'z') as object)).toEqual(['z', 'b']);
  });

  it('keeps a "__proto__" key as plain data', () => {
    const next = setAt({}, ['__proto__'], { polluted: true }) as Record<string, unknown>;
    expect(Object.keys(next)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(next)).toBe('{"__proto__":{"polluted":true}}');
  });
});
