/**
 * The one way an imported collection reaches disk (the import channel, `roundtrip import`, and
 * every importer): the tree is checked against the limits, written whole into a hidden folder beside
 * its destination, and renamed into place only once complete. A failed or interrupted import then
 * leaves nothing half-made where collections are listed; a leftover hidden folder is swept later.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { CollectionTree } from '../../../shared/collections/collection-tree';
import { treeLimitProblem } from '../../../shared/collections/tree-limits';
import { UserFacingError } from '../app-error';
import { nodeFs, syncDir, type StoreFs } from '../fs/atomic-write';
import { writeFailure } from './store-errors';
import { writeTree } from './write-tree';
import { errorCode } from '../../../shared/values/error-code';

/** Imports being written start with this (hidden, so listings and the watcher skip them). */
export const IMPORT_PREFIX = '.rt-import-';

/** Writes `tree` as the collection folder `target`, which must not exist or be an empty folder; all or nothing. */
export async function writeCollectionAtomically(target: string, tree: CollectionTree, fs: StoreFs = nodeFs): Promise<void> {
  const problem = treeLimitProblem(tree);
  if (problem !== undefined) throw new UserFacingError('too-large', `Not imported: ${problem}`);
  const parent = path.dirname(target);
  const temp = path.join(parent, `${IMPORT_PREFIX}${path.basename(target).slice(0, 60)}-${randomUUID().slice(0, 8)}`);
  try {
    await fs.mkdir(parent, { recursive: true });
    await writeTree(temp, tree, fs);
    // An empty folder given as the destination (made ahead for the import) gives way to the complete one.
    const existing = await fs.readdir(target).catch(() => undefined);
    if (existing !== undefined && existing.length > 0) throw Object.assign(new Error('not empty'), { code: 'ENOTEMPTY' });
    if (existing !== undefined) await fs.rm(target, { recursive: true });
    await fs.rename(temp, target);
    await syncDir(parent, fs);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof UserFacingError) throw error;
    const code = errorCode(error);
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR') {
      throw new UserFacingError('exists', `Not imported: ${target} appeared meanwhile and is not empty; nothing was written. Choose a new folder.`, { path: target });
    }
    throw writeFailure(error, target);
  }
}
