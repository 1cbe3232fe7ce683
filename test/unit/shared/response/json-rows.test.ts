import { describe, expect, it } from 'vitest';
import { ancestorPointers, jsonPath, jsonRows, searchJson, valueAt } from '../../../../shared/response/json-rows';

const doc = { items: [{ id: 1, 'a/b': null }], ok: true };

describe('json-rows', () => {
  it('flattens to the lines of the pretty form when everything is open', () => {
    const rows = jsonRows(doc, () => true);
    expect(rows.map((row) => [row.kind, row.depth, row.pointer])).toEqual([
      ['open', 0, ''],
      ['open', 1, '/items'],
      ['open', 2, '/items/0'],
      ['leaf', 3, '/items/0/id'],
      ['leaf', 3, '/items/0/a~1b'],
      ['close', 2, '/items/0'],
      ['close', 1, '/items'],
      ['leaf', 1, '/ok'],
      ['close', 0, ''],
    ]);
    expect(rows[6]).toMatchObject({ bracket: ']', comma: true });
  });

  it('folds containers that are not expanded, with their size', () => {
    const rows = jsonRows(doc, (_pointer, depth) => depth < 1);
    expect(rows[1]).toMatchObject({ kind: 'collapsed', key: 'items', bracket: '[', size: 1, comma: true });
    expect(rows).toHaveLength(4);
  });

  it('gives the JSONPath of a pointer, with brackets for indexes and odd keys', () => {
    expect(jsonPath(doc, '/items/0/id')).toBe('$.items[0].id');
    expect(jsonPath(doc, '/items/0/a~1b')).toBe('$.items[0]["a/b"]');
    expect(jsonPath(doc, '')).toBe('$');
    expect(valueAt(doc, '/items/0/id')).toBe(1);
  });

  it('finds keys and values, and lists the ancestors to open', () => {
    expect(searchJson(doc, 'ID')).toEqual(['/items/0/id']);
    expect(searchJson(doc, 'true')).toEqual(['/ok']);
    expect(ancestorPointers('/items/0/id')).toEqual(['', '/items', '/items/0']);
  });
});
