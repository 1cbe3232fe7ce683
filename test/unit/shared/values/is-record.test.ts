import { describe, expect, it } from 'vitest';
import { asRecord, isRecord } from '../../../../shared/values/is-record';

describe('is-record', () => {
  it('accepts plain objects, whatever their keys or prototype', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ id: 1, nested: { a: [] } })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect(isRecord(new Date(0))).toBe(true);
  });

  it('refuses null, arrays and primitives', () => {
    for (const value of [null, undefined, [], [{ id: 1 }], 'text', 0, true, 1n, Symbol('s'), () => 1]) {
      expect(isRecord(value)).toBe(false);
    }
  });

  it('narrows so that keys can be read without a cast', () => {
    const value: unknown = JSON.parse('{"id":"a1"}');
    expect(isRecord(value) ? value['id'] : undefined).toBe('a1');
  });

  it('gives the same object back, or undefined for anything that is not a keyed object', () => {
    const object = { id: 1 };
    expect(asRecord(object)).toBe(object);
    expect(asRecord([object])).toBeUndefined();
    expect(asRecord(null)).toBeUndefined();
    expect(asRecord('{}')).toBeUndefined();
    expect(asRecord(undefined) ?? {}).toEqual({});
  });
});
