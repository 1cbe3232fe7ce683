import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, parseLayout, REQUEST_RANGE, SIDEBAR_RANGE, valueForKey } from '../../../../renderer/app/pane-layout';

describe('pane-layout', () => {
  it('moves a step per arrow key, five with Shift, to the limits with Home and End, never past them', () => {
    expect(valueForKey('ArrowRight', false, 300, SIDEBAR_RANGE)).toBe(316);
    expect(valueForKey('ArrowLeft', true, 300, SIDEBAR_RANGE)).toBe(220);
    expect(valueForKey('ArrowLeft', true, 210, SIDEBAR_RANGE)).toBe(200);
    expect(valueForKey('Home', false, 50, REQUEST_RANGE)).toBe(25);
    expect(valueForKey('End', false, 50, REQUEST_RANGE)).toBe(75);
    expect(valueForKey('a', false, 50, REQUEST_RANGE)).toBeUndefined();
  });

  it('reads a stored layout, replacing what is broken or out of range with the default', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('{not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('[1]')).toMatchObject({ sidebarPx: DEFAULT_LAYOUT.sidebarPx });
    expect(parseLayout(JSON.stringify({ sidebarPx: 9999, requestPercent: 'x', sidebarCollapsed: true, responseCollapsed: 'yes' }))).toEqual({
      sidebarPx: 560,
      requestPercent: DEFAULT_LAYOUT.requestPercent,
      sidebarCollapsed: true,
      responseCollapsed: false,
    });
  });
});
