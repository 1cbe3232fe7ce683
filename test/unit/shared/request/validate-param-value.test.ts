import { describe, it, expect } from 'vitest';
import { splitArrayValue, validateParamValue } from '../../../../shared/request/validate-param-value';

describe('validate-param-value', () => {
  it('accepts values that fit', () => {
    expect(validateParamValue({ type: 'integer', minimum: 1 }, '3')).toEqual([]);
    expect(validateParamValue({ type: ['number', 'null'] }, '-2.5')).toEqual([]);
    expect(validateParamValue({ type: 'string', pattern: '^\\d{3}$' }, '123')).toEqual([]);
    expect(validateParamValue({}, 'anything')).toEqual([]);
  });

  it('checks integers, exclusive bounds and numbers', () => {
    expect(validateParamValue({ type: 'integer' }, '1.5')).toEqual(['must be an integer, not "1.5"']);
    expect(validateParamValue({ type: 'integer', minimum: 0, exclusiveMinimum: true }, '0')).toEqual(['must be greater than 0']);
    expect(validateParamValue({ type: 'number', exclusiveMaximum: 1 }, '1')).toEqual(['must be less than 1']);
    expect(validateParamValue({ type: 'number', minimum: 2 }, '1')).toEqual(['must be at least 2']);
  });

  it('says a dot is wanted for a number typed with a decimal comma', () => {
    expect(validateParamValue({ type: 'number' }, '12,50')).toEqual(['must be a number, not "12,50" (use a dot for decimals)']);
    expect(validateParamValue({ type: 'integer' }, '1,000')).toEqual(['must be an integer, not "1,000" (digits only, no thousands separators)']);
    expect(validateParamValue({ type: 'number' }, 'abc')).toEqual(['must be a number, not "abc"']);
  });

  it('checks each item of an array value', () => {
    expect(validateParamValue({ type: 'array', items: { type: 'integer' } }, '1, x, y')).toEqual(['each item must be an integer, not "x"', 'each item must be an integer, not "y"']);
    expect(validateParamValue({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } }, 'a,b')).toEqual([]);
  });

  it('checks string formats, item by item in arrays', () => {
    expect(validateParamValue({ type: 'string', format: 'date' }, 'tomorrow')).toEqual(['must be an RFC 3339 date, such as 2026-05-01']);
    expect(validateParamValue({ type: 'array', items: { type: 'string', format: 'ipv4' } }, '192.0.2.1, 300.0.0.1')).toEqual(['each item must be an IPv4 address, such as 192.0.2.1']);
    expect(validateParamValue({ type: 'string', format: 'email' }, 'name@example.com')).toEqual([]);
  });

  it('skips a pattern that is not a valid regular expression', () => {
    expect(validateParamValue({ type: 'string', pattern: '(' }, 'x')).toEqual([]);
  });

  it('splits comma-separated values, dropping blanks', () => {
    expect(splitArrayValue(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
  });
});
