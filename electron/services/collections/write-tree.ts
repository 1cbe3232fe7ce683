/** Writes a whole collection (an import) as files: one per request, one per folder, one for the collection. */
import path from 'node:path';
import type { CollectionTree, ImportedEnvironment, TreeItem } from '../../../shared/collections/collection-tree';
import { COLLECTION_FILE, ENVIRONMENTS_DIR, FOLDER_FILE, REQUEST_SUFFIX, slugify, uniqueName } from '../../../shared/collections/file-names';
import { collectionForDisk, folderForDisk, requestForDisk, withoutSecretValues } from '../../../shared/collections/secrets';
import { stableStringify } from '../../../shared/collections/stable-json';
import { nodeFs, writeFileAtomic, type StoreFs } from '../fs/atomic-write';

/** Writes `tree` into `dir` (created if needed); the order of items is kept in each folder's `order`. */
export async function writeTree(dir: string, tree: CollectionTree, fs: StoreFs = nodeFs): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const order = await writeItems(dir, tree.items, fs, [ENVIRONMENTS_DIR]);
  if (tree.environments && tree.environments.length > 0) await writeEnvironments(path.join(dir, ENVIRONMENTS_DIR), tree.environments, fs);
  await writeFileAtomic(path.join(dir, COLLECTION_FILE), stableStringify(collectionForDisk({ ...tree.collection, order })), fs);
}

/** One file per environment, its secret variables named without their values (as in collection files). */
async function writeEnvironments(dir: string, environments: readonly ImportedEnvironment[], fs: StoreFs): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const taken = new Set<string>();
  for (const environment of environments) {
    const name = uniqueName(slugify(environment.name), '.json', taken);
    taken.add(name.toLowerCase());
    await writeFileAtomic(path.join(dir, name), stableStringify({ format: 'roundtrip.environment', version: 1, name: environment.name, variables: withoutSecretValues(environment.variables) }), fs);
  }
}

/** Writes `items` into the existing folder `dir` beside what it holds; returns their file and folder names in order. */
export async function appendItems(dir: string, items: readonly TreeItem[], fs: StoreFs = nodeFs): Promise<string[]> {
  const present = await fs.readdir(dir);
  return writeItems(dir, items, fs, [ENVIRONMENTS_DIR, ...present.map((name) => name.toLowerCase())]);
}

async function writeItems(dir: string, items: readonly TreeItem[], fs: StoreFs, reserved: readonly string[] = []): Promise<string[]> {
  const taken = new Set<string>([COLLECTION_FILE, FOLDER_FILE, ...reserved]);
  const order: string[] = [];
  for (const item of items) {
    if (item.kind === 'request') {
      const name = uniqueName(slugify(item.request.name), REQUEST_SUFFIX, taken);
      taken.add(name.toLowerCase());
      order.push(name);
      await writeFileAtomic(path.join(dir, name), stableStringify(requestForDisk(item.request)), fs);
    } else {
      const name = uniqueName(slugify(item.folder.name), '', taken);
      taken.add(name.toLowerCase());
      order.push(name);
      const sub = path.join(dir, name);
      await fs.mkdir(sub, { recursive: true });
      const inner = await writeItems(sub, item.items, fs);
      await writeFileAtomic(path.join(sub, FOLDER_FILE), stableStringify(folderForDisk({ ...item.folder, order: inner })), fs);
    }
  }
  return order;
}
