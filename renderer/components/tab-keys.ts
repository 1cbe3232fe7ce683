/** Keyboard movement inside a tablist (WAI-ARIA tabs pattern): arrows wrap, Home and End jump. */

/** The index the key moves to from `current` among `count` tabs, or undefined for keys the tablist ignores. */
export function nextTabIndex(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
