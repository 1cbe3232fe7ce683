import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../../../shared/collections/stable-json';
import { collectionForDisk } from '../../../../shared/collections/secrets';
import { newCollection } from '../../../../shared/collections/collection-tree';
import { slugify, uniqueName } from '../../../../shared/collections/file-names';

describe('stable-json', () => {
  it('sorts object keys at every depth, keeps array order, indents 2 and ends with a newline', () => {
    const text = stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }, 3], c: undefined } });
    expect(text).toBe('{\n  "a": {\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      },\n      3\n    ]\n  },\n  "b": 1\n}\n');
  });

  it('gives the same text whatever order the keys were set in', () => {
    expect(stableStringify({ x: 1, y: 2 })).toBe(stableStringify({ y: 2, x: 1 }));
  });

  it('never writes a secret variable value', () => {
    const collection = newCollection('c', { variables: [{ key: 'token', value: 's3cret', secret: true }, { key: 'base', value: 'http://x' }] });
    const text = stableStringify(collectionForDisk(collection));
    expect(text).not.toContain('s3cret');
    expect(text).toContain('"secret": true');
    expect(text).toContain('http://x');
  });

  it('makes portable, unique file names', () => {
    expect(slugify('Create item / Über')).toBe('create-item-uber');
    expect(slugify('CON')).toBe('item-con');
    expect(slugify('???')).toBe('item');
    expect(uniqueName('a', '.request.json', new Set(['a.request.json', 'a-2.request.json']))).toBe('a-3.request.json');
  });
});
