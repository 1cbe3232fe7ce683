/** Which key presses on the page stand for the window's commands (the browser host has no menu). */
import type { MenuCommand } from '../../shared/ipc/events';

/** The fields of a key press the commands look at (a KeyboardEvent has them all). */
export type KeyPress = Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>;

const mod = (event: KeyPress) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
// Chromium keeps Ctrl+T and Ctrl+W for itself (the page never sees them), so Alt+T and Alt+W do the same in a browser.
const alt = (event: KeyPress) => event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

/**
 * The page-level key for each command. While an operation is open its own hook (use-send-shortcut)
 * answers Ctrl/Cmd+Enter; this entry is for the rest of the time, to say there is nothing to send.
 */
export const COMMAND_KEYS: Readonly<Record<MenuCommand, (event: KeyPress) => boolean>> = {
  'open-spec': (event) => mod(event) && event.code === 'KeyO',
  send: (event) => mod(event) && (event.code === 'Enter' || event.code === 'NumpadEnter'),
  save: (event) => mod(event) && event.code === 'KeyS',
  'new-tab': (event) => (mod(event) || alt(event)) && event.code === 'KeyT',
  'close-tab': (event) => (mod(event) || alt(event)) && event.code === 'KeyW',
  find: (event) => mod(event) && event.code === 'KeyF',
};

/**
 * True when a key press is text rather than a command: on a Mac, Option+T and Option+W type
 * characters (†, ∑) into a text field, so there they stay the field's. Elsewhere Alt+letter types
 * nothing, and the shortcut works from a form field too.
 */
export function typesText(event: KeyPress, onMac: boolean, inTextField: boolean): boolean {
  return onMac && inTextField && event.altKey && !event.ctrlKey && !event.metaKey;
}

/** The command a key press stands for, if any. */
export function commandForKey(event: KeyPress): MenuCommand | undefined {
  for (const [command, matches] of Object.entries(COMMAND_KEYS) as [MenuCommand, (event: KeyPress) => boolean][]) if (matches(event)) return command;
  return undefined;
}

/** What to tell the user when a command's key is pressed while nothing on screen can do it. */
export const NOTHING_TO_DO: Readonly<Record<MenuCommand, string>> = {
  'open-spec': 'Open a spec from this screen: a URL, a file, or the demo API.',
  send: 'Nothing to send yet: open a spec and an operation first.',
  save: 'Nothing to save yet: open a spec and an operation first.',
  'new-tab': 'No tabs yet: open a spec first; its operations open in tabs.',
  'close-tab': 'No tab to close: open a spec first.',
  find: 'Nothing to find yet: open a spec first, then Find searches its operations.',
};
