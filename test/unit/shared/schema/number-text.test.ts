import { describe, expect, it } from 'vitest';
import { numberTextHint, quoteText } from '../../../../shared/schema/number-text';

describe('number-text', () => {
  it('advises a dot for a number written with a decimal comma', () => {
    for (const text of ['12,50', '-0,5', ',5', '1.234,56', ' 3,1 ']) expect(numberTextHint(text, false)).toBe('use a dot for decimals');
  });

  it('advises digits only for an integer written with thousands separators', () => {
    expect(numberTextHint('1,000', true)).toBe('digits only, no thousands separators');
    expect(numberTextHint('1.000.000', true)).toBe('digits only, no thousands separators');
    // "1.000" reads as the number 1: no separator advice for it.
    expect(numberTextHint('1.000', true)).toBeUndefined();
  });

  it('gives no advice where no separator explains the text', () => {
    for (const text of ['abc', '4x', '12.5.3', '1e', '-', '12,', '1,2,3']) {
      expect(numberTextHint(text, false)).toBeUndefined();
      expect(numberTextHint(text, true)).toBeUndefined();
    }
  });

  it('quotes a text, cut short when long', () => {
    expect(quoteText('12,50')).toBe('"12,50"');
    expect(quoteText('a'.repeat(50))).toBe(`"${'a'.repeat(40)}…"`);
  });
});
