/** Windowing for the operation list: row offsets and which rows a scroll position shows. */
import { visibleRange as visibleRangeOf } from '../../lib/visible-range';
import type { SidebarRow } from './filter-operations';

export const GROUP_ROW_HEIGHT = 32;
export const OP_ROW_HEIGHT = 50;
export const OP_ROW_HEIGHT_NO_SUMMARY = 34;
/** Rows drawn beyond each edge, so fast scrolling and arrow keys rarely meet a blank. */
export const OVERSCAN = 8;

/** The height one row takes. */
export function rowHeight(row: SidebarRow): number {
  if (row.kind === 'group') return GROUP_ROW_HEIGHT;
  return (row.op.summary ?? row.op.operationId) === undefined ? OP_ROW_HEIGHT_NO_SUMMARY : OP_ROW_HEIGHT;
}

/** Top offset of every row, plus the total height as the last entry. */
export function rowOffsets(rows: readonly SidebarRow[]): number[] {
  const offsets = new Array<number>(rows.length + 1);
  let top = 0;
  rows.forEach((row, i) => {
    offsets[i] = top;
    top += rowHeight(row);
  });
  offsets[rows.length] = top;
  return offsets;
}

/** The [start, end) rows to draw for a viewport at `scrollTop` of `height` pixels. */
export function visibleRange(offsets: readonly number[], scrollTop: number, height: number): { start: number; end: number } {
  return visibleRangeOf(offsets.length - 1, (index) => offsets[index] ?? 0, scrollTop, height, OVERSCAN);
}
