/**
 * The windowing of a scrolling list that draws only the rows in view: its viewport's scroll
 * position (read once a frame) and height (followed as the pane resizes), and the rows to draw.
 *
 * Both lists (operations, a response body's lines) use it. It stays hand-written rather than
 * @tanstack/react-virtual because both know every row's height without measuring the DOM, and the
 * body's lines must all be in the DOM below 3,000 (selection and copy), which this decides alone.
 * Measured (npm run bench:ui-open, GitHub's 13 MB description, median of 2 on a loaded 2-core
 * machine): list visible 3.1 s after choosing the file against 3.9 s for the two lists before,
 * slowest filter keystroke 186 ms; npm run bench:json-viewer: 58 lines in the DOM after the first
 * paint of a 20 MB body, sized to the pane (the body's list drew a fixed 70 before).
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';
import { visibleRange } from './visible-range';

/** Before the first measurement: about a screen of rows. */
const INITIAL_HEIGHT = 800;

export interface VirtualWindow<E extends HTMLElement> {
  readonly viewport: RefObject<E | null>;
  readonly onScroll: (event: UIEvent<E>) => void;
  readonly start: number;
  readonly end: number;
  /** The scroll position the window was computed from (the last one seen, a frame late at most). */
  readonly scrollTop: number;
}

/** The rows [start, end) of `count` to draw; `top(i)` is row i's offset and `top(count)` the total height. */
export function useVirtualWindow<E extends HTMLElement>(count: number, top: (index: number) => number, overscan: number): VirtualWindow<E> {
  const viewport = useRef<E>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(INITIAL_HEIGHT);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    setHeight(element.clientHeight || INITIAL_HEIGHT);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || INITIAL_HEIGHT));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onScroll = (event: UIEvent<E>): void => {
    const position = event.currentTarget.scrollTop;
    // Scroll events can outrun frames: one render per frame, at the latest position.
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(position));
  };
  const { start, end } = visibleRange(count, top, scrollTop, height, overscan);
  return { viewport, onScroll, start, end, scrollTop };
}
