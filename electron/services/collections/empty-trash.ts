/** Deleted entries wait in the trash for undo; after a while (30 days) they are removed for good. */
import path from 'node:path';
import { nodeFs, type StoreFs } from '../fs/atomic-write';

/** How long a deleted request or folder can still be restored. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Removes the trash slots of `trashDir` deleted more than `keepMs` ago (the slot name starts with
 * the time of the delete); returns how many. Never throws: emptying the trash is housekeeping.
 */
export async function emptyOldTrash(trashDir: string, fs: StoreFs = nodeFs, now = Date.now(), keepMs = TRASH_KEEP_MS): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(trashDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const deletedAt = Number(/^(\d+)-/.exec(name)?.[1]);
    if (!Number.isFinite(deletedAt) || now - deletedAt <= keepMs) continue;
    try {
      await fs.rm(path.join(trashDir, name), { recursive: true, force: true });
      removed += 1;
    } catch {
      // Left for the next start.
    }
  }
  return removed;
}
