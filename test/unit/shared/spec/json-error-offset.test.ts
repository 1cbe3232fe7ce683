import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../../shared/spec/json-error-offset';

describe('json-error-offset', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"y"]} ', '"s"', '0']) {
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
  });

  it('points at the first character that breaks the syntax', () => {
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('{"open')).toBe(6);
  });

  it('points at the line end that cuts a string, refuses comments, and gives no position for absurd nesting', () => {
    expect(jsonErrorOffset('{"a": "x\ny"}')).toBe(8);
    expect(jsonErrorOffset('// note\n{}')).toBe(0);
    expect(jsonErrorOffset('{"a": 1 /* c */}')).toBe(8);
    expect(jsonErrorOffset('['.repeat(200_000))).toBeUndefined();
  });
});
