import { describe, expect, it } from 'vitest';
import { budgetFor, DEFAULT_INPUT_BUDGET, exceedsBudget } from '../../../../shared/ipc/input-budget';

describe('input-budget', () => {
  const budget = { maxChars: 100, maxValues: 50, maxDepth: 5, maxStringChars: 80 };

  it('lets ordinary inputs through', () => {
    expect(exceedsBudget({ method: 'GET', url: 'http://x/', headers: [{ name: 'a', value: 'b' }] }, budget)).toBeUndefined();
    expect(exceedsBudget(undefined, budget)).toBeUndefined();
  });

  it('refuses too much text, too many values and too deep nesting, wherever they hide', () => {
    expect(exceedsBudget({ a: 'x'.repeat(60), b: 'x'.repeat(60) }, budget)).toBe('more than 0 M characters of text');
    expect(exceedsBudget({ ignoredKey: 'x'.repeat(81) }, budget)).toBe('one text field of 81 characters (the most one field may hold here is 80)');
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

  it('lets only the channels that carry a document or a body take one long text', () => {
    expect(budgetFor('collection:rename').maxStringChars).toBe(DEFAULT_INPUT_BUDGET.maxStringChars);
    expect(budgetFor('spec:load').maxStringChars).toBe(66 * 1024 * 1024);
    expect(exceedsBudget({ id: 'x'.repeat(2 * 1024 * 1024) }, budgetFor('collection:rename'))).toMatch(/^one text field of 2,097,152 characters/);
  });
});
