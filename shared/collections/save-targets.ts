/** Where a request can be saved: every collection and, under it, every folder, labelled by their path. */
import type { CollectionEntry, CollectionsOverview } from './listing';

export interface SaveTarget {
  /** The collection's or folder's id (its path under the collections folder). */
  readonly id: string;
  /** "Shop", "Shop / Orders". */
  readonly label: string;
}

function folderTargets(entries: readonly CollectionEntry[], path: string): SaveTarget[] {
  return entries.flatMap((entry) => (entry.kind === 'folder' ? [{ id: entry.id, label: `${path} / ${entry.folder.name}` }, ...folderTargets(entry.children, `${path} / ${entry.folder.name}`)] : []));
}

/** The collections (a broken collection.json is left out) and their folders, in listing order. */
export function saveTargets(overview: CollectionsOverview): SaveTarget[] {
  return overview.collections.flatMap((c) => (c.collection ? [{ id: c.id, label: c.collection.name }, ...folderTargets(c.children, c.collection.name)] : []));
}
