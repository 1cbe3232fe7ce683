import { randomUUID } from 'node:crypto';
/** Exports a collection folder as Postman v2.1 JSON or as curl commands (one per request). */
import path from 'node:path';
import { flattenRequests, type CollectionTree, type TreeItem } from '../../../shared/collections/collection-tree';
import { toCurl } from '../../../shared/collections/curl-export';
import type { Auth } from '../../../shared/collections/format-v1';
import { toPostman } from '../../../shared/collections/postman-export';
import { treeForDisk } from '../../../shared/collections/secrets';
import { UserFacingError } from '../app-error';
import { resolveFolderArgument } from './collection-paths';
import { isCollectionDir, readCollection } from './read-tree';
import { treeFromListing } from './tree-from-listing';

export type ExportFormat = 'postman' | 'curl';

/** Reads the collection in `folder`; throws a UserFacingError when it is not one or has broken files. */
export async function readCollectionFolder(folder: string): Promise<CollectionTree> {
  return (await readCollectionAt(folder)).tree;
}

/** The same, with the collection's folder as a real absolute path. */
export async function readCollectionAt(folder: string): Promise<{ readonly tree: CollectionTree; readonly dir: string }> {
  const dir = await resolveFolderArgument(folder);
  if (!(await isCollectionDir(dir))) throw new UserFacingError('bad-input', `${folder} is not a collection folder (it has no collection.json). Give the folder that \`roundtrip import\` wrote.`);
  return { tree: treeFromListing(await readCollection(path.dirname(dir), path.basename(dir)), folder), dir };
}

/** The exported text for `tree` in `format`; `collectionDir` (the collection's folder) anchors a spec path relative to it. */
export function exportText(input: CollectionTree, format: ExportFormat, collectionDir?: string): string {
  // A file edited by hand may hold a credential in clear: an export never carries it on.
  const tree = treeForDisk(input);
  if (format === 'postman') return `${JSON.stringify(toPostman(collectionDir === undefined ? tree : withSpecPathFrom(tree, collectionDir)), null, 2)}\n`;
  const blocks = curlBlocks(tree.items, tree.collection.auth, tree.collection.variables, []);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The tree with a spec path relative to its collection folder made absolute: the export is imported
 * into another folder, from which the relative path would name nothing.
 */
function withSpecPathFrom(tree: CollectionTree, collectionDir: string): CollectionTree {
  const spec = tree.collection.spec;
  if (spec === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(spec.source) || path.isAbsolute(spec.source)) return tree;
  return { ...tree, collection: { ...tree.collection, spec: { ...spec, source: path.resolve(collectionDir, spec.source) } } };
}

function curlBlocks(items: readonly TreeItem[], inherited: Auth | undefined, variables: CollectionTree['collection']['variables'], folders: readonly string[]): string[] {
  return items.flatMap((item) => {
    if (item.kind === 'folder') {
      const auth = item.folder.auth && item.folder.auth.type !== 'inherit' ? item.folder.auth : inherited;
      // A folder's variables win over the collection's of the same name (the first of a name wins).
      return curlBlocks(item.items, auth, [...(item.folder.variables ?? []), ...variables], [...folders, item.folder.name]);
    }
    return [`# ${[...folders, item.request.name].join(' / ')}\n${toCurl(item.request, variables, inherited, randomUUID)}`];
  });
}

/** How many requests the tree holds (for the CLI's summary). */
export function requestCount(tree: CollectionTree): number {
  return flattenRequests(tree.items).length;
}
