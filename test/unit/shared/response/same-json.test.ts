import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../../shared/response/same-json';

describe('same-json', () => {
  const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } } } };

  it('finds a copy equal, whatever its key order', () => {
    expect(sameJson(schema, structuredClone(schema))).toBe(true);
    expect(sameJson({ a: 1, b: [1, 'x', null, true] }, { b: [1, 'x', null, true], a: 1 })).toBe(true);
    expect(sameJson(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 })).toBe(true);
  });

  it('tells apart values that differ anywhere, by kind, by length or by a key', () => {
    expect(sameJson(schema, { ...schema, required: ['id', 'name'] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });

  it('never matches what JSON cannot hold, so a caller falls back instead of matching wrongly', () => {
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameJson(undefined, undefined)).toBe(false);
    expect(sameJson(Number.NaN, Number.NaN)).toBe(false);
    expect(sameJson(new Date(0), new Date(0))).toBe(false);
    expect(sameJson(new Map(), new Map())).toBe(false);
  });
});
