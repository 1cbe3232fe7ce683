/** What every importer returns: the collection, or a message saying what is wrong with the input. */
import type { CollectionTree } from './collection-tree';

export type ImportOutcome = { readonly ok: true; readonly tree: CollectionTree; readonly warnings: readonly string[] } | { readonly ok: false; readonly message: string };
