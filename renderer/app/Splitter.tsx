import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampToRange, valueForKey, type PaneRange } from './pane-layout';

interface Props {
  /** Names the pane it sizes: "Resize the resources pane". */
  readonly label: string;
  /** Id of the pane whose size it sets. */
  readonly controls: string;
  readonly value: number;
  readonly range: PaneRange;
  /** How many CSS pixels one unit of `value` is, measured when a drag starts. */
  readonly pixelsPerUnit: () => number;
  readonly collapsed: boolean;
  /** Which end the value reads as while collapsed: the resources pane shrinks to its minimum, the request pane grows to its maximum. */
  readonly collapsedAt: 'min' | 'max';
  readonly onChange: (value: number) => void;
  /** Enter (and a double click) collapses the pane or brings it back. */
  readonly onToggleCollapsed: () => void;
  readonly testId: string;
}

/**
 * A vertical window splitter (WAI-ARIA): drag it, or focus it and use the arrow keys (Shift for
 * bigger steps), Home and End; Enter collapses the pane and restores it.
 */
export function Splitter({ label, controls, value, range, pixelsPerUnit, collapsed, collapsedAt, onChange, onToggleCollapsed, testId }: Props) {
  const drag = useRef<{ readonly x: number; readonly value: number; readonly scale: number } | undefined>(undefined);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onToggleCollapsed();
      return;
    }
    const next = valueForKey(event.key, event.shiftKey, value, range);
    if (next === undefined) return;
    event.preventDefault();
    // A key on a collapsed pane's separator brings the pane back first.
    if (collapsed) onToggleCollapsed();
    onChange(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, value, scale: pixelsPerUnit() };
    if (collapsed) onToggleCollapsed();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.scale <= 0) return;
    onChange(clampToRange(start.value + (event.clientX - start.x) / start.scale, range));
  };
  const endDrag = () => {
    drag.current = undefined;
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={collapsed ? range[collapsedAt] : value}
      aria-valuemin={range.min}
      aria-valuemax={range.max}
      aria-valuetext={collapsed ? 'collapsed' : undefined}
      tabIndex={0}
      className={`splitter${collapsed ? ' splitter-collapsed' : ''}`}
      title={`${label}: drag, or use the arrow keys; Enter ${collapsed ? 'shows' : 'hides'} it`}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={onToggleCollapsed}
    />
  );
}
