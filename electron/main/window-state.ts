/** Remembers the window's size, position and maximized state in the data folder. */
import { screen, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { restorableState, type WindowState } from '../../shared/desktop/window-bounds';
import { writeFileAtomic } from '../services/fs/atomic-write';

const FILE = 'window-state.json';

/** The saved state if it still fits on a connected screen; undefined on first launch or a broken file. */
export async function loadWindowState(dataDir: string): Promise<WindowState | undefined> {
  try {
    const saved: unknown = JSON.parse(await readFile(path.join(dataDir, FILE), 'utf8'));
    return restorableState(saved, screen.getAllDisplays().map((display) => display.workArea));
  } catch {
    return undefined; // Missing or unreadable: open a default window rather than fail.
  }
}

/** Saves the window's state when it closes. */
export function rememberWindowState(window: BrowserWindow, dataDir: string): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    writeFileAtomic(path.join(dataDir, FILE), `${JSON.stringify(state, null, 2)}\n`).catch((error: unknown) => {
      console.error('Roundtrip could not remember the window position:', error);
    });
  });
}
