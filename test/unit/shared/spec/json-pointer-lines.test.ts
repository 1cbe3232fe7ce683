import { describe, expect, it } from 'vitest';
import { jsonPointerLines } from '../../../../shared/spec/json-pointer-lines';

describe('json-pointer-lines', () => {
  it('maps pointers with escaped tokens and array indexes to their lines', () => {
    const text = JSON.stringify({ info: { title: 'x' }, paths: { '/a/{id}': { get: { tags: ['t', 'u'], responses: {} } } } }, null, 2);
    const lines = jsonPointerLines(text, new Set(['#/info', '#/paths/~1a~1{id}/get', '#/paths/~1a~1{id}/get/tags/1', '#/missing']));
    expect(lines.get('#/info')).toBe(2);
    expect(lines.get('#/paths/~1a~1{id}/get')).toBe(7);
    expect(lines.get('#/paths/~1a~1{id}/get/tags/1')).toBe(10);
    expect(lines.has('#/missing')).toBe(false);
  });

  it('handles keys with escapes and values with braces inside strings', () => {
    const text = '{\n"a\\"b": "}{][",\n"c": [1, {"d": true}]\n}';
    const lines = jsonPointerLines(text, new Set(['#/c/1/d', '#/a"b']));
    expect(lines.get('#/a"b')).toBe(2);
    expect(lines.get('#/c/1/d')).toBe(3);
  });

  it('finds the root, a key that looks like an index, and array items of any kind', () => {
    const text = '[\n{"0": {\n"x": 1}},\n[\ntrue,\nnull]\n]';
    const lines = jsonPointerLines(text, new Set(['#', '#/0/0', '#/1/1', '#/0/0/x']));
    expect(Object.fromEntries(lines)).toEqual({ '#': 1, '#/0/0': 2, '#/0/0/x': 3, '#/1/1': 6 });
  });
});
