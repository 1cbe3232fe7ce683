/**
 * The collections folders opened lately (picked as the collections folder, or listed with
 * collections in them), most recent first, for the start screen, the drawer and the menu.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CollectionsOverview } from '../../../shared/collections/listing';
import type { RecentCollection, RecentCollections } from '../../../shared/collections/recent-collections';
import { RecentList } from '../fs/recent-list';

const FILE_NAME = 'recent-collections.json';
const MAX_ENTRIES = 10;

const recentCollection: z.ZodType<RecentCollection> = z.object({ root: z.string().refine((root) => path.isAbsolute(root), 'not an absolute path'), names: z.array(z.string()), usedAt: z.string() });

const namesOf = (overview: CollectionsOverview): string[] => overview.collections.map((c) => c.collection?.name ?? c.id);

/** Reads and records recent collections folders in `<dataDir>/recent-collections.json`. */
export class RecentCollectionFolders {
  private readonly recent: RecentList<RecentCollection>;

  constructor(dataDir: string) {
    this.recent = new RecentList({ file: path.join(dataDir, FILE_NAME), maxEntries: MAX_ENTRIES, item: recentCollection, keyOf: (item) => item.root, what: 'recent collections' });
  }

  /** The list, each entry checked on disk; `current` marks the folder in use. */
  async list(current: string | undefined): Promise<RecentCollections> {
    const { items, notice } = await this.recent.read();
    const checked = await Promise.all(items.map(async (item) => ({ ...item, missing: !(await isFolder(item.root)), current: item.root === current })));
    return notice === undefined ? { items: checked } : { items: checked, notice };
  }

  /**
   * Records a folder just listed. An explicit open always counts; a plain listing counts once the
   * folder holds a collection (an empty default folder is not something the user opened).
   * The file is rewritten only when something it shows changed.
   */
  record(overview: CollectionsOverview, explicit: boolean): Promise<void> {
    const names = namesOf(overview);
    if (!explicit && names.length === 0) return Promise.resolve();
    const entry: RecentCollection = { root: overview.root, names, usedAt: new Date().toISOString() };
    const same = (top: RecentCollection) => !explicit && top.root === entry.root && top.names.join('\n') === names.join('\n');
    // The list is a convenience: a read-only data folder must not fail the listing that triggered it.
    return this.recent.record(entry, same).catch(() => undefined);
  }

  /** Drops a folder from the list (the folder itself is untouched). */
  forget(root: string): Promise<void> {
    return this.recent.forget(root);
  }

  /** The folders alone, newest first (for the menu). */
  entries(): Promise<RecentCollection[]> {
    return this.recent.list();
  }
}

/** True when `root` is a folder that exists now. */
export async function isFolder(root: string): Promise<boolean> {
  try {
    return (await fsp.stat(root)).isDirectory();
  } catch {
    return false;
  }
}
