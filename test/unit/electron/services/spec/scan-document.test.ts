import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../../../../electron/services/spec/scan-document';
import { findTooDeep } from '../../../../../shared/spec/nesting-depth';

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

describe('scan-document', () => {
  it('draws the depth line exactly where findTooDeep does, without overflowing the stack', () => {
    for (const depth of [0, 5, 10, 11, 50]) {
      expect(scanDocument(nested(depth), 10).tooDeep, String(depth)).toBe(findTooDeep(nested(depth), 10) !== undefined);
    }
    expect(scanDocument(nested(200_000), 1000).tooDeep).toBe(true);
  });

  it('finds external $refs anywhere, and only those', () => {
    expect(scanDocument({ a: { $ref: '#/components/schemas/A' }, b: [{ $ref: '#/x' }] }, 100).externalRef).toBe(false);
    expect(scanDocument({ a: [[{ b: { $ref: 'schemas/pet.yaml#/Pet' } }]] }, 100).externalRef).toBe(true);
    expect(scanDocument({ a: { $ref: 'https://example.com/s.json' } }, 100).externalRef).toBe(true);
    // A property named $ref holding a schema is not a reference.
    expect(scanDocument({ properties: { $ref: { type: 'string' } } }, 100).externalRef).toBe(false);
    expect(scanDocument(null, 100)).toEqual({ tooDeep: false, externalRef: false });
  });
});
