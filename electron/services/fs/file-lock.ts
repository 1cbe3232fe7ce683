/**
 * One writer at a time across processes for a small shared file (the OAuth token file that the app
 * and `roundtrip run` both update): a lock file beside it, created exclusively, held for a
 * read-modify-write of a few milliseconds. PathLocks orders tasks inside one process; this orders
 * processes, so an update read from the file is never overwritten by another's older copy.
 */
import { promises as fsp } from 'node:fs';
import { errorCode } from '../../../shared/values/error-code';

export interface FileLockOptions {
  /** Give up waiting after this long, and go on without the lock (see withFileLock). */
  readonly waitMs?: number;
  /** A lock older than this is left over from a process that died while holding it. */
  readonly staleMs?: number;
}

const RETRY_MS = 15;

/**
 * Runs `task` while holding `<file>.lock`. A lock that is not released within `waitMs` is taken over
 * when stale, else `task` runs anyway: a token update late or lost is better than a send that hangs.
 */
export async function withFileLock<T>(file: string, task: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const waitMs = options.waitMs ?? 3000;
  const staleMs = options.staleMs ?? 10_000;
  const started = Date.now();
  let held = false;
  for (;;) {
    const state = await tryCreate(lock);
    held = state === 'held';
    // A folder that cannot hold a lock file (missing, read-only) cannot hold the file either: the task says why.
    if (state !== 'busy') break;
    if (await isStale(lock, staleMs)) {
      await fsp.unlink(lock).catch(() => undefined);
      continue;
    }
    if (Date.now() - started >= waitMs) break;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  try {
    return await task();
  } finally {
    if (held) await fsp.unlink(lock).catch(() => undefined);
  }
}

async function tryCreate(lock: string): Promise<'held' | 'busy' | 'unavailable'> {
  try {
    const handle = await fsp.open(lock, 'wx', 0o600);
    await handle.close();
    return 'held';
  } catch (error) {
    return errorCode(error) === 'EEXIST' ? 'busy' : 'unavailable';
  }
}

async function isStale(lock: string, staleMs: number): Promise<boolean> {
  try {
    const stats = await fsp.stat(lock);
    return Date.now() - stats.mtimeMs > staleMs;
  } catch {
    // Released meanwhile: not stale, simply free; the next try takes it.
    return false;
  }
}
