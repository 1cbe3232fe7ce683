import { describe, expect, it } from 'vitest';
import { fillParamValue, paramFillFor } from '../../../../shared/request/fill-param-value';

describe('fill-param-value', () => {
  it('serializes a value as the form serializes the same text typed in the parameter’s field', () => {
    expect(fillParamValue(undefined, 'a/b c')).toBe('a%2Fb%20c');
    expect(fillParamValue({ in: 'query', name: 'p', allowReserved: true }, 'a/b c')).toBe('a/b%20c');
    expect(fillParamValue({ in: 'query', name: 'ids', explode: false, array: true }, '1,2, 3')).toBe('1,2,3');
    expect(fillParamValue({ in: 'query', name: 'ids', array: true }, '1,2')).toBe('1&ids=2');
    expect(fillParamValue({ in: 'query', name: 'ids', style: 'pipeDelimited', explode: false, array: true }, '1,2')).toBe('1|2');
    expect(fillParamValue({ in: 'query', name: 'ids', array: true }, '["a b","c"]')).toBe('a%20b&ids=c');
  });

  it('finds a parameter’s fill by its name as the saved text spells it, in its place', () => {
    const fills = [{ in: 'query' as const, name: 'a b', array: true }];
    expect(paramFillFor(fills, 'query', 'a%20b')).toBe(fills[0]);
    expect(paramFillFor(fills, 'cookie', 'a%20b')).toBeUndefined();
    expect(paramFillFor(undefined, 'query', 'a')).toBeUndefined();
  });
});
