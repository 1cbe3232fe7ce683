import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSpec } from '../../../../../electron/services/spec/load-spec';
import { preSerializedJson, preSerializedSpec } from '../../../../../electron/services/spec/pre-serialized';

const specs = path.resolve('test/fixtures/specs');

describe('pre-serialized', () => {
  it('reads, stringifies and clones exactly like the plain LoadedSpec it was made from', async () => {
    const { spec } = await openSpec({ kind: 'file', path: path.join(specs, 'pets-3.0.yaml') });
    const plain = { ...spec, validationId: 'v-1' };
    const wrapped = preSerializedSpec(JSON.stringify(spec), spec.origin, 'v-1');
    expect(preSerializedJson(wrapped)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(wrapped)).toBe(JSON.stringify(plain));
    // Electron's IPC uses the structured clone: getters are read, the hidden text is not carried.
    expect(structuredClone(wrapped)).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(Object.keys(structuredClone(wrapped))).toEqual(['origin', 'model', 'problems', 'validationId']);
    expect(wrapped.model.operations.map((op) => op.key)).toEqual(spec.model.operations.map((op) => op.key));
  });

  it('gives the origin without parsing, and nothing for ordinary values', () => {
    const origin = { kind: 'file' as const, location: '/a.json' };
    const wrapped = preSerializedSpec('not json until read', origin);
    expect(wrapped.origin).toBe(origin);
    expect(wrapped.validationId).toBeUndefined();
    expect(() => wrapped.model).toThrow();
    expect(preSerializedJson({ origin })).toBeUndefined();
    expect(preSerializedJson('text')).toBeUndefined();
    expect(preSerializedJson(null)).toBeUndefined();
  });
});
