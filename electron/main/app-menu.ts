/** The application menu: the usual shortcuts, each forwarded to the window as a command, and Open Recent. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { recentCollectionLabel, type RecentCollection } from '../../shared/collections/recent-collections';
import type { EventSink, MenuCommand } from '../../shared/ipc/events';
import type { RecentSpec } from '../../shared/model/api-model';
import { RecentCollectionFolders } from '../services/collections/recent-collections';
import { onRecentListsChanged } from '../services/fs/recent-list';
import { RecentSpecs } from '../services/spec/recent-specs';
import { osRecentDocuments } from './os-recent-documents';

/** What File > Open Recent lists. */
export interface RecentMenuItems {
  readonly specs: readonly RecentSpec[];
  readonly collections: readonly RecentCollection[];
}

/** File > Open Recent: documents, then collections folders; each click asks the window to open it. */
export function recentSubmenu(events: EventSink, recent: RecentMenuItems): MenuItemConstructorOptions[] {
  const specs = recent.specs.map<MenuItemConstructorOptions>((spec) => ({
    label: `${spec.title} — ${spec.location}`,
    click: () => events.emit('spec:open-path', { path: spec.location }),
  }));
  const collections = recent.collections.map<MenuItemConstructorOptions>((entry) => ({
    label: `Collections: ${recentCollectionLabel(entry)} — ${entry.root}`,
    click: () => events.emit('collection:open-root', { root: entry.root }),
  }));
  if (specs.length + collections.length === 0) return [{ label: 'Nothing opened yet', enabled: false }];
  return [...specs, ...(specs.length > 0 && collections.length > 0 ? [{ type: 'separator' as const }] : []), ...collections];
}

/** Builds the menu template; `isMac` moves Quit and About into the app menu as macOS expects. */
export function menuTemplate(events: EventSink, isMac: boolean, isPackaged: boolean, recent: RecentMenuItems = { specs: [], collections: [] }): MenuItemConstructorOptions[] {
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
        { label: 'Open &Recent', submenu: recentSubmenu(events, recent) },
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

/** Installs the menu for the whole app, and builds it again (and the system's recent documents) whenever a recent list changes. */
export function installAppMenu(events: EventSink, isPackaged: boolean, dataDir: string): void {
  // Separate readers of the same files the handlers write: the menu only reads them.
  const specs = new RecentSpecs(dataDir);
  const collections = new RecentCollectionFolders(dataDir);
  const toOsRecent = osRecentDocuments();
  const build = async (): Promise<void> => {
    const recent = { specs: await specs.list(), collections: await collections.entries() };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(events, process.platform === 'darwin', isPackaged, recent)));
    toOsRecent(recent.specs);
  };
  const rebuild = (): void => void build().catch((error: unknown) => console.error('Roundtrip could not rebuild the Open Recent menu:', error));
  rebuild();
  onRecentListsChanged(rebuild);
}
