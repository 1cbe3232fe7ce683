import { describe, it, expect } from 'vitest';
import { childPointer, escapePointerToken, resolvePointer } from '../../../../shared/spec/resolve-pointer';

const doc = { paths: { '/items/{id}': { get: { tags: ['a', 'b'] } } }, 'a~b': 1 };

describe('resolve-pointer', () => {
  it('escapes tokens and builds child pointers', () => {
    expect(escapePointerToken('/items/~x')).toBe('~1items~1~0x');
    expect(childPointer('#/paths', '/items/{id}', 'get', 0)).toBe('#/paths/~1items~1{id}/get/0');
  });

  it('resolves escaped, percent-encoded and array tokens', () => {
    expect(resolvePointer(doc, '#/paths/~1items~1{id}/get/tags/1')).toBe('b');
    expect(resolvePointer(doc, '#/paths/~1items~1%7Bid%7D/get/tags/0')).toBe('a');
    expect(resolvePointer(doc, '#/a~0b')).toBe(1);
    expect(resolvePointer(doc, '#')).toBe(doc);
  });

  it('gives undefined for pointers to nothing, bad indexes, inherited keys and external refs', () => {
    expect(resolvePointer(doc, '#/paths/~1nope')).toBeUndefined();
    expect(resolvePointer(doc, '#/paths/~1items~1{id}/get/tags/01')).toBeUndefined();
    expect(resolvePointer(doc, '#/constructor')).toBeUndefined();
    expect(resolvePointer(doc, 'other.yaml#/paths')).toBeUndefined();
  });
});
