/** What an import will create, told before anything is written (the in-app import's preview). */
import type { CollectionTree, TreeItem } from './collection-tree';
import type { ImportFormat } from './import-formats';

export interface ImportSummary {
  readonly format: ImportFormat;
  readonly name: string;
  /** Every folder, as "Parent / Child" paths, in tree order. */
  readonly folders: readonly string[];
  readonly requestCount: number;
  readonly environments: readonly string[];
  /** What does not come across (scripts, unsupported auth, cookies...), one sentence each. */
  readonly dropped: readonly string[];
}

/** The summary of `tree` as `format` produced it, with the importer's `dropped` list. */
export function summarizeImport(format: ImportFormat, tree: CollectionTree, dropped: readonly string[]): ImportSummary {
  const folders: string[] = [];
  let requestCount = 0;
  const walk = (items: readonly TreeItem[], parents: readonly string[]): void => {
    for (const item of items) {
      if (item.kind === 'request') requestCount += 1;
      else {
        folders.push([...parents, item.folder.name].join(' / '));
        walk(item.items, [...parents, item.folder.name]);
      }
    }
  };
  walk(tree.items, []);
  return { format, name: tree.collection.name, folders, requestCount, environments: (tree.environments ?? []).map((e) => e.name), dropped };
}
