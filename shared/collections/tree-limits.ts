/**
 * What one collection may hold: generous for any real API (GitHub's description makes about
 * 1,100 requests in a few dozen folders), and far below what would take minutes to write or
 * reach the file system's path length limit. Checked before anything is written.
 */
import type { CollectionTree, TreeItem } from './collection-tree';

export const TREE_LIMITS = { maxRequests: 20_000, maxFolders: 5_000, maxDepth: 24 } as const;

export type TreeLimits = { readonly [K in keyof typeof TREE_LIMITS]: number };

/** Undefined when `tree` fits the limits, else one sentence saying what is too large. */
export function treeLimitProblem(tree: CollectionTree, limits: TreeLimits = TREE_LIMITS): string | undefined {
  let requests = 0;
  let folders = 0;
  let deepest = 0;
  // A walk with its own stack: a 2,000-level tree must not overflow the call stack here.
  const pending: { readonly items: readonly TreeItem[]; readonly depth: number }[] = [{ items: tree.items, depth: 0 }];
  while (pending.length > 0) {
    const { items, depth } = pending.pop() ?? { items: [], depth: 0 };
    deepest = Math.max(deepest, depth);
    for (const item of items) {
      if (item.kind === 'request') requests += 1;
      else {
        folders += 1;
        pending.push({ items: item.items, depth: depth + 1 });
      }
    }
  }
  const name = `"${tree.collection.name.slice(0, 80)}"`;
  if (deepest > limits.maxDepth) return `${name} has folders nested ${deepest.toLocaleString('en')} levels deep, deeper than ${limits.maxDepth} levels; flatten it in the source app and import again.`;
  if (requests > limits.maxRequests) return `${name} has ${requests.toLocaleString('en')} requests, more than the ${limits.maxRequests.toLocaleString('en')} one collection may hold; split it into several collections and import each.`;
  if (folders > limits.maxFolders) return `${name} has ${folders.toLocaleString('en')} folders, more than the ${limits.maxFolders.toLocaleString('en')} one collection may hold; split it into several collections and import each.`;
  return undefined;
}
