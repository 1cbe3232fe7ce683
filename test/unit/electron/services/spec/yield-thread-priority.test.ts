import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_NICENESS, yieldThreadPriority } from '../../../../../electron/services/spec/yield-thread-priority';

describe('yield-thread-priority', () => {
  it('lowers the calling thread on Linux, where that leaves the rest of the process alone', () => {
    const setPriority = vi.fn();
    expect(yieldThreadPriority('linux', setPriority)).toBe(true);
    expect(setPriority).toHaveBeenCalledWith(0, BACKGROUND_NICENESS);
  });

  it('leaves the priority alone on macOS and Windows, where it would lower the whole process', () => {
    const setPriority = vi.fn();
    expect(yieldThreadPriority('darwin', setPriority)).toBe(false);
    expect(yieldThreadPriority('win32', setPriority)).toBe(false);
    expect(setPriority).not.toHaveBeenCalled();
  });

  it('carries on at the usual priority when the system refuses the change', () => {
    const setPriority = vi.fn(() => {
      throw new Error('EACCES');
    });
    expect(yieldThreadPriority('linux', setPriority)).toBe(false);
  });
});
