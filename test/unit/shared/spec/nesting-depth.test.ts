import { describe, expect, it } from 'vitest';
import { findTooDeep } from '../../../../shared/spec/nesting-depth';

describe('nesting-depth', () => {
  it('accepts ordinary documents and names where a deep one goes too far', () => {
    expect(findTooDeep({ a: [{ b: 1 }] }, 5)).toBeUndefined();
    const deep = JSON.parse('{"x":'.repeat(100_000) + '1' + '}'.repeat(100_000)) as unknown;
    expect(findTooDeep(deep)).toMatch(/^#\/x\/x\//);
  });
});
