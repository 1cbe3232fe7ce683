/** Copies a folder of a collection (its folder.json, requests and sub-folders) next to it as "<name> copy". */
import path from 'node:path';
import { newFolder } from '../../../shared/collections/collection-tree';
import { FOLDER_FILE } from '../../../shared/collections/file-names';
import { parseSavedFile } from '../../../shared/collections/migrate';
import { folderForDisk } from '../../../shared/collections/secrets';
import { stableStringify } from '../../../shared/collections/stable-json';
import { TEMP_PREFIX, writeFileAtomic, type StoreFs } from '../fs/atomic-write';

/**
 * Copies `source` to `target` file by file (each write atomic; a broken file is copied as it is,
 * never rewritten), then names the copy `name` in its folder.json.
 */
export async function duplicateFolder(source: string, target: string, name: string, fs: StoreFs): Promise<void> {
  await copyDir(source, target, fs);
  const file = path.join(target, FOLDER_FILE);
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  const parsed = text === undefined ? undefined : parseSavedFile('folder', text);
  // A broken folder.json stays as copied: the copy shows broken like the original.
  if (parsed !== undefined && !parsed.ok) return;
  await writeFileAtomic(file, stableStringify(folderForDisk({ ...(parsed?.value ?? newFolder(name)), name })), fs);
}

async function copyDir(source: string, target: string, fs: StoreFs): Promise<void> {
  await fs.mkdir(target, { recursive: true });
  for (const dirent of await fs.readdir(source, { withFileTypes: true })) {
    if (dirent.name.startsWith(TEMP_PREFIX)) continue;
    const from = path.join(source, dirent.name);
    const to = path.join(target, dirent.name);
    if (dirent.isDirectory()) await copyDir(from, to, fs);
    else if (dirent.isFile()) await writeFileAtomic(to, await fs.readFile(from, 'utf8'), fs);
  }
}
