/**
 * The store's changes, serialized per path (see PathLocks): an acknowledged save is never undone by a
 * rename or a move of the same request that ran at the same time, because the later one reads what
 * the earlier one wrote. The paths are worked out from the ids by name alone, before any await, so the
 * order of arrival is the order of writing; the store itself still checks real paths.
 */
import path from 'node:path';
import { PathLocks } from '../fs/path-locks';
import { resolveId } from './collection-paths';
import type { CollectionStore } from './collection-store';

/** `store` with its writing operations queued per path. */
export function serializeWrites(store: CollectionStore): CollectionStore {
  const locks = new PathLocks();
  const at = (id: string): string => resolveId(store.root, id);
  // Not a real path (hidden names are never ids): it overlaps only with itself, so creations queue among themselves alone.
  const newCollectionKey = path.join(store.root, '.new-collection');
  // A bad id rejects like any other failure, without taking a place in the queue.
  const now = <T>(paths: () => readonly string[], task: () => Promise<T>): Promise<T> => {
    let taken: readonly string[];
    try {
      taken = paths();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return locks.run(taken, task);
  };
  return {
    ...store,
    list: () => store.list(),
    // New collections pick a free folder name in the root: two at once must not pick the same one.
    createCollection: (name, spec) => now(() => [newCollectionKey], () => store.createCollection(name, spec)),
    createFolder: (parentId, name) => now(() => [at(parentId)], () => store.createFolder(parentId, name)),
    // A new request locks its folder (a file name is picked there); an overwrite locks its file and the collection.json it may add variables to.
    saveRequest: (input) => now(() => (input.id === undefined ? [at(input.parentId)] : [at(input.id), path.join(at(input.parentId.split('/')[0] ?? input.parentId), 'collection.json')]), () => store.saveRequest(input)),
    rename: (id, name) => now(() => [at(id)], () => store.rename(id, name)),
    duplicate: (id) => now(() => [at(id)], () => store.duplicate(id)),
    move: (id, parentId, index) => now(() => [at(id), at(parentId)], () => store.move(id, parentId, index)),
    remove: (id) => now(() => [at(id)], () => store.remove(id)),
    restore: (trashId) => store.restore(trashId),
    importTree: (tree) => now(() => [newCollectionKey], () => store.importTree(tree)),
    exportCollection: (id, format) => store.exportCollection(id, format),
    wroteRecently: (absolute) => store.wroteRecently(absolute),
  };
}
