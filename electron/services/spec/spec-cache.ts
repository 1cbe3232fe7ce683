/**
 * Opening the same unchanged file again (from the recent list, or a second window) answers from
 * memory: the model's JSON text and its validation problems, stamped with the file's version
 * (fileVersionOf: inode, mtime and size). Only self-contained documents (no external `$ref`s:
 * another file could change unseen) whose validation finished are kept, and only a few, since a
 * GitHub-sized entry holds ~7 MB of text.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileVersionOf } from '../fs/file-version';
import type { JsonText } from '../../../shared/ipc/json-result';
import type { LoadedSpec, Problem, SpecOrigin } from '../../../shared/model/api-model';

const MAX_ENTRIES = 2;

export interface CachedSpec {
  readonly json: JsonText<LoadedSpec>;
  readonly origin: SpecOrigin;
  readonly title: string;
  readonly problems: readonly Problem[];
}

export interface CacheStamp {
  readonly key: string;
  /** inode:mtime:size of the file when it was about to be read. */
  readonly version: string;
}

interface Entry extends CachedSpec {
  readonly version: string;
}

/** A small most-recently-used cache of opened files. */
export class SpecCache {
  private readonly entries = new Map<string, Entry>();

  /** The file's stamp for these load options (taken before reading), or undefined when it cannot be stat'ed. */
  async stamp(file: string, options: { readonly maxBytes?: number; readonly allowRefHosts?: readonly string[] }): Promise<CacheStamp | undefined> {
    const absolute = path.resolve(file);
    try {
      const stats = await fsp.stat(absolute);
      if (!stats.isFile()) return undefined;
      // The options decide what may open (size cap, ref hosts): a different choice is a different entry.
      const key = JSON.stringify([absolute, options.maxBytes ?? null, [...(options.allowRefHosts ?? [])].sort()]);
      return { key, version: fileVersionOf(stats) };
    } catch {
      return undefined;
    }
  }

  /** The cached document for a stamp, if the file is unchanged since it was cached. */
  get(stamp: CacheStamp): CachedSpec | undefined {
    const entry = this.entries.get(stamp.key);
    if (entry === undefined || entry.version !== stamp.version) return undefined;
    // Most recently used last, so the oldest goes first.
    this.entries.delete(stamp.key);
    this.entries.set(stamp.key, entry);
    return entry;
  }

  /** Keeps a document under the stamp taken before it was read. */
  set(stamp: CacheStamp, spec: CachedSpec): void {
    this.entries.delete(stamp.key);
    this.entries.set(stamp.key, { ...spec, version: stamp.version });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
