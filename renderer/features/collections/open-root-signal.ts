/**
 * "Open this collections folder" from outside the drawer (the start screen's recent list, the
 * desktop menu's Open Recent): the mounted collections drawer switches to it and opens.
 */
import { useEffect, useRef } from 'react';
import { subscribeEvents } from '../../lib/api';

const listeners = new Set<(root: string) => Promise<void>>();

/** Asks the collections drawer on screen to open `root`; settles once it has tried. */
export async function openCollectionsRoot(root: string): Promise<void> {
  await Promise.all([...listeners].map((listener) => listener(root)));
}

/** Runs `open` for every such request, from the page or from the desktop menu. */
export function useOpenCollectionsRoot(open: (root: string) => Promise<void>): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const listener = (root: string) => latest.current(root);
    listeners.add(listener);
    const unsubscribe = subscribeEvents((event) => {
      // `open` shows its own failures in the drawer; nothing may reject unheard.
      if (event.name === 'collection:open-root') listener(event.payload.root).catch(() => undefined);
    });
    return () => {
      listeners.delete(listener);
      unsubscribe();
    };
  }, []);
}
