import { describe, expect, it } from 'vitest';
import { describeDifferences } from '../../../../shared/idempotency/describe-differences';
import { jsonDiff } from '../../../../shared/idempotency/json-diff';

describe('describe-differences', () => {
  it('names each difference by JSON pointer with both values', () => {
    const text = describeDifferences(jsonDiff({ total: 12, lines: [{ sku: 'a' }], note: 'x' }, { total: 13, lines: [{ sku: 'b' }], extra: true }));
    expect(text).toBe('/total was 12, then 13; /lines/0/sku was "a", then "b"; /note was left out (it was "x") (and 1 more)');
  });

  it('says when the whole body differs', () => {
    expect(describeDifferences(jsonDiff('a', 'b'))).toBe('the whole body was "a", then "b"');
  });
});
