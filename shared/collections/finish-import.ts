/** What every importer does last, whatever the format it read: keys and credentials put where they belong. */
import type { CollectionTree, TreeItem } from './collection-tree';
import { withCredentialVariablesSecret } from './credential-variables';
import { keyHeaderAsIdempotencyKey } from './key-header';

/** The imported tree with idempotency-key headers as request keys and credential variables secret. */
export function finishImport(tree: CollectionTree): CollectionTree {
  const items = (list: readonly TreeItem[]): TreeItem[] => list.map((item) => (item.kind === 'request' ? { ...item, request: keyHeaderAsIdempotencyKey(item.request) } : { ...item, items: items(item.items) }));
  return withCredentialVariablesSecret({ ...tree, items: items(tree.items) });
}
