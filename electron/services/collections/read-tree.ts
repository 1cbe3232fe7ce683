/** Reads a collection folder from disk: every file parsed and migrated, a broken one reported, never thrown. */
import path from 'node:path';
import { newFolder } from '../../../shared/collections/collection-tree';
import { COLLECTION_FILE, ENVIRONMENTS_DIR, FOLDER_FILE, REQUEST_SUFFIX } from '../../../shared/collections/file-names';
import { entryName, type CollectionEntry, type CollectionListing } from '../../../shared/collections/listing';
import { parseSavedFile, type FileKind, type ParsedValue } from '../../../shared/collections/migrate';
import { nodeFs, type StoreFs } from '../fs/atomic-write';
import { errorCode } from '../../../shared/values/error-code';

/** Reads one collection (a folder holding collection.json); `id` is its path relative to `root`. */
export async function readCollection(root: string, id: string, fs: StoreFs = nodeFs): Promise<CollectionListing> {
  const dir = path.join(root, id);
  const head = await readParsed('collection', path.join(dir, COLLECTION_FILE), fs);
  const children = await readChildren(root, id, head.ok ? head.value.order : undefined, fs, true);
  return head.ok ? { id, collection: head.value, children } : { id, broken: head.message, children };
}

/** True when `dir` holds a collection.json (readable or not). */
export async function isCollectionDir(dir: string, fs: StoreFs = nodeFs): Promise<boolean> {
  try {
    return (await fs.stat(path.join(dir, COLLECTION_FILE))).isFile();
  } catch {
    return false;
  }
}

async function readChildren(root: string, relDir: string, order: readonly string[] | undefined, fs: StoreFs, top = false): Promise<CollectionEntry[]> {
  const dir = path.join(root, relDir);
  const dirents = await fs.readdir(dir, { withFileTypes: true });
  const visible = dirents.filter((d) => !d.name.startsWith('.'));
  const entries: (CollectionEntry & { readonly fileName: string })[] = [];
  for (const dirent of visible) {
    const id = relDir === '' ? dirent.name : `${relDir}/${dirent.name}`;
    if (dirent.isDirectory()) {
      const head = await readParsed('folder', path.join(dir, dirent.name, FOLDER_FILE), fs);
      // The collection's environments folder (no folder.json) holds environments, not requests.
      if (top && dirent.name === ENVIRONMENTS_DIR && !head.ok && head.missing) continue;
      // A folder without folder.json (made by hand) is still shown, named after the folder.
      const folder = head.ok ? head.value : newFolder(dirent.name);
      if (!head.ok && !head.missing) entries.push({ kind: 'broken', id: `${id}/${FOLDER_FILE}`, fileKind: 'folder', message: head.message, fileName: dirent.name });
      entries.push({ kind: 'folder', id, folder, children: await readChildren(root, id, folder.order, fs), fileName: dirent.name });
    } else if (dirent.isFile() && dirent.name.endsWith(REQUEST_SUFFIX)) {
      const parsed = await readParsed('request', path.join(dir, dirent.name), fs);
      entries.push(parsed.ok ? { kind: 'request', id, request: parsed.value, fileName: dirent.name } : { kind: 'broken', id, fileKind: 'request', message: parsed.message, fileName: dirent.name });
    }
  }
  // The user's arrangement first; the rest by the name shown (a broken file by its file name).
  return entries
    .sort((a, b) => rank(a.fileName, order) - rank(b.fileName, order) || entryName(a).localeCompare(entryName(b)) || a.fileName.localeCompare(b.fileName))
    .map(({ fileName: _fileName, ...entry }) => entry);
}

function rank(name: string, order: readonly string[] | undefined): number {
  const index = order?.indexOf(name) ?? -1;
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly missing: boolean };

/** One saved file read, parsed and migrated; `missing` tells a file that is not there from a broken one. */
export async function readParsed<K extends FileKind>(kind: K, file: string, fs: StoreFs = nodeFs): Promise<Read<ParsedValue<K>>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, missing: code === 'ENOENT', message: `Could not read ${path.basename(file)} (${error instanceof Error ? error.message : String(error)}).` };
  }
  const parsed = parseSavedFile(kind, text);
  return parsed.ok ? { ok: true, value: parsed.value as ParsedValue<K> } : { ok: false, message: parsed.message, missing: false };
}
