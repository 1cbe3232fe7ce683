import { describe, expect, it } from 'vitest';
import { exceedsBudget } from '../../../../shared/ipc/input-budget';

describe('input-budget', () => {
  const budget = { maxChars: 100, maxValues: 50, maxDepth: 5 };

  it('lets ordinary inputs through', () => {
    expect(exceedsBudget({ method: 'GET', url: 'http://x/', headers: [{ name: 'a', value: 'b' }] }, budget)).toBeUndefined();
    expect(exceedsBudget(undefined, budget)).toBeUndefined();
  });

  it('refuses too much text, too many values and too deep nesting, wherever they hide', () => {
    expect(exceedsBudget({ ignoredKey: 'x'.repeat(101) }, budget)).toBe('more than 0 M characters of text');
    expect(exceedsBudget({ list: Array.from({ length: 60 }, () => 1) }, budget)).toBe('more than 50 values');
    // Keys are text too, even when every value is a number.
    expect(exceedsBudget({ [`k${'x'.repeat(60)}`]: 1, [`j${'y'.repeat(60)}`]: 2 }, budget)).toBe('more than 0 M characters of text');
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10; level += 1) deep = [deep];
    expect(exceedsBudget({ deep }, budget)).toBe('nested deeper than 5 levels');
  });

  it('walks a million-deep array without overflowing the stack', () => {
    let deep: unknown = 0;
    for (let level = 0; level < 1_000_000; level += 1) deep = [deep];
    expect(exceedsBudget(deep)).toBe('nested deeper than 256 levels');
  });
});
