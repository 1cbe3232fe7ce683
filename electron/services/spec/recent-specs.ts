/** The documents opened lately (file paths and URLs), kept in the data folder for the start screen. */
import path from 'node:path';
import { z } from 'zod';
import type { RecentSpec } from '../../../shared/model/api-model';
import { RecentList } from '../fs/recent-list';

const FILE_NAME = 'recent-specs.json';
const MAX_ENTRIES = 10;

const recentSpec: z.ZodType<RecentSpec> = z.object({ kind: z.enum(['file', 'url']), location: z.string(), title: z.string(), openedAt: z.string() });

/** Reads and records recent documents; a missing or damaged file reads as an empty list. */
export class RecentSpecs {
  private readonly recent: RecentList<RecentSpec>;

  constructor(dataDir: string) {
    this.recent = new RecentList({ file: path.join(dataDir, FILE_NAME), maxEntries: MAX_ENTRIES, item: recentSpec, keyOf: (item) => item.location, what: 'recent specs' });
  }

  /** The list, newest first. */
  list(): Promise<RecentSpec[]> {
    return this.recent.list();
  }

  /** Puts a document at the top of the list; a failed write only costs the list entry. */
  record(entry: RecentSpec): Promise<void> {
    return this.recent.record(entry).catch(() => undefined);
  }
}
