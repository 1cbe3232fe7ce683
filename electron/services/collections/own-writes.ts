/**
 * Remembers what the store itself just wrote, so the watcher can tell its own writes from changes
 * made outside. A file is remembered with the size and modification time it had once written: an
 * editor or a `git merge` rewriting it a moment later changes those and counts as outside, however
 * soon it comes. Folders (a move, an import) are remembered by time alone.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

const WINDOW_MS = 2000;

interface Mark {
  readonly at: number;
  /** What the file looked like once written; absent while the write runs, or for a folder or a move. */
  readonly written?: { readonly size: number; readonly mtimeMs: number };
}

/** The store's recent writes. */
export class OwnWrites {
  private readonly paths = new Map<string, Mark>();
  private readonly trees = new Map<string, number>();

  /** Before a write, a move or a delete of `absolute`. */
  mark(absolute: string): void {
    this.paths.set(absolute, { at: Date.now() });
  }

  /** After a file write: its size and time from now on tell it apart from a later outside write. */
  async written(absolute: string): Promise<void> {
    const stat = await fsp.stat(absolute).catch(() => undefined);
    this.paths.set(absolute, stat ? { at: Date.now(), written: { size: stat.size, mtimeMs: stat.mtimeMs } } : { at: Date.now() });
  }

  /** A whole folder the store writes (an import, a duplicate): everything inside counts as its own. */
  markTree(dir: string): void {
    this.trees.set(dir, Date.now());
  }

  /** True when `absolute` is the store's own recent write, unchanged since. */
  async isOwn(absolute: string): Promise<boolean> {
    const now = Date.now();
    for (const [dir, when] of this.trees) if (now - when < WINDOW_MS && (absolute === dir || absolute.startsWith(`${dir}${path.sep}`))) return true;
    const mark = this.paths.get(absolute);
    if (mark === undefined || now - mark.at >= WINDOW_MS) return false;
    if (mark.written === undefined) return true;
    const stat = await fsp.stat(absolute).catch(() => undefined);
    // Gone again (moved or deleted by the store since) counts as the store's doing.
    return stat === undefined || (stat.size === mark.written.size && stat.mtimeMs === mark.written.mtimeMs);
  }
}
