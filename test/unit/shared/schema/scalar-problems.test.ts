import { describe, expect, it } from 'vitest';
import { boundProblems, compileSchemaPattern, stringProblems } from '../../../../shared/schema/scalar-problems';

describe('scalar-problems', () => {
  it('words bounds in 3.0 (boolean exclusive) and 3.1 (numeric exclusive) form', () => {
    expect(boundProblems({ minimum: 1, maximum: 5 }, 0)).toEqual(['must be at least 1']);
    expect(boundProblems({ minimum: 1, exclusiveMinimum: true }, 1)).toEqual(['must be greater than 1']);
    expect(boundProblems({ exclusiveMaximum: 5 }, 5)).toEqual(['must be less than 5']);
    expect(boundProblems({ minimum: 1, maximum: 5 }, 3)).toEqual([]);
  });

  it('counts characters, not UTF-16 units, and compiles patterns with or without Unicode mode', () => {
    expect(stringProblems({ maxLength: 1 }, '😀')).toEqual([]);
    expect(stringProblems({ minLength: 3, pattern: '^a' }, 'b')).toEqual(['must be at least 3 characters long', 'must match the pattern ^a']);
    expect(compileSchemaPattern('\\-')?.test('-')).toBe(true);
    expect(compileSchemaPattern('(')).toBeUndefined();
  });

  it('flags a string that breaks its format after its length and pattern', () => {
    expect(stringProblems({ pattern: '^a', format: 'date' }, 'tomorrow')).toEqual(['must match the pattern ^a', 'must be an RFC 3339 date, such as 2026-05-01']);
    expect(stringProblems({ format: 'date' }, '2026-05-01')).toEqual([]);
  });
});
