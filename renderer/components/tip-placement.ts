/**
 * Where a tooltip goes on screen: under its anchor, right edges aligned, flipped above when it would
 * run past the bottom, and kept inside the window sideways. The tip is placed in window coordinates
 * (position: fixed), so a scrolling list around the anchor cannot clip it.
 */

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

const GAP = 6;
const MARGIN = 8;

/** The tip's top-left corner in window coordinates. */
export function placeTip(anchor: Rect, tip: Size, viewport: Size): { readonly left: number; readonly top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - tip.height;
  const top = below + tip.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  const left = Math.max(MARGIN, Math.min(anchor.right - tip.width, viewport.width - MARGIN - tip.width));
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - tip.height)) };
}
