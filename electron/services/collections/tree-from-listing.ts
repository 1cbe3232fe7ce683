/** Turns a listing read from disk into an in-memory tree for export; broken files stop the export. */
import type { CollectionTree, TreeItem } from '../../../shared/collections/collection-tree';
import type { CollectionEntry, CollectionListing } from '../../../shared/collections/listing';
import { UserFacingError } from '../app-error';

/** The collection as a tree; throws a UserFacingError naming each broken file. */
export function treeFromListing(listing: CollectionListing, where: string): CollectionTree {
  const broken = collectBroken(listing.children);
  if (listing.collection === undefined) throw new UserFacingError('bad-collection', `${where} is not a readable collection: collection.json ${listing.broken ?? 'is missing'}. Fix the file and try again.`);
  if (broken.length > 0) throw new UserFacingError('broken-files', `${where} has ${broken.length} broken file${broken.length === 1 ? '' : 's'}: ${broken.map((b) => `${b.id} (${b.message})`).join('; ')}. Fix or remove them and try again.`);
  return { collection: listing.collection, items: toItems(listing.children) };
}

function toItems(entries: readonly CollectionEntry[]): TreeItem[] {
  return entries.flatMap((entry): TreeItem[] => {
    if (entry.kind === 'request') return [{ kind: 'request', request: entry.request }];
    if (entry.kind === 'folder') return [{ kind: 'folder', folder: entry.folder, items: toItems(entry.children) }];
    return [];
  });
}

function collectBroken(entries: readonly CollectionEntry[]): Extract<CollectionEntry, { kind: 'broken' }>[] {
  return entries.flatMap((entry) => (entry.kind === 'broken' ? [entry] : entry.kind === 'folder' ? collectBroken(entry.children) : []));
}
