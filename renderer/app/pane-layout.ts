/** The three panes' sizes: limits, keyboard steps, and how they are kept in localStorage. */

import { isRecord } from '../../shared/values/is-record';
export interface PaneLayout {
  /** Width of the resources pane, in CSS pixels. */
  readonly sidebarPx: number;
  /** The request pane's share of the request and response panes, in percent. */
  readonly requestPercent: number;
  readonly sidebarCollapsed: boolean;
  readonly responseCollapsed: boolean;
}

export interface PaneRange {
  readonly min: number;
  readonly max: number;
  /** One arrow key press; Shift moves five steps, Home and End jump to the limits. */
  readonly step: number;
}

export const SIDEBAR_RANGE: PaneRange = { min: 200, max: 560, step: 16 };
export const REQUEST_RANGE: PaneRange = { min: 25, max: 75, step: 2 };

export const DEFAULT_LAYOUT: PaneLayout = { sidebarPx: 300, requestPercent: 53, sidebarCollapsed: false, responseCollapsed: false };

export const LAYOUT_STORAGE_KEY = 'roundtrip.paneLayout';

/** `value` kept inside the range (and whole, so stored sizes read cleanly). */
export function clampToRange(value: number, range: PaneRange): number {
  return Math.round(Math.min(range.max, Math.max(range.min, value)));
}

/** The value a key on a focused separator moves to, or undefined for keys it does not use. */
export function valueForKey(key: string, shiftKey: boolean, value: number, range: PaneRange): number | undefined {
  const step = range.step * (shiftKey ? 5 : 1);
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return clampToRange(value - step, range);
    case 'ArrowRight':
    case 'ArrowDown':
      return clampToRange(value + step, range);
    case 'Home':
      return range.min;
    case 'End':
      return range.max;
    default:
      return undefined;
  }
}

/** The stored layout, with anything missing, mistyped or out of range replaced by the default. */
export function parseLayout(text: string | null): PaneLayout {
  if (!text) return DEFAULT_LAYOUT;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  if (!isRecord(stored)) return DEFAULT_LAYOUT;
  const record = stored;
  const number = (key: string, range: PaneRange, fallback: number) => {
    const value = record[key];
    return typeof value === 'number' && Number.isFinite(value) ? clampToRange(value, range) : fallback;
  };
  const flag = (key: string) => record[key] === true;
  return {
    sidebarPx: number('sidebarPx', SIDEBAR_RANGE, DEFAULT_LAYOUT.sidebarPx),
    requestPercent: number('requestPercent', REQUEST_RANGE, DEFAULT_LAYOUT.requestPercent),
    sidebarCollapsed: flag('sidebarCollapsed'),
    responseCollapsed: flag('responseCollapsed'),
  };
}
