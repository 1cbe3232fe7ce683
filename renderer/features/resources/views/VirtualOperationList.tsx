import { memo, useEffect, useMemo, type KeyboardEvent } from 'react';
import { useVirtualWindow } from '../../../lib/use-virtual-window';
import type { SidebarRow } from '../filter-operations';
import { OVERSCAN, rowOffsets } from '../window-rows';
import { OperationRow } from './OperationRow';

interface Props {
  readonly rows: readonly SidebarRow[];
  readonly selectedKey: string | undefined;
  readonly onSelect: (key: string) => void;
  /** A double click on a row. */
  readonly onPin?: (key: string) => void;
  readonly onToggleGroup: (group: string) => void;
}

// Arrow keys move between rows, as in any list; Tab still leaves the list.
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = event.currentTarget.closest('nav');
  if (!list) return;
  const rows = [...list.querySelectorAll<HTMLButtonElement>('button[data-testid="operation-row"]')];
  const index = rows.indexOf(event.currentTarget);
  const next = rows[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * The operation list, windowed: only the rows in view (plus a few) are in the DOM, so GitHub's
 * 1,223 operations scroll and filter as fast as seven. Memoized: a keystroke in the filter first
 * renders the input alone, and the list only once its rows change (the filtered rows are deferred).
 */
export const VirtualOperationList = memo(function VirtualOperationList({ rows, selectedKey, onSelect, onPin, onToggleGroup }: Props) {
  const offsets = useMemo(() => rowOffsets(rows), [rows]);
  const { viewport, onScroll, start, end, scrollTop } = useVirtualWindow<HTMLElement>(rows.length, (index) => offsets[index] ?? 0, OVERSCAN);

  // A new filter starts from the top when the old position lies past the new end. The position is
  // the one the window knows: reading the element's scrollTop here would force a layout of the
  // list on every keystroke, and would read it already clamped to the new, shorter list.
  const total = offsets[offsets.length - 1] ?? 0;
  useEffect(() => {
    const element = viewport.current;
    if (element && scrollTop > total) element.scrollTop = 0;
  }, [viewport, scrollTop, total]);

  const drawn = rows.slice(start, end);
  return (
    <nav className="op-list" aria-label="Operations" ref={viewport} onScroll={onScroll} data-testid="operation-list">
      <ul className="vlist" style={{ height: offsets[rows.length] ?? 0 }}>
        {drawn.map((row, i) => {
          const top = offsets[start + i] ?? 0;
          const rowHeightPx = (offsets[start + i + 1] ?? top) - top;
          const style = { top, height: rowHeightPx };
          if (row.kind === 'group') {
            return (
              <li key={`group:${row.name}`} className="vlist-row op-group-title" style={style}>
                <button type="button" className="op-group-toggle" aria-expanded={!row.collapsed} onClick={() => onToggleGroup(row.name)}>
                  <span className={row.collapsed ? 'chevron' : 'chevron chevron-open'} aria-hidden="true">
                    ▸
                  </span>
                  <span className="op-group-name">{row.name}</span>
                  <span className="op-group-count">{row.count}</span>
                </button>
              </li>
            );
          }
          return <OperationRow key={row.op.key} op={row.op} selected={row.op.key === selectedKey} onSelect={onSelect} {...(onPin ? { onPin } : {})} onKeyDown={moveFocus} style={style} />;
        })}
      </ul>
    </nav>
  );
});
