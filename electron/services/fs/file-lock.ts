/**
 * One writer at a time across processes for a small shared file (the OAuth token file that the app
 * and `roundtrip run` both update): a lock file beside it, created exclusively, held for a
 * read-modify-write of a few milliseconds. PathLocks orders tasks inside one process; this orders
 * processes, so an update read from the file is never overwritten by another's older copy.
 *
 * The lock names its holder (process id and a random id): only the holder removes it, and a holder
 * that is slow (a stalled disk) keeps touching it, so it is taken over only when its process is gone
 * or it has not been touched for `staleMs`, and by one waiter at a time.
 */
import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { errorCode } from '../../../shared/values/error-code';
import { isRecord } from '../../../shared/values/is-record';
import { processRuns } from '../process-runs';
import { PathLocks } from './path-locks';

export interface FileLockOptions {
  /** Give up waiting after this long, and go on without the lock (see withFileLock). */
  readonly waitMs?: number;
  /** A lock not touched for this long is left over from a process that stopped while holding it. */
  readonly staleMs?: number;
}

const RETRY_MS = 15;

interface Holder {
  readonly pid: number;
  readonly id: string;
}

/**
 * Runs `task` while holding `<file>.lock`. A lock whose holder is gone is taken over; one still held
 * after `waitMs` is waited out no longer and `task` runs anyway: a token update late or lost is
 * better than a send that hangs.
 */
export function withFileLock<T>(file: string, task: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  // Callers in this process take turns in memory first; the lock file then orders processes only.
  return inProcess.run([file], () => holdingLockFile(file, task, options));
}

const inProcess = new PathLocks();

async function holdingLockFile<T>(file: string, task: () => Promise<T>, options: FileLockOptions): Promise<T> {
  const lock = `${file}.lock`;
  const staleMs = options.staleMs ?? 5000;
  const waitMs = options.waitMs ?? 2 * staleMs;
  const me: Holder = { pid: process.pid, id: randomUUID() };
  const started = Date.now();
  let held = false;
  for (;;) {
    const state = await tryCreate(lock, me);
    held = state === 'held';
    // A folder that cannot hold a lock file (missing, read-only) cannot hold the file either: the task says why.
    if (state !== 'busy') break;
    if (await takeOverIfStale(lock, staleMs, me)) continue;
    if (Date.now() - started >= waitMs) break;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  // Touched while held, so a slow holder is never mistaken for a dead one.
  const heartbeat = held ? setInterval(() => void touch(lock), Math.max(50, Math.floor(staleMs / 3))) : undefined;
  heartbeat?.unref();
  try {
    return await task();
  } finally {
    clearInterval(heartbeat);
    if (held) await releaseIfMine(lock, me);
  }
}

async function tryCreate(lock: string, me: Holder): Promise<'held' | 'busy' | 'unavailable'> {
  try {
    const handle = await fsp.open(lock, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(me));
    } finally {
      await handle.close();
    }
    return 'held';
  } catch (error) {
    return errorCode(error) === 'EEXIST' ? 'busy' : 'unavailable';
  }
}

/**
 * Removes a stale lock and says whether to try again at once. Waiters that saw the same stale lock
 * take turns through a guard file and look again under it, so none removes the lock that another
 * has just created in its place.
 */
async function takeOverIfStale(lock: string, staleMs: number, me: Holder): Promise<boolean> {
  const seen = await readLock(lock);
  if (seen === undefined) return true;
  if (!isStale(seen, staleMs)) return false;
  const guard = `${lock}.takeover`;
  if ((await tryCreate(guard, me)) !== 'held') {
    // Another waiter is taking it over. A guard left by a process that stopped in those milliseconds goes once stale.
    const other = await readLock(guard);
    if (other !== undefined && isStale(other, staleMs)) await fsp.unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    const now = await readLock(lock);
    if (now !== undefined && now.text === seen.text && isStale(now, staleMs)) await fsp.unlink(lock).catch(() => undefined);
  } finally {
    await fsp.unlink(guard).catch(() => undefined);
  }
  return true;
}

interface SeenLock {
  readonly text: string;
  readonly holder: Holder | undefined;
  readonly touchedMs: number;
}

async function readLock(lock: string): Promise<SeenLock | undefined> {
  try {
    const [text, stats] = await Promise.all([fsp.readFile(lock, 'utf8'), fsp.stat(lock)]);
    return { text, holder: parseHolder(text), touchedMs: stats.mtimeMs };
  } catch {
    return undefined;
  }
}

function isStale(seen: SeenLock, staleMs: number): boolean {
  if (Date.now() - seen.touchedMs > staleMs) return true;
  // Its holder's process has ended (killed before it could remove the lock).
  return seen.holder !== undefined && seen.holder.pid !== process.pid && !processRuns(seen.holder.pid);
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && typeof value.pid === 'number' && typeof value.id === 'string' ? { pid: value.pid, id: value.id } : undefined;
  } catch {
    return undefined;
  }
}

async function touch(lock: string): Promise<void> {
  const now = new Date();
  await fsp.utimes(lock, now, now).catch(() => undefined);
}

async function releaseIfMine(lock: string, me: Holder): Promise<void> {
  const seen = await readLock(lock);
  if (seen?.holder?.id === me.id) await fsp.unlink(lock).catch(() => undefined);
}
