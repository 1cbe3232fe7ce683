/** Removes temp files a killed writer left behind (a crash between open and rename); the real files are intact. */
import path from 'node:path';
import { nodeFs, TEMP_PREFIX, type StoreFs } from '../fs/atomic-write';

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
