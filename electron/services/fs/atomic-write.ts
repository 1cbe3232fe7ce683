/**
 * Crash-safe file replacement: the new text goes to a temp file in the same folder, is fsynced,
 * then renamed over the old name (atomic on one file system), then the folder is fsynced so the
 * rename itself survives a power cut. A kill at any moment leaves the old file or the new one.
 * Every store that writes user data (collections, environments, history, settings) uses this.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** The fs calls the stores make, so tests can inject a full disk or a read-only folder. */
export interface StoreFs {
  readonly open: typeof fsp.open;
  readonly rename: typeof fsp.rename;
  readonly unlink: typeof fsp.unlink;
  readonly mkdir: typeof fsp.mkdir;
  readonly readFile: typeof fsp.readFile;
  readonly readdir: typeof fsp.readdir;
  readonly rm: typeof fsp.rm;
  readonly stat: typeof fsp.stat;
}

export const nodeFs: StoreFs = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  rm: fsp.rm,
  stat: fsp.stat,
};

/** Temp files start with this, so listings skip them and a later sweep can remove leftovers. */
export const TEMP_PREFIX = '.rt-tmp-';

let counter = 0;

/**
 * Replaces `file` with `text` atomically; on failure the old file is untouched and the temp removed.
 * `mode` applies to the new file: 0o600 for anything that must stay private to the user.
 */
export async function writeFileAtomic(file: string, text: string, fs: StoreFs = nodeFs, mode = 0o644): Promise<void> {
  const dir = path.dirname(file);
  counter += 1;
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(file)}.${process.pid}.${counter}`);
  try {
    const handle = await fs.open(temp, 'w', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir, fs);
}

/** Fsyncs a folder so a rename or new entry in it is durable; some platforms refuse, which is fine. */
export async function syncDir(dir: string, fs: StoreFs = nodeFs): Promise<void> {
  let handle: Awaited<ReturnType<StoreFs['open']>> | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
