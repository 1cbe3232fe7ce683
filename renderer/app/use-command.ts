/**
 * Window commands (open, send, save, new tab, close tab, find): the desktop menu sends them as
 * 'menu:command' events; in the browser host the same keys are caught on the page.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/events';
import { hasAppMenu, subscribeEvents } from '../lib/api';
import { COMMAND_KEYS } from './command-keys';

/** Runs `handler` when the menu sends `command` or, outside the desktop app, when its key is pressed. */
export function useCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(
    () =>
      subscribeEvents((event) => {
        if (event.name === 'menu:command' && (event.payload as { command: MenuCommand }).command === command) latest.current();
      }),
    [command],
  );

  useEffect(() => {
    const matches = COMMAND_KEYS[command];
    // The desktop menu's accelerators take these keys; acting on them here too would do it twice.
    if (!matches || hasAppMenu) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !matches(event)) return;
      // A modal dialog has its own keys; the window's commands wait until it closes.
      if (command !== 'open-spec' && document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [command]);
}

/** Runs `open` with the path the desktop app was asked to open (command line, second launch, dock). */
export function useOpenPathEvents(open: (path: string) => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(
    () =>
      subscribeEvents((event) => {
        if (event.name === 'spec:open-path') latest.current((event.payload as { path: string }).path);
      }),
    [],
  );
}
