/**
 * Window commands (open, send, save, new tab, close tab, find): the desktop menu sends them as
 * 'menu:command' events; in the browser host the same keys are caught on the page. Screens
 * register what each command does there; one listener for the whole window routes keys and menu
 * events to the newest registration, swallows the browser's own meaning of those keys (Save Page,
 * the find bar) and says so when nothing on screen can do the command.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/events';
import { hasAppMenu, subscribeEvents } from '../lib/api';
import { commandForKey, typesText } from './command-keys';

type Handler = { current: () => void };

const ON_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

// Newest last: a screen mounted over another (a workspace over the start screen) takes the command.
const registered = new Map<MenuCommand, Handler[]>();

function handlerFor(command: MenuCommand): Handler | undefined {
  return registered.get(command)?.at(-1);
}

/** Makes `handler` what `command` does while the calling component is mounted. */
export function useCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const entry: Handler = { current: () => latest.current() };
    registered.set(command, [...(registered.get(command) ?? []), entry]);
    return () => {
      registered.set(command, (registered.get(command) ?? []).filter((other) => other !== entry));
    };
  }, [command]);
}

/**
 * The window's one command listener (mounted once, by App): runs the registered handler for a menu
 * command or a key, or calls `nothingToDo` when no screen has registered one.
 */
export function useCommandRouting(nothingToDo: (command: MenuCommand) => void): void {
  const latest = useRef(nothingToDo);
  latest.current = nothingToDo;

  useEffect(() => {
    const run = (command: MenuCommand): void => {
      const handler = handlerFor(command);
      if (handler) handler.current();
      else latest.current(command);
    };
    const unsubscribe = subscribeEvents((event) => {
      if (event.name === 'menu:command') run(event.payload.command);
    });
    // The desktop menu's accelerators take these keys before the page; acting here too would do it twice.
    if (hasAppMenu) return unsubscribe;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      // Another listener already acted on the key (Send while an operation is open has its own hook).
      if (!command || event.defaultPrevented) return;
      if (command === 'send' && handlerFor('send')) return;
      if (typesText(event, ON_MAC, isEditable(event.target))) return;
      // The app owns these keys whatever is on screen: the browser's Save Page or find bar never opens over it.
      event.preventDefault();
      if (event.repeat) return;
      // A modal dialog has its own keys; the window's commands wait until it closes.
      if (command !== 'open-spec' && document.querySelector('dialog[open]')) return;
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

/** Runs `open` with the path the desktop app was asked to open (command line, second launch, dock). */
export function useOpenPathEvents(open: (path: string) => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(
    () =>
      subscribeEvents((event) => {
        if (event.name === 'spec:open-path') latest.current(event.payload.path);
      }),
    [],
  );
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement);
}
