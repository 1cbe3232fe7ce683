/** Decides where the window opens: where it was, unless that place is no longer on any screen. */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState extends Rect {
  readonly maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1320, height: 860 } as const;
const MIN_VISIBLE = 100;

/** The saved state if enough of it is visible on one of `workAreas`, else undefined (centre a default window). */
export function restorableState(saved: unknown, workAreas: readonly Rect[]): WindowState | undefined {
  if (!isWindowState(saved)) return undefined;
  const visible = workAreas.some((area) => overlap(saved.x, saved.width, area.x, area.width) >= MIN_VISIBLE && overlap(saved.y, saved.height, area.y, area.height) >= MIN_VISIBLE);
  return visible ? saved : undefined;
}

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart);
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const numbers = ['x', 'y', 'width', 'height'].every((key) => typeof record[key] === 'number' && Number.isFinite(record[key]));
  return numbers && typeof record['maximized'] === 'boolean' && (record['width'] as number) >= 200 && (record['height'] as number) >= 150;
}
