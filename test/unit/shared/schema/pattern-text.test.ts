import { describe, expect, it } from 'vitest';
import { patternSupported, textMatching } from '../../../../shared/schema/pattern-text';
import { validValue } from '../../../../shared/schema/generate-valid';
import { seededRandom } from '../../../../shared/schema/seeded-random';

const PATTERNS = [
  '^\\d{4}$',
  '^[A-Z]{3}-\\d{2,4}$',
  '^[a-z0-9_-]+$',
  '^\\w+@\\w+\\.(com|org|net)$',
  '^(?:GB)?\\d{9}$',
  '^[^\\s@]+$',
  '^\\+?[0-9 ]{7,15}$',
  '^(red|green|blue)(-light|-dark)?$',
  '^[A-F0-9]{8}-[A-F0-9]{4}$',
  '^.{3,5}$',
  '^v\\d+\\.\\d+\\.\\d+$',
  '[a-z]{2}\\d',
  '^\\s*\\S+\\s*$',
  '^[\\u0041-\\u005A]{2}$',
  '^(?<year>\\d{4})-(?<month>0[1-9]|1[0-2])$',
  '^a{2,}b*?c?$',
  '^[-+]?[0-9]*\\.?[0-9]+$',
];

describe('pattern-text', () => {
  it.each(PATTERNS)('draws text matching %s', (pattern) => {
    const random = seededRandom(7);
    for (let i = 0; i < 20; i++) {
      const text = textMatching(pattern, random);
      expect(text).toBeDefined();
      expect(new RegExp(pattern, 'u').test(text ?? '')).toBe(true);
    }
  });

  it('keeps within the length bounds it is given', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 20; i++) {
      const text = textMatching('^[a-z]+$', random, { minLength: 3, maxLength: 5 }) ?? '';
      expect(text.length).toBeGreaterThanOrEqual(3);
      expect(text.length).toBeLessThanOrEqual(5);
    }
    expect(textMatching('^\\d{4}$', random, { minLength: 5 })).toBeUndefined();
  });

  it.each(['^(?=.*\\d)\\w+$', '^(a)\\1$', '\\bword\\b', '^\\p{L}+$', '^(?!x).$', '^[a-z'])('gives up on %s, beyond the subset', (pattern) => {
    expect(patternSupported(pattern)).toBe(false);
    expect(textMatching(pattern, seededRandom(1))).toBeUndefined();
  });

  it('draws the same text for the same seed', () => {
    expect(textMatching('^[A-Z]{3}\\d{3}$', seededRandom(5))).toBe(textMatching('^[A-Z]{3}\\d{3}$', seededRandom(5)));
  });

  it('makes a valid value honour a pattern that has no example', () => {
    const schema = { type: 'object', required: ['last4'], properties: { last4: { type: 'string', pattern: '^\\d{4}$' } } };
    for (let seed = 1; seed <= 10; seed++) {
      const value = validValue(schema, { defs: {}, openapi30: true, direction: 'request' }, seededRandom(seed), { optional: 'none' }) as { last4: string };
      expect(value.last4).toMatch(/^\d{4}$/);
    }
  });
});
