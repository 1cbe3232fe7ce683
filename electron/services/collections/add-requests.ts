/**
 * Adds requests to a collection on disk, each into the top-level folder of its group (a tag, as
 * "New collection from spec" arranges them), made when missing. What the folders held keeps its
 * place; the new requests and folders come last.
 */
import path from 'node:path';
import { newFolder, type TreeItem } from '../../../shared/collections/collection-tree';
import { COLLECTION_FILE, FOLDER_FILE } from '../../../shared/collections/file-names';
import type { SavedRequest } from '../../../shared/collections/format-v1';
import type { CollectionEntry, CollectionListing } from '../../../shared/collections/listing';
import { collectionForDisk, folderForDisk } from '../../../shared/collections/secrets';
import { stableStringify } from '../../../shared/collections/stable-json';
import { nodeFs, writeFileAtomic, type StoreFs } from '../fs/atomic-write';
import { appendItems } from './write-tree';

export interface GroupedRequest {
  readonly group: string;
  readonly request: SavedRequest;
}

/** Writes `added` into the collection `listing` read from `root`; returns how many requests were written. */
export async function addRequestsByGroup(root: string, listing: CollectionListing, added: readonly GroupedRequest[], fs: StoreFs = nodeFs): Promise<number> {
  if (!listing.collection || added.length === 0) return 0;
  const byGroup = new Map<string, TreeItem[]>();
  for (const { group, request } of added) byGroup.set(group, [...(byGroup.get(group) ?? []), { kind: 'request', request }]);
  const newFolders: TreeItem[] = [];
  for (const [group, items] of byGroup) {
    const folder = listing.children.find((entry) => entry.kind === 'folder' && entry.folder.name === group);
    if (folder?.kind !== 'folder') {
      newFolders.push({ kind: 'folder', folder: newFolder(group), items });
      continue;
    }
    const dir = path.join(root, ...folder.id.split('/'));
    const names = await appendItems(dir, items, fs);
    await writeFileAtomic(path.join(dir, FOLDER_FILE), stableStringify(folderForDisk({ ...folder.folder, order: [...(folder.folder.order ?? fileNames(folder.children)), ...names] })), fs);
  }
  if (newFolders.length > 0) {
    const dir = path.join(root, ...listing.id.split('/'));
    const names = await appendItems(dir, newFolders, fs);
    await writeFileAtomic(path.join(dir, COLLECTION_FILE), stableStringify(collectionForDisk({ ...listing.collection, order: [...(listing.collection.order ?? fileNames(listing.children)), ...names] })), fs);
  }
  return added.length;
}

/** The file names of `entries` in the order they are shown, so a folder without an order keeps its look. */
function fileNames(entries: readonly CollectionEntry[]): string[] {
  return entries.filter((entry) => entry.kind !== 'broken').map((entry) => entry.id.slice(entry.id.lastIndexOf('/') + 1));
}
