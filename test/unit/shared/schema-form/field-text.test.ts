import { describe, expect, it } from 'vitest';
import { isPlainText, jsonFieldText, jsonFromText, numberFromText, readsAsNumber } from '../../../../shared/schema-form/field-text';

describe('field-text', () => {
  it('reads number texts, the unfinished "1." included, as numbers', () => {
    expect(numberFromText('12')).toBe(12);
    expect(numberFromText(' -0.5 ')).toBe(-0.5);
    expect(numberFromText('1.')).toBe(1);
    expect(numberFromText('.5')).toBe(0.5);
    expect(numberFromText('1e3')).toBe(1000);
  });

  it('puts a text that is not a number into the body as that text, never an older value', () => {
    for (const text of ['12,50', 'abc', '4x', '12.5.3', '-', '1e', '0x10', 'Infinity', '1e999']) expect(numberFromText(text)).toBe(text);
    expect(readsAsNumber('12,50')).toBe(false);
  });

  it('leaves a blank field out of the body', () => {
    expect(numberFromText('')).toBeUndefined();
    expect(numberFromText('  ')).toBeUndefined();
    expect(jsonFromText('')).toBeUndefined();
  });

  it('reads an untyped field as JSON, else as the text itself', () => {
    expect(jsonFromText('{"a": 1}')).toEqual({ a: 1 });
    expect(jsonFromText('12')).toBe(12);
    expect(jsonFromText('"12"')).toBe('12');
    expect(jsonFromText('{"a":')).toBe('{"a":');
    expect(jsonFromText('abc')).toBe('abc');
    expect(isPlainText('abc')).toBe(true);
    expect(isPlainText('true')).toBe(false);
    expect(isPlainText(' ')).toBe(false);
  });

  it('shows an untyped value as text that reads back as the same value', () => {
    for (const value of ['abc', '12', 'true', '', ' ', '{"a":', { a: 1 }, [1], 3, null, false]) {
      expect(jsonFromText(jsonFieldText(value))).toEqual(value);
    }
    expect(jsonFieldText('abc')).toBe('abc');
    expect(jsonFieldText('12')).toBe('"12"');
    expect(jsonFieldText(undefined)).toBe('');
  });
});
