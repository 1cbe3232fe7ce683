/** What the store sends the renderer: each collection's tree as read from disk, broken files included. */
import type { FileKind } from './migrate';
import type { CollectionFile, FolderFile, SavedRequest } from './format-v1';

/** Ids are paths relative to the collections folder, with "/" separators. */
export type CollectionEntry =
  | { readonly kind: 'request'; readonly id: string; readonly request: SavedRequest }
  | { readonly kind: 'folder'; readonly id: string; readonly folder: FolderFile; readonly children: readonly CollectionEntry[] }
  /** A file that does not parse: shown with the parser's message, left untouched on disk. */
  | { readonly kind: 'broken'; readonly id: string; readonly fileKind: FileKind; readonly message: string };

export interface CollectionListing {
  readonly id: string;
  /** Absent when collection.json itself is broken; `broken` then says why. */
  readonly collection?: CollectionFile;
  readonly broken?: string;
  readonly children: readonly CollectionEntry[];
}

export interface CollectionsOverview {
  /** The folder the collections live in (the user's choice, or the default in the data folder). */
  readonly root: string;
  readonly collections: readonly CollectionListing[];
  /** Why changes made outside the app are not all picked up (a folder too large to watch whole). */
  readonly notice?: string;
}

/** The display name of an entry (a broken one shows its file name). */
export function entryName(entry: CollectionEntry): string {
  if (entry.kind === 'request') return entry.request.name;
  if (entry.kind === 'folder') return entry.folder.name;
  return entry.id.split('/').pop() ?? entry.id;
}

/** Finds an entry by id anywhere in the listing. */
export function findEntry(entries: readonly CollectionEntry[], id: string): CollectionEntry | undefined {
  for (const entry of entries) {
    if (entry.id === id) return entry;
    if (entry.kind === 'folder') {
      const inner = findEntry(entry.children, id);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Which of `ids` (requests, folders, collections) `overview` does not hold: gone, for all it can tell. */
export function missingFrom(overview: CollectionsOverview, ids: readonly string[]): string[] {
  const entries = overview.collections.flatMap((c) => c.children);
  return ids.filter((id) => !overview.collections.some((c) => c.id === id) && findEntry(entries, id) === undefined);
}
