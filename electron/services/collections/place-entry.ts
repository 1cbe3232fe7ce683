/** Reordering: writes the `order` of a collection or folder so that one entry sits at a given position. */
import path from 'node:path';
import { newFolder } from '../../../shared/collections/collection-tree';
import { COLLECTION_FILE, FOLDER_FILE } from '../../../shared/collections/file-names';
import { findEntry } from '../../../shared/collections/listing';
import { parseSavedFile } from '../../../shared/collections/migrate';
import { collectionForDisk, folderForDisk } from '../../../shared/collections/secrets';
import { UserFacingError } from '../app-error';
import type { StoreFs } from '../fs/atomic-write';
import { readCollection } from './read-tree';

/** Where the parent's order goes and what to write there. */
export interface OrderWrite {
  readonly file: string;
  readonly value: unknown;
}

/**
 * The write that puts `id` at `index` among the children of `parentId` (as the tree shows them,
 * the saved arrangement first, then by name); the other entries keep their relative order.
 */
export async function placeEntry(root: string, id: string, parentId: string, index: number, fs: StoreFs): Promise<OrderWrite> {
  const collectionId = parentId.split('/')[0] ?? parentId;
  const listing = await readCollection(root, collectionId, fs);
  const parent = parentId === collectionId ? listing : findEntry(listing.children, parentId);
  if (parent === undefined || !('children' in parent)) throw new UserFacingError('bad-move', `${parentId} is not a folder. Refresh the collections list and try again.`);
  const own = path.posix.basename(id);
  const names = parent.children.map((entry) => path.posix.basename(entry.id)).filter((name) => name !== own);
  names.splice(Math.max(0, Math.min(index, names.length)), 0, own);
  const dir = path.join(root, ...parentId.split('/'));
  if (parentId === collectionId) {
    if (!listing.collection) throw new UserFacingError('broken-file', `${path.join(dir, COLLECTION_FILE)} is broken (${listing.broken ?? 'unreadable'}); fix it before reordering.`);
    return { file: path.join(dir, COLLECTION_FILE), value: collectionForDisk({ ...listing.collection, order: names }) };
  }
  const file = path.join(dir, FOLDER_FILE);
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  const parsed = text === undefined ? undefined : parseSavedFile('folder', text);
  if (parsed !== undefined && !parsed.ok) throw new UserFacingError('broken-file', `${file} is broken (${parsed.message}); fix it before reordering.`);
  return { file, value: folderForDisk({ ...(parsed?.value ?? newFolder(path.basename(dir))), order: names }) };
}
