/** The Electron main process: wiring only. Every behaviour lives in services/. */
import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { createDemoLauncher } from '../services/demo-launcher';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/create-handlers';
import { createEventHub } from '../services/event-hub';
import { resolveDataDir } from '../services/data-dir';
import { EVENT_CHANNEL } from '../../shared/ipc/events';
import { registerIpc } from './register-ipc';
import { createSecureWindow, hardenSession, rendererUrl } from './secure-window';

// dist/electron/main.cjs sits beside preload.cjs; the renderer is in dist/renderer.
const paths = {
  preload: path.join(__dirname, 'preload.cjs'),
  rendererIndex: path.join(__dirname, '..', 'renderer', 'index.html'),
};
const demo = createDemoLauncher();
const events = createEventHub();

function openWindow(): void {
  const window = createSecureWindow(paths);
  const disconnect = events.connect((event) => window.webContents.send(EVENT_CHANNEL, event));
  window.on('closed', disconnect);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(() => {
    hardenSession();
    registerIpc(createDispatch(createHandlers({ demo, events, dataDir: resolveDataDir() })), rendererUrl(paths));
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
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
