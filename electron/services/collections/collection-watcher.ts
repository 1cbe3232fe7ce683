/**
 * Watches the collections folder for changes made outside the app (a git pull, an editor) and
 * reports them, debounced, as one event with the ids that changed. The store's own writes and
 * temp files are left out, so the renderer only hears about what it did not do itself.
 *
 * Bounded, and never blocking: the root is watched on its own, and only the collections in it
 * (folders holding collection.json) are walked, asynchronously, one folder watcher each, down to
 * a depth and up to a count. A root such as /usr then costs one watcher, not a synchronous walk
 * of the whole tree; a collection past the limits is watched in part, and the notice says so.
 */
import { watch, type FSWatcher } from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { COLLECTION_FILE } from '../../../shared/collections/file-names';
import { TEMP_PREFIX } from '../fs/atomic-write';

/** How many folders are watched at most, and how deep inside a collection. */
export const WATCH_LIMITS = { maxFolders: 2000, maxDepth: 16 } as const;

export interface WatcherOptions {
  readonly root: string;
  readonly isOwnWrite: (absolute: string) => boolean | Promise<boolean>;
  readonly onChange: (ids: readonly string[]) => void;
  readonly debounceMs?: number;
  readonly limits?: { readonly maxFolders: number; readonly maxDepth: number };
}

export interface CollectionsWatch {
  /** Stops every watcher. */
  stop(): void;
  /** Why changes made outside the app are not all seen (a limit reached), else undefined. */
  notice(): string | undefined;
  /** How many folders have a watcher now. */
  folders(): number;
  /** Settles once the folders known at the start are all watched (for tests). */
  readonly ready: Promise<void>;
}

/** Starts watching; a folder that cannot be watched is not an error (the list still refreshes on demand). */
export function watchCollections(options: WatcherOptions): CollectionsWatch {
  const { root } = options;
  const limits = options.limits ?? WATCH_LIMITS;
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let limitNotice: string | undefined;

  const flush = () => {
    const ids = [...pending].sort();
    pending.clear();
    if (ids.length > 0) options.onChange(ids);
  };
  const report = async (absolute: string): Promise<void> => {
    const relative = path.relative(root, absolute);
    const parts = relative.split(path.sep);
    if (relative === '' || parts.some((part) => part.startsWith('.'))) return; // temp files, the trash
    if (path.basename(absolute).startsWith(TEMP_PREFIX)) return;
    if (await options.isOwnWrite(absolute)) return;
    if (stopped) return;
    pending.add(parts.join('/'));
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 150);
  };
  const tooMany = (what: string) => {
    limitNotice ??= `Changes made outside Roundtrip are watched in only part of ${root} (${what}); press Refresh to see the others.`;
  };

  // Watches `dir` alone; `depth` is its depth inside its collection (-1 for the root itself).
  const watchFolder = (dir: string, depth: number): boolean => {
    if (stopped || watchers.has(dir)) return false;
    if (watchers.size >= limits.maxFolders) {
      tooMany(`more than ${limits.maxFolders.toLocaleString('en')} folders`);
      return false;
    }
    try {
      const watcher = watch(dir, (_event, name) => {
        if (name === null) return;
        const absolute = path.join(dir, name.toString());
        void report(absolute).catch(() => undefined);
        // A folder made (or a collection cloned) outside is watched from now on; a folder of the
        // root that just became a collection is walked now.
        if (depth === 0 && name.toString() === COLLECTION_FILE) void descend(dir, depth);
        else void follow(absolute, depth + 1);
      });
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
      return true;
    } catch {
      return false;
    }
  };
  // Watches a folder that appeared, or one found at the start; goes inside the root's children only when they are collections.
  const follow = async (dir: string, depth: number): Promise<void> => {
    if (stopped || watchers.has(dir) || path.basename(dir).startsWith('.')) return;
    const stat = await fsp.stat(dir).catch(() => undefined);
    if (!stat?.isDirectory()) return;
    if (depth > limits.maxDepth) {
      tooMany(`folders nested deeper than ${limits.maxDepth} levels`);
      return;
    }
    if (!watchFolder(dir, depth)) return;
    if (depth > 0 || (await fsp.stat(path.join(dir, COLLECTION_FILE)).then((s) => s.isFile(), () => false))) await descend(dir, depth);
  };
  const descend = async (dir: string, depth: number): Promise<void> => {
    const dirents = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const dirent of dirents) if (dirent.isDirectory() && !dirent.name.startsWith('.')) await follow(path.join(dir, dirent.name), depth + 1);
  };

  const start = async (): Promise<void> => {
    if (watchFolder(root, -1)) await descend(root, -1);
  };
  const ready = start().catch(() => undefined);

  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
    notice: () => limitNotice,
    folders: () => watchers.size,
    ready,
  };
}
