/**
 * Where response bodies too large for memory wait until the user saves them: a folder owned by the
 * running process (<tmp>/roundtrip-bodies-<user>/<pid>), removed when the process exits. A folder
 * a crash left behind (its process gone) is removed at the next start, and one body goes as soon
 * as its response leaves history, so bodies never pile up across restarts.
 */
import { rmSync } from 'node:fs';
import { readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { processRuns } from '../process-runs';

const BODY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let exitHooked = false;

/** The folder of every running process's body folders (one per user, so others' are not touched). */
export function bodyFilesRoot(): string {
  let user: string;
  try {
    user = String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
  } catch {
    user = 'user';
  }
  return join(tmpdir(), `roundtrip-bodies-${user}`);
}

/** This process's body folder; it is removed when the process exits. */
export function bodyFileDir(): string {
  const dir = join(bodyFilesRoot(), String(process.pid));
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/** True when `id` is the shape of a body id read-body makes (never a path). */
export function isBodyId(id: string): boolean {
  return BODY_ID.test(id);
}

/** Deletes one body file (its response left history); unknown ids and missing files are ignored. */
export async function dropBodyFile(id: string): Promise<void> {
  if (isBodyId(id)) await unlink(join(bodyFileDir(), `${id}.body`)).catch(() => undefined);
}

/** At start: removes the folders of processes no longer running, and the shared folder older versions used. Returns how many. */
export async function sweepBodyFiles(): Promise<number> {
  let removed = 0;
  const legacy = join(tmpdir(), 'roundtrip-bodies');
  if (await rm(legacy, { recursive: true }).then(() => true, () => false)) removed += 1;
  const names = await readdir(bodyFilesRoot()).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || processRuns(pid)) continue;
    if (await rm(join(bodyFilesRoot(), name), { recursive: true, force: true }).then(() => true, () => false)) removed += 1;
  }
  return removed;
}
