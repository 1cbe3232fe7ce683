/** Removes temp files and half-written imports a killed writer left behind; the real files are intact. */
import path from 'node:path';
import { nodeFs, TEMP_PREFIX, type StoreFs } from '../fs/atomic-write';
import { IMPORT_PREFIX } from './write-collection-atomically';

/** Old enough that no save can still be writing it. */
const STALE_MS = 60_000;

/** Deletes stale temp files under `dir`; returns how many. Never throws: a sweep is housekeeping. */
export async function sweepTempFiles(dir: string, fs: StoreFs = nodeFs, now = Date.now()): Promise<number> {
  let removed = 0;
  let dirents;
  try {
    dirents = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const dirent of dirents) {
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory() && !dirent.name.startsWith('.')) removed += await sweepTempFiles(full, fs, now);
    else if (dirent.isFile() && dirent.name.startsWith(TEMP_PREFIX)) {
      try {
        if (now - (await fs.stat(full)).mtimeMs > STALE_MS) {
          await fs.unlink(full);
          removed += 1;
        }
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  }
  return removed;
}

/** An import still being written is younger than this (the largest allowed takes well under a minute). */
const STALE_IMPORT_MS = 10 * 60_000;

/** Deletes the hidden folders of imports that never finished, directly in `root`; returns how many. Never throws. */
export async function sweepUnfinishedImports(root: string, fs: StoreFs = nodeFs, now = Date.now()): Promise<number> {
  const dirents = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const dirent of dirents) {
    if (!dirent.isDirectory() || !dirent.name.startsWith(IMPORT_PREFIX)) continue;
    const full = path.join(root, dirent.name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat === undefined || now - stat.mtimeMs <= STALE_IMPORT_MS) continue;
    await fs.rm(full, { recursive: true, force: true }).then(() => (removed += 1), () => undefined);
  }
  return removed;
}
