/** Which key presses on the page stand for the window's commands (the browser host has no menu). */
import type { MenuCommand } from '../../shared/ipc/events';

/** The fields of a key press the commands look at (a KeyboardEvent has them all). */
export type KeyPress = Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>;

const mod = (event: KeyPress) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
// Chromium keeps Ctrl+T and Ctrl+W for itself (the page never sees them), so Alt+T and Alt+W do the same in a browser.
const alt = (event: KeyPress) => event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

/** The page-level key for each command; Send's Ctrl/Cmd+Enter has its own hook (use-send-shortcut). */
export const COMMAND_KEYS: Readonly<Record<MenuCommand, ((event: KeyPress) => boolean) | undefined>> = {
  'open-spec': (event) => mod(event) && event.code === 'KeyO',
  send: undefined,
  save: (event) => mod(event) && event.code === 'KeyS',
  'new-tab': (event) => (mod(event) || alt(event)) && event.code === 'KeyT',
  'close-tab': (event) => (mod(event) || alt(event)) && event.code === 'KeyW',
  find: (event) => mod(event) && event.code === 'KeyF',
};
