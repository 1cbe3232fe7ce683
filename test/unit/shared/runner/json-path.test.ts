import { describe, expect, it } from 'vitest';
import { readPointer, selectJson } from '../../../../shared/runner/json-path';

const doc = { items: [{ id: 1, tags: ['a'] }, { id: 2, tags: [] }], 'odd key': { 'a/b': 3, 'm~n': 4 }, meta: { id: 9 } };

describe('json-path', () => {
  it('reads dotted and bracketed JSONPath', () => {
    expect(selectJson(doc, '$.items[0].id')).toEqual([1]);
    expect(selectJson(doc, "$['odd key']['a/b']")).toEqual([3]);
    expect(selectJson(doc, '$.items[-1].id')).toEqual([2]);
  });
  it('reads wildcards and recursive descent', () => {
    expect(selectJson(doc, '$.items[*].id')).toEqual([1, 2]);
    expect(selectJson(doc, '$..id')).toEqual([1, 2, 9]);
    expect(selectJson(doc, '$.meta.*')).toEqual([9]);
  });
  it('returns nothing for a missing member', () => {
    expect(selectJson(doc, '$.nope.id')).toEqual([]);
    expect(selectJson(doc, '$.items[5]')).toEqual([]);
  });
  it('reads JSON Pointers with escapes', () => {
    expect(selectJson(doc, '/items/1/id')).toEqual([2]);
    expect(selectJson(doc, '/odd key/a~1b')).toEqual([3]);
    expect(selectJson(doc, '/odd key/m~0n')).toEqual([4]);
    expect(selectJson(doc, '')).toEqual([doc]);
    expect(readPointer({ a: null }, '/a')).toEqual({ found: true, value: null });
    expect(readPointer({ a: [1] }, '/a/01').found).toBe(false);
  });
  it('names the position of a malformed path', () => {
    expect(() => selectJson(doc, '$.items[')).toThrow(/position/);
    expect(() => selectJson(doc, 'items')).toThrow(/neither a JSONPath/);
  });
});
