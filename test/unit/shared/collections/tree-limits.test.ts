import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest, type TreeItem } from '../../../../shared/collections/collection-tree';
import { treeLimitProblem } from '../../../../shared/collections/tree-limits';

const request = (i: number): TreeItem => ({ kind: 'request', request: newSavedRequest({ name: `r${i}`, method: 'GET', url: `http://127.0.0.1:1/${i}` }) });

describe('tree-limits', () => {
  it('lets a real-sized collection through', () => {
    const items: TreeItem[] = Array.from({ length: 40 }, (_, f) => ({ kind: 'folder', folder: newFolder(`f${f}`), items: Array.from({ length: 30 }, (_, i) => request(i)) }));
    expect(treeLimitProblem({ collection: newCollection('GitHub'), items })).toBeUndefined();
  });

  it('refuses absurd nesting, request and folder counts in one sentence each', () => {
    let deep: TreeItem = request(0);
    for (let level = 0; level < 2000; level += 1) deep = { kind: 'folder', folder: newFolder(`l${level}`), items: [deep] };
    expect(treeLimitProblem({ collection: newCollection('Deep'), items: [deep] })).toBe('"Deep" has folders nested 2,000 levels deep, deeper than 24 levels; flatten it in the source app and import again.');
    expect(treeLimitProblem({ collection: newCollection('Huge'), items: Array.from({ length: 21 }, (_, i) => request(i)) }, { maxRequests: 20, maxFolders: 5, maxDepth: 3 })).toMatch(/^"Huge" has 21 requests, more than the 20 one collection may hold; split it/);
    const folders: TreeItem[] = Array.from({ length: 6 }, (_, i) => ({ kind: 'folder', folder: newFolder(`f${i}`), items: [] }));
    expect(treeLimitProblem({ collection: newCollection('Wide'), items: folders }, { maxRequests: 20, maxFolders: 5, maxDepth: 3 })).toMatch(/has 6 folders, more than the 5/);
  });
});
