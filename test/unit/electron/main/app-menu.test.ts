import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../../../shared/ipc/events';

vi.mock('electron', () => ({ Menu: {} }));
const { menuTemplate } = await import('../../../../electron/main/app-menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('app-menu', () => {
  it('offers the usual shortcuts and forwards each as a command to the window', () => {
    const emitted: AppEvent[] = [];
    const sink = { emit: (name: AppEvent['name'], payload: AppEvent['payload']) => emitted.push({ name, payload } as AppEvent) };
    const all = items(menuTemplate(sink, false, true));
    const byAccelerator = new Map(all.filter((item) => item.accelerator).map((item) => [String(item.accelerator), item]));
    expect([...byAccelerator.keys()].sort()).toEqual(['CmdOrCtrl+Enter', 'CmdOrCtrl+F', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+T', 'CmdOrCtrl+W']);
    for (const item of byAccelerator.values()) (item.click as () => void)();
    expect(emitted.map((event) => (event.payload as { command: string }).command)).toEqual(['open-spec', 'new-tab', 'close-tab', 'save', 'find', 'send']);
  });

  it('keeps developer tools out of a packaged app and puts the app menu first on macOS', () => {
    const sink = { emit: () => undefined };
    expect(items(menuTemplate(sink, false, true)).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(items(menuTemplate(sink, false, false)).some((item) => item.role === 'toggleDevTools')).toBe(true);
    expect(menuTemplate(sink, true, true)[0]?.role).toBe('appMenu');
  });
});
