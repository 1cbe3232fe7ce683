/** A whole collection in memory, as imports produce it and exports read it (the store maps it to files). */
import type { CollectionFile, FolderFile, SavedRequest, Variable } from './format-v1';

export type TreeItem = { readonly kind: 'folder'; readonly folder: FolderFile; readonly items: readonly TreeItem[] } | { readonly kind: 'request'; readonly request: SavedRequest };

/** A named set of variables an import brought along (Insomnia sub-environments, Bruno environments). */
export interface ImportedEnvironment {
  readonly name: string;
  readonly variables: readonly Variable[];
}

export interface CollectionTree {
  readonly collection: CollectionFile;
  readonly items: readonly TreeItem[];
  /** Written as environments/<name>.json in the collection folder, where `roundtrip run --env NAME` finds them. */
  readonly environments?: readonly ImportedEnvironment[];
}

/** Every request of the tree in order, with the folder names above it. */
export function flattenRequests(items: readonly TreeItem[], parents: readonly string[] = []): { readonly path: readonly string[]; readonly request: SavedRequest }[] {
  return items.flatMap((item) => (item.kind === 'request' ? [{ path: parents, request: item.request }] : flattenRequests(item.items, [...parents, item.folder.name])));
}

/** A request file with the defaults filled in, for imports and "save current request". */
export function newSavedRequest(fields: Pick<SavedRequest, 'name' | 'method' | 'url'> & Partial<SavedRequest>): SavedRequest {
  return { headers: [], body: { mode: 'none' }, auth: { type: 'inherit' }, ...fields, format: 'roundtrip.request', version: 1 };
}

/** A folder file with the defaults filled in. */
export function newFolder(name: string, extra: Partial<FolderFile> = {}): FolderFile {
  return { ...extra, format: 'roundtrip.folder', version: 1, name };
}

/** A collection file with the defaults filled in. */
export function newCollection(name: string, extra: Partial<CollectionFile> = {}): CollectionFile {
  return { variables: [], ...extra, format: 'roundtrip.collection', version: 1, name };
}
