/**
 * Watches the collections folder for changes made outside the app (a git pull, an editor) and
 * reports them, debounced, as one event with the ids that changed. The store's own writes and
 * temp files are left out, so the renderer only hears about what it did not do itself.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { TEMP_PREFIX } from '../fs/atomic-write';

export interface WatcherOptions {
  readonly root: string;
  readonly isOwnWrite: (absolute: string) => boolean;
  readonly onChange: (ids: readonly string[]) => void;
  readonly debounceMs?: number;
}

/** Starts watching; returns the function that stops. A folder that cannot be watched is not an error. */
export function watchCollections(options: WatcherOptions): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.root, { recursive: true }, (_event, name) => {
      if (name === null) return;
      const relative = name.toString();
      const parts = relative.split(path.sep);
      if (parts.some((part) => part.startsWith('.'))) return; // temp files, the trash
      if (path.basename(relative).startsWith(TEMP_PREFIX)) return;
      if (options.isOwnWrite(path.join(options.root, relative))) return;
      pending.add(parts.join('/'));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const ids = [...pending].sort();
        pending.clear();
        options.onChange(ids);
      }, options.debounceMs ?? 150);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // No watcher (a missing folder, a platform limit): the list still refreshes on demand.
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
