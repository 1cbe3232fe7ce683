import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualWindow } from '../../../lib/use-virtual-window';

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
const lineTop = (index: number): number => index * LINE_HEIGHT;

/** A scrolling list of fixed-height lines that renders only what is on screen when it is long. */
export function VirtualLines({ count, renderLine, scrollTo, scrollKey, testId, className, onKeyDown, label }: Props) {
  const { viewport, onScroll, start, end } = useVirtualWindow<HTMLDivElement>(count, lineTop, OVERSCAN);

  useEffect(() => {
    const element = viewport.current;
    if (scrollTo === undefined || !element) return;
    const top = scrollTo * LINE_HEIGHT;
    if (top < element.scrollTop || top > element.scrollTop + element.clientHeight - LINE_HEIGHT) element.scrollTop = Math.max(0, top - element.clientHeight / 3);
  }, [viewport, scrollTo, scrollKey]);

  const windowed = count > RENDER_ALL_BELOW;
  const first = windowed ? start : 0;
  const last = windowed ? end : count;
  const lines: ReactNode[] = [];
  for (let index = first; index < last; index += 1) lines.push(renderLine(index));

  return (
    <div
      ref={viewport}
      className={`virtual-lines ${className ?? ''}`}
      data-line-count={count}
      {...(onKeyDown ? { tabIndex: 0, onKeyDown, role: 'group', 'aria-label': label } : {})}
      onScroll={onScroll}
    >
      <div className="virtual-lines-spacer" style={{ height: count * LINE_HEIGHT }}>
        <div className="virtual-lines-window" style={{ transform: `translateY(${first * LINE_HEIGHT}px)` }} data-testid={testId}>
          {lines}
        </div>
      </div>
    </div>
  );
}
