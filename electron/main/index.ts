/** The Electron main process: wiring only. Every behaviour lives in services/. */
import { app, BrowserWindow, safeStorage } from 'electron';
import path from 'node:path';
import { createDemoLauncher } from '../services/demo-launcher';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/create-handlers';
import { openInSystemBrowser } from './open-external';
import { createEventHub } from '../services/event-hub';
import { resolveDataDir } from '../services/data-dir';
import { safeStorageCipher } from '../services/environments/secret-cipher';
import { installAppMenu } from './app-menu';
import { registerIpc } from './register-ipc';
import { specPathFromArgv } from './spec-path-argument';
import { connectWindowEvents } from './window-events';
import { loadWindowState, rememberWindowState } from './window-state';
import { createSecureWindow, hardenSession, rendererUrl } from './secure-window';

// dist/electron/main.cjs sits beside preload.cjs; the renderer is in dist/renderer.
const paths = {
  preload: path.join(__dirname, 'preload.cjs'),
  rendererIndex: path.join(__dirname, '..', 'renderer', 'index.html'),
};
const demo = createDemoLauncher();
const events = createEventHub();
const dataDir = resolveDataDir();

async function openWindow(): Promise<void> {
  const window = createSecureWindow(paths, await loadWindowState(dataDir));
  connectWindowEvents(window, events);
  rememberWindowState(window, dataDir);
}

function openSpecFromArgv(argv: readonly string[], cwd: string): void {
  const specPath = specPathFromArgv(argv, cwd);
  if (specPath) events.emit('spec:open-path', { path: specPath });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    openSpecFromArgv(argv, cwd);
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  // macOS hands over a document opened from Finder, the Dock or its recent list this way (before ready, at launch).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    events.emit('spec:open-path', { path: filePath });
  });
  app.whenReady().then(async () => {
    hardenSession();
    // safeStorage is usable only once the app is ready; without a real keychain secrets stay in memory.
    const secretCipher = safeStorageCipher(safeStorage);
    registerIpc(createDispatch(createHandlers({ demo, events, dataDir, openExternal: openInSystemBrowser, ...(secretCipher ? { secretCipher } : {}) })), rendererUrl(paths));
    installAppMenu(events, app.isPackaged, dataDir);
    await openWindow();
    openSpecFromArgv(process.argv, process.cwd());
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow().catch((error: unknown) => console.error('Roundtrip could not open a window:', error));
    });
  }, (error: unknown) => {
    console.error('Roundtrip could not start:', error);
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    demo.stop().catch((error: unknown) => console.error('Roundtrip could not stop the demo API cleanly:', error));
  });
}
