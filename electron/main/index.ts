/** The Electron main process: wiring only. Every behaviour lives in services/. */
import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { createDemoLauncher } from '../services/demo-launcher';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/create-handlers';
import { registerIpc } from './register-ipc';
import { createSecureWindow, hardenSession, rendererUrl } from './secure-window';

// dist/electron/main.cjs sits beside preload.cjs; the renderer is in dist/renderer.
const paths = {
  preload: path.join(__dirname, 'preload.cjs'),
  rendererIndex: path.join(__dirname, '..', 'renderer', 'index.html'),
};
const demo = createDemoLauncher();

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
  void app.whenReady().then(() => {
    hardenSession();
    registerIpc(createDispatch(createHandlers({ demo })), rendererUrl(paths));
    createSecureWindow(paths);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createSecureWindow(paths);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void demo.stop());
}
