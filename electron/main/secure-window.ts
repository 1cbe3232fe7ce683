/** Creates the app window with Electron's security checklist applied. */
import { BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { DEFAULT_SIZE } from '../../shared/desktop/window-bounds';

export interface WindowPaths {
  readonly preload: string;
  readonly rendererIndex: string;
}

export interface WindowPlacement {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized?: boolean;
}

/** The file URL the renderer is loaded from; IPC from any other frame is refused. */
export function rendererUrl(paths: WindowPaths): string {
  return pathToFileURL(paths.rendererIndex).href;
}

/** Opens the main window, locked down: isolated, sandboxed, no navigation, no new windows. */
export function createSecureWindow(paths: WindowPaths, placement: WindowPlacement = DEFAULT_SIZE): BrowserWindow {
  const window = new BrowserWindow({
    ...(placement.x === undefined || placement.y === undefined ? {} : { x: placement.x, y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: 900,
    minHeight: 560,
    title: 'Roundtrip',
    show: false,
    webPreferences: {
      preload: path.resolve(paths.preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  lockDown(window.webContents);
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.loadFile(paths.rendererIndex).catch((error: unknown) => {
    console.error(`Roundtrip could not load its window from ${paths.rendererIndex}; is dist/ built (npm run build)?`, error);
  });
  return window;
}

/** Applies the session-wide policies once: CSP header and no permissions. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The page holds unsaved tabs (it cancelled beforeunload): ask before the window closes or reloads.
  contents.on('will-prevent-unload', (event) => {
    const owner = BrowserWindow.fromWebContents(contents);
    const options = {
      type: 'question' as const,
      buttons: ['Discard changes and leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      message: 'Some tabs have unsaved changes.',
      detail: 'Leave now and those changes are lost. Stay to save them first (Ctrl/Cmd+S).',
    };
    const choice = owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options);
    // preventDefault here overrides the page's refusal, letting the window go.
    if (choice === 0) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Links in a spec's description open in the user's browser, never inside the app.
    if (isWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function isWebUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
