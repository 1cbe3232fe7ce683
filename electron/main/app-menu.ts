/** The application menu: the usual shortcuts, each forwarded to the window as a command. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventSink, MenuCommand } from '../../shared/ipc/events';

/** Builds the menu template; `isMac` moves Quit and About into the app menu as macOS expects. */
export function menuTemplate(events: EventSink, isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  // Menu accelerators take the key before the page sees it, so each one is sent on as a command.
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => events.emit('menu:command', { command: name }),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('Open Spec…', 'CmdOrCtrl+O', 'open-spec'),
        { type: 'separator' },
        command('New Tab', 'CmdOrCtrl+T', 'new-tab'),
        command('Close Tab', 'CmdOrCtrl+W', 'close-tab'),
        command('Save', 'CmdOrCtrl+S', 'save'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find', 'CmdOrCtrl+F', 'find'),
      ],
    },
    { label: '&Request', submenu: [command('Send', 'CmdOrCtrl+Enter', 'send')] },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Developer tools only in a development build: a packaged app has no use for them.
        ...(isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  return template;
}

/** Installs the menu for the whole app. */
export function installAppMenu(events: EventSink, isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(events, process.platform === 'darwin', isPackaged)));
}
