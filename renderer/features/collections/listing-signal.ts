/**
 * Saves made outside the collections drawer (the editor's Ctrl/Cmd+S) tell the drawer to list
 * again; the app's own writes do not come back as outside-change events.
 */
const listeners = new Set<() => void>();

/** Called after a save that did not go through useCollections. */
export function announceCollectionsChanged(): void {
  for (const listener of listeners) listener();
}

/** Subscribes to such saves; returns the function that unsubscribes. */
export function onCollectionsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
