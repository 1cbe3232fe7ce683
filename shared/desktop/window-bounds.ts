/** Decides where the window opens: where it was, unless that place is no longer on any screen. */

import { isRecord } from '../values/is-record';

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
  if (!isRecord(value)) return false;
  const numbers = ['x', 'y', 'width', 'height'].every((key) => typeof value[key] === 'number' && Number.isFinite(value[key]));
  return numbers && typeof value['maximized'] === 'boolean' && (value['width'] as number) >= 200 && (value['height'] as number) >= 150;
}
