/** Which rows of a windowed list a viewport shows: the one rule both virtual lists use. */

/**
 * The [start, end) rows to draw for a viewport at `scrollTop` of `height` pixels, `overscan` rows
 * beyond each edge; `top(i)` is row i's top offset (top(count) the total height), ascending.
 */
export function visibleRange(count: number, top: (index: number) => number, scrollTop: number, height: number, overscan: number): { start: number; end: number } {
  // Binary search for the first row whose bottom is below the top of the viewport.
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (top(mid + 1) <= scrollTop) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < count && top(end) < scrollTop + height) end += 1;
  return { start: Math.max(0, low - overscan), end: Math.min(count, end + overscan) };
}
