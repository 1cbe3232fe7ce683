/** The documents opened lately (file paths and URLs), kept in the data folder for the start screen. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { RecentSpec } from '../../../shared/model/api-model';
import { writeFileAtomic } from '../fs/atomic-write';

const FILE_NAME = 'recent-specs.json';
const MAX_ENTRIES = 10;

interface RecentFileV1 {
  readonly version: 1;
  readonly items: readonly RecentSpec[];
}

function isRecent(value: unknown): value is RecentSpec {
  const item = value as Partial<RecentSpec> | null;
  return typeof item === 'object' && item !== null && (item.kind === 'file' || item.kind === 'url') && typeof item.location === 'string'
    && typeof item.title === 'string' && typeof item.openedAt === 'string';
}

/** Reads and records recent documents; a missing or damaged file reads as an empty list. */
export class RecentSpecs {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  /** The list, newest first. */
  async list(): Promise<RecentSpec[]> {
    try {
      const parsed = JSON.parse(await fsp.readFile(path.join(this.dataDir, FILE_NAME), 'utf8')) as Partial<RecentFileV1>;
      return parsed.version === 1 && Array.isArray(parsed.items) ? parsed.items.filter(isRecent).slice(0, MAX_ENTRIES) : [];
    } catch {
      return [];
    }
  }

  /** Puts a document at the top of the list; writes are queued so two loads never interleave. */
  record(entry: RecentSpec): Promise<void> {
    this.writing = this.writing.then(async () => {
      const items = [entry, ...(await this.list()).filter((item) => item.location !== entry.location)].slice(0, MAX_ENTRIES);
      const file: RecentFileV1 = { version: 1, items };
      await fsp.mkdir(this.dataDir, { recursive: true });
      const target = path.join(this.dataDir, FILE_NAME);
      await writeFileAtomic(target, JSON.stringify(file, null, 2));
    }).catch(() => undefined);
    return this.writing;
  }
}
