/**
 * A short most-recent-first list kept as one JSON file in the data folder (recent specs, recent
 * collections folders). Writes go through the one atomic write and are queued, so two records never
 * interleave. A damaged file is moved aside (never silently overwritten) and the list starts again.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readVersioned, type VersionedFormat } from '../../../shared/saved/versioned-file';
import { writeFileAtomic } from './atomic-write';
import { errorCode } from '../../../shared/values/error-code';

interface RecentFileV1<T> {
  readonly version: 1;
  readonly items: readonly T[];
}

// Entries are checked one by one against the list's own schema, so one bad entry does not cost the others.
const recentFile = (what: string): VersionedFormat<RecentFileV1<unknown>> => ({
  what: `The ${what} list`,
  version: 1,
  schema: z.object({ version: z.literal(1), items: z.array(z.unknown()) }),
});

export interface RecentListOptions<T> {
  /** The file's full path. */
  readonly file: string;
  readonly maxEntries: number;
  /** What one entry must look like; an entry that does not fit is left out, and the notice says so. */
  readonly item: z.ZodType<T>;
  /** Entries with the same key are the same place: recording one moves it to the top. */
  readonly keyOf: (item: T) => string;
  /** How the list is named in a message ("recent collections"). */
  readonly what: string;
}

export interface RecentRead<T> {
  readonly items: T[];
  /** Set once, when a damaged file was just moved aside: what happened and where the old file is. */
  readonly notice?: string;
}

const listeners = new Set<() => void>();
// Per file, kept until the next read(): whichever reader found the damage (a record, the desktop
// menu), the message reaches the screen that shows the list.
const pendingNotices = new Map<string, string>();

/** Hears every change of any recent list in this process (the desktop menu's Open Recent rebuilds). */
export function onRecentListsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One recent list over one file. */
export class RecentList<T> {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: RecentListOptions<T>) {}

  /** The list, newest first (a missing file is an empty list), with the damage notice if there is one to give. */
  async read(): Promise<RecentRead<T>> {
    const items = await this.list();
    const notice = pendingNotices.get(this.options.file);
    pendingNotices.delete(this.options.file);
    return notice === undefined ? { items } : { items, notice };
  }

  /** The entries alone, newest first. */
  async list(): Promise<T[]> {
    return (await this.load()).items;
  }

  // `readable` is false when the file exists but could not be read now (EACCES, EMFILE, EIO): shown as
  // empty, but never written over, since its entries may well be fine.
  private async load(): Promise<{ readonly items: T[]; readonly readable: boolean }> {
    const { file, maxEntries, item, what } = this.options;
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (error) {
      // Missing, or a folder on its path missing: no list yet.
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { items: [], readable: true };
      pendingNotices.set(file, `The ${what} list (${file}) could not be read just now (${(error as Error).message}); it is left as it is. Check the data folder's permissions.`);
      return { items: [], readable: false };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined; // Not JSON: handled below like a file of the wrong shape.
    }
    const read = readVersioned(raw, recentFile(what));
    if (read.ok) {
      const items = read.value.items.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      });
      const left = read.value.items.length - items.length;
      if (left > 0) pendingNotices.set(file, `${left} entr${left === 1 ? 'y' : 'ies'} of the ${what} list could not be read and ${left === 1 ? 'is' : 'are'} left out.`);
      return { items: items.slice(0, maxEntries), readable: true };
    }
    if (read.newer === true) {
      // Written by a later Roundtrip: shown as empty here, never moved or written over.
      pendingNotices.set(file, `${read.message} (${file})`);
      return { items: [], readable: false };
    }
    const aside = `${file}.damaged`;
    try {
      await fsp.rename(file, aside);
      pendingNotices.set(file, `The ${what} list could not be read, so it starts again empty. The old file is kept as ${aside}; nothing else was touched.`);
    } catch {
      pendingNotices.set(file, `The ${what} list (${file}) could not be read and is ignored. Delete that file to start a new list.`);
    }
    return { items: [], readable: true };
  }

  /** Puts an entry at the top (replacing the one with its key); `same` skips the write when the top entry already matches. */
  record(entry: T, same?: (top: T) => boolean): Promise<void> {
    return this.update((items) => {
      const top = items[0];
      if (top !== undefined && same?.(top) === true) return undefined;
      const key = this.options.keyOf(entry);
      return [entry, ...items.filter((item) => this.options.keyOf(item) !== key)];
    });
  }

  /** Drops the entry with this key. */
  forget(key: string): Promise<void> {
    return this.update((items) => (items.some((item) => this.options.keyOf(item) === key) ? items.filter((item) => this.options.keyOf(item) !== key) : undefined));
  }

  // `change` returns the new items, or undefined for "nothing to write".
  private update(change: (items: T[]) => T[] | undefined): Promise<void> {
    const next = this.writing.then(async () => {
      const current = await this.load();
      if (!current.readable) return;
      const items = change(current.items);
      if (items === undefined) return;
      const file: RecentFileV1<T> = { version: 1, items: items.slice(0, this.options.maxEntries) };
      await fsp.mkdir(path.dirname(this.options.file), { recursive: true });
      await writeFileAtomic(this.options.file, JSON.stringify(file, null, 2));
      listeners.forEach((listener) => listener());
    });
    // A failed write (read-only data folder) must not block the writes queued after it.
    this.writing = next.catch(() => undefined);
    return next;
  }
}
