/** What an import will create, told before anything is written (the in-app import's preview). */
import type { CollectionTree, ImportedEnvironment, TreeItem } from './collection-tree';
import type { ImportFormat } from './import-formats';

export interface ImportSummary {
  readonly format: ImportFormat;
  readonly name: string;
  /** Every folder, as "Parent / Child" paths, in tree order. */
  readonly folders: readonly string[];
  readonly requestCount: number;
  readonly environments: readonly string[];
  /**
   * Those environments themselves, so the preview checks them against the environment list's limits
   * as the import then does (the list lives in the renderer), and says which will not be added.
   */
  readonly environmentContents: readonly ImportedEnvironment[];
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
  return { format, name: tree.collection.name, folders, requestCount, environments: (tree.environments ?? []).map((e) => e.name), environmentContents: tree.environments ?? [], dropped };
}
