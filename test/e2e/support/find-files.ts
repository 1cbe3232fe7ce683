/** Files the app wrote under a data folder: found by how their names end, or all of them read as text. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_PREFIX } from '../../../electron/services/fs/atomic-write';
import { IMPORT_PREFIX } from '../../../electron/services/collections/write-collection-atomically';

/** A file of the data folder and what it held when read. */
export interface ReadFile {
  /** The path relative to the folder read. */
  readonly name: string;
  readonly text: string;
}

// The app writes by temporary file (or folder) and rename, so an entry listed a moment ago can be
// gone when read, and a folder can go while it is being listed. The content then sits under a name
// the listing may have missed, so the whole folder is read again rather than the missing entry skipped.
const ATTEMPTS = 20;

async function again<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** True for a file the app is still writing (or a file inside a folder it is still writing): it is renamed away next. */
function isBeingWritten(file: string, dir: string): boolean {
  return path.relative(dir, file).split(path.sep).some((part) => part.startsWith(TEMP_PREFIX) || part.startsWith(IMPORT_PREFIX));
}

/** Every file under `dir` (any depth) whose name ends with `suffix`, none of them one still being written. */
export function findFiles(dir: string, suffix: string): Promise<string[]> {
  return again(async () => (await listFiles(dir)).filter((file) => file.endsWith(suffix) && !isBeingWritten(file, dir)));
}

/** Every file under `dir` (any depth) with its text, temporary ones included: to check that a secret is in none of them. */
export function readAllFiles(dir: string): Promise<ReadFile[]> {
  return again(async () => {
    const files = await listFiles(dir);
    return Promise.all(files.map(async (file) => ({ name: path.relative(dir, file), text: await readFile(file, 'utf8') })));
  });
}

/** Every file under `dir` (any depth), as one text: to check that a secret is in none of them. */
export async function allText(dir: string): Promise<string> {
  return (await readAllFiles(dir)).map((file) => file.text).join('\n');
}
