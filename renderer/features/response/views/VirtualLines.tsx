import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  readonly count: number;
  readonly renderLine: (index: number) => ReactNode;
  /** Scrolls so this line is visible whenever it (or `scrollKey`) changes. */
  readonly scrollTo?: number;
  readonly scrollKey?: number;
  readonly testId?: string;
  readonly className?: string;
  /** Makes the list focusable and hands it the keys (arrow navigation). */
  readonly onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  readonly label?: string;
}

export const LINE_HEIGHT = 20;
// Below this every line is in the DOM (selectable, and copied whole with a selection); above, only the visible ones. (Ctrl+F belongs to the operations filter; the body has its own search.)
const RENDER_ALL_BELOW = 3000;
const OVERSCAN = 30;
const VIEWPORT_LINES = 40;

/** A scrolling list of fixed-height lines that renders only what is on screen when it is long. */
export function VirtualLines({ count, renderLine, scrollTo, scrollKey, testId, className, onKeyDown, label }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const frame = useRef(0);

  useEffect(() => {
    const element = viewport.current;
    if (scrollTo === undefined || !element) return;
    const top = scrollTo * LINE_HEIGHT;
    if (top < element.scrollTop || top > element.scrollTop + element.clientHeight - LINE_HEIGHT) element.scrollTop = Math.max(0, top - element.clientHeight / 3);
  }, [scrollTo, scrollKey]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const windowed = count > RENDER_ALL_BELOW;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / LINE_HEIGHT) - OVERSCAN) : 0;
  const last = windowed ? Math.min(count, Math.ceil(scrollTop / LINE_HEIGHT) + VIEWPORT_LINES + OVERSCAN) : count;
  const lines: ReactNode[] = [];
  for (let index = first; index < last; index += 1) lines.push(renderLine(index));

  return (
    <div
      ref={viewport}
      className={`virtual-lines ${className ?? ''}`}
      data-line-count={count}
      {...(onKeyDown ? { tabIndex: 0, onKeyDown, role: 'group', 'aria-label': label } : {})}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setScrollTop(top));
      }}
    >
      <div className="virtual-lines-spacer" style={{ height: count * LINE_HEIGHT }}>
        <div className="virtual-lines-window" style={{ transform: `translateY(${first * LINE_HEIGHT}px)` }} data-testid={testId}>
          {lines}
        </div>
      </div>
    </div>
  );
}
