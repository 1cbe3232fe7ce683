import { describe, expect, it } from 'vitest';
import { restorableState } from '../../../../shared/desktop/window-bounds';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('window-bounds', () => {
  it('restores a window that is on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(restorableState(saved, [screen])).toEqual(saved);
  });

  it('drops a window left on a screen that is gone, or a corrupt state', () => {
    expect(restorableState({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, [screen])).toBeUndefined();
    expect(restorableState({ x: 1880, y: 100, width: 1200, height: 800, maximized: false }, [screen])).toBeUndefined();
    expect(restorableState({ x: 'a', y: 0, width: 10, height: 10, maximized: false }, [screen])).toBeUndefined();
    expect(restorableState(null, [screen])).toBeUndefined();
    expect(restorableState({ x: 0, y: 0, width: 50, height: 50, maximized: false }, [screen])).toBeUndefined();
  });

  it('finds the window on a second screen', () => {
    const second = { x: 1920, y: 0, width: 2560, height: 1400 };
    const saved = { x: 2100, y: 50, width: 1400, height: 900, maximized: false };
    expect(restorableState(saved, [screen, second])).toEqual(saved);
  });
});
