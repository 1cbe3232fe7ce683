import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appEvent, type AppEvent, type EventMap, type EventName } from '../../../../shared/ipc/events';

vi.mock('electron', () => ({ Menu: {} }));
const { menuTemplate } = await import('../../../../electron/main/app-menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('app-menu', () => {
  it('offers the usual shortcuts and forwards each as a command to the window', () => {
    const emitted: AppEvent[] = [];
    const sink = { emit: <E extends EventName>(name: E, payload: EventMap[E]) => emitted.push(appEvent(name, payload)) };
    const all = items(menuTemplate(sink, false, true));
    const byAccelerator = new Map(all.filter((item) => item.accelerator).map((item) => [String(item.accelerator), item]));
    expect([...byAccelerator.keys()].sort()).toEqual(['CmdOrCtrl+Enter', 'CmdOrCtrl+F', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+T', 'CmdOrCtrl+W']);
    for (const item of byAccelerator.values()) (item.click as () => void)();
    expect(emitted.map((event) => (event.name === 'menu:command' ? event.payload.command : event.name))).toEqual(['open-spec', 'new-tab', 'close-tab', 'save', 'find', 'send']);
  });

  it('keeps developer tools out of a packaged app and puts the app menu first on macOS', () => {
    const sink = { emit: () => undefined };
    expect(items(menuTemplate(sink, false, true)).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(items(menuTemplate(sink, false, false)).some((item) => item.role === 'toggleDevTools')).toBe(true);
    expect(menuTemplate(sink, true, true)[0]?.role).toBe('appMenu');
  });
});

describe('app-menu Open Recent', () => {
  const recentSpec = { kind: 'file' as const, location: '/specs/petstore.yaml', title: 'Petstore', openedAt: '2026-01-01T00:00:00.000Z' };
  const recentFolder = { root: '/work/api-collections', names: ['Payments', 'Users'], usedAt: '2026-01-01T00:00:00.000Z' };

  it('lists recent documents, then collections folders, and asks the window to open the one clicked', () => {
    const emitted: AppEvent[] = [];
    const sink = { emit: <E extends EventName>(name: E, payload: EventMap[E]) => emitted.push(appEvent(name, payload)) };
    const openRecent = items(menuTemplate(sink, false, true, { specs: [recentSpec], collections: [recentFolder] })).find((item) => item.label === 'Open &Recent');
    const entries = openRecent?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((item) => item.label ?? item.type)).toEqual(['Petstore — /specs/petstore.yaml', 'separator', 'Collections: Payments, Users — /work/api-collections']);
    for (const item of entries) (item.click as (() => void) | undefined)?.();
    expect(emitted).toEqual([
      { name: 'spec:open-path', payload: { path: '/specs/petstore.yaml' } },
      { name: 'collection:open-root', payload: { root: '/work/api-collections' } },
    ]);
  });

  it('says nothing was opened yet when both lists are empty', () => {
    const openRecent = items(menuTemplate({ emit: () => undefined }, false, true)).find((item) => item.label === 'Open &Recent');
    expect(openRecent?.submenu).toEqual([{ label: 'Nothing opened yet', enabled: false }]);
  });
});
