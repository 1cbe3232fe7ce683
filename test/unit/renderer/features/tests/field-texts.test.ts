import { describe, expect, it } from 'vitest';
import { codesText, integerText, jsonValueText, positiveText } from '../../../../../renderer/features/tests/field-texts';

describe('field-texts', () => {
  it('reads a list of statuses only once every part is a status', () => {
    expect(codesText.parse('200, 201')).toEqual([200, 201]);
    expect(codesText.parse('200,')).toEqual([200]);
    expect(codesText.parse('200, 2')).toBeUndefined();
    expect(codesText.parse('')).toBeUndefined();
    expect(codesText.format([200, 201])).toBe('200, 201');
  });

  it('reads whole numbers and positive milliseconds, nothing else', () => {
    expect(integerText.parse(' 404 ')).toBe(404);
    expect(integerText.parse('4.5')).toBeUndefined();
    expect(positiveText.parse('250')).toBe(250);
    expect(positiveText.parse('0')).toBeUndefined();
    expect(positiveText.parse('')).toBeUndefined();
  });

  it('reads an expected value as JSON when it is JSON, else as the text typed', () => {
    expect(jsonValueText.parse('"Ada"')).toBe('Ada');
    expect(jsonValueText.parse('3')).toBe(3);
    expect(jsonValueText.parse('[1, 2]')).toEqual([1, 2]);
    expect(jsonValueText.parse('Ada')).toBe('Ada');
    expect(jsonValueText.format('Ada')).toBe('"Ada"');
    expect(jsonValueText.format(undefined)).toBe('');
  });
});
