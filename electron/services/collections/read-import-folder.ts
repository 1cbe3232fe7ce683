/** Reads a tool's collection folder (Bruno's) as the list of file texts the pure importer takes. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { CollectionFileText } from '../../../shared/collections/bruno-import';
import { UserFacingError } from '../app-error';

/** Caps that keep a wrong pick (a home folder, a node_modules tree) from being read whole. */
export const FOLDER_LIMITS = { maxFiles: 5000, maxBytes: 50 * 1024 * 1024, maxDepth: 24 } as const;

const SKIPPED = new Set(['node_modules', '.git']);

/** The `.bru` files and bruno.json under `root` (symbolic links are not followed); throws a UserFacingError past the caps. */
export async function readImportFolder(root: string): Promise<CollectionFileText[]> {
  const files: CollectionFileText[] = [];
  let bytes = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > FOLDER_LIMITS.maxDepth) throw new UserFacingError('bad-input', `${root} nests folders more than ${FOLDER_LIMITS.maxDepth} deep; pick the collection's own folder (the one with bruno.json).`);
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) await walk(full, depth + 1);
      else if (entry.isFile() && (entry.name.endsWith('.bru') || (dir === root && entry.name === 'bruno.json'))) {
        const text = await fsp.readFile(full, 'utf8');
        bytes += Buffer.byteLength(text);
        files.push({ path: path.relative(root, full).split(path.sep).join('/'), text });
        if (files.length > FOLDER_LIMITS.maxFiles || bytes > FOLDER_LIMITS.maxBytes) {
          throw new UserFacingError('bad-input', `${root} holds more than ${FOLDER_LIMITS.maxFiles} request files or ${FOLDER_LIMITS.maxBytes / 1024 / 1024} MB of them; pick the collection's own folder (the one with bruno.json).`);
        }
      }
    }
  };
  await walk(root, 0);
  return files;
}
