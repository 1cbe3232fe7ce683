import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../../renderer/lib/visible-range';

describe('visible-range', () => {
  it('draws the fixed-height lines in view and the overscan around them', () => {
    const line = (index: number) => index * 20;
    expect(visibleRange(100_000, line, 0, 400, 30)).toEqual({ start: 0, end: 50 });
    // A viewport taller than any guess still gets every line it shows.
    expect(visibleRange(100_000, line, 20_000, 3000, 30)).toEqual({ start: 970, end: 1180 });
    expect(visibleRange(100, line, 10_000, 400, 30)).toEqual({ start: 70, end: 100 });
  });

  it('follows rows of different heights', () => {
    const offsets = [0, 32, 82, 116, 148, 198];
    const range = visibleRange(5, (index) => offsets[index] ?? 0, 90, 30, 0);
    expect(range).toEqual({ start: 2, end: 4 });
  });

  it('draws nothing for an empty list', () => {
    expect(visibleRange(0, () => 0, 0, 800, 8)).toEqual({ start: 0, end: 0 });
  });
});
