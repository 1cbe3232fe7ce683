import { mkdirSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest, type CollectionTree, type TreeItem } from '../../../../../shared/collections/collection-tree';
import { nodeFs, type StoreFs } from '../../../../../electron/services/fs/atomic-write';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { sweepUnfinishedImports } from '../../../../../electron/services/collections/sweep-temp-files';
import { writeCollectionAtomically } from '../../../../../electron/services/collections/write-collection-atomically';

const request = (i: number): TreeItem => ({ kind: 'request', request: newSavedRequest({ name: `r${i}`, method: 'GET', url: `http://127.0.0.1:1/${i}` }) });
const tree = (count: number): CollectionTree => ({ collection: newCollection('Shop'), items: [{ kind: 'folder', folder: newFolder('All'), items: Array.from({ length: count }, (_, i) => request(i)) }] });

/** A disk that fills up after `files` files were opened for writing. */
function fillsUpAfter(files: number): StoreFs {
  let opened = 0;
  return {
    ...nodeFs,
    open: (async (file: string, flags?: string, mode?: number) => {
      if (flags === 'w' && ++opened > files) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return nodeFs.open(file, flags, mode);
    }) as StoreFs['open'],
  };
}

describe('writeCollectionAtomically', () => {
  it('leaves nothing in the collections folder when an import fails half way', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-import-'));
    const store = createCollectionStore(root, fillsUpAfter(20));
    await expect(store.importTree(tree(50))).rejects.toMatchObject({ code: 'disk-full' });
    expect(readdirSync(root)).toEqual([]);
    expect((await createCollectionStore(root).list()).collections).toEqual([]);
  });

  it('moves a complete import into place, into an empty folder made for it, never over a full one', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'rt-import-'));
    const target = path.join(parent, 'shop');
    mkdirSync(target);
    await writeCollectionAtomically(target, tree(3));
    expect(readdirSync(target).sort()).toEqual(['all', 'collection.json']);
    await expect(writeCollectionAtomically(target, tree(3))).rejects.toMatchObject({ code: 'exists' });
    expect(readdirSync(parent)).toEqual(['shop']);
  });

  it('refuses a tree past the limits before writing anything', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'rt-import-'));
    await expect(writeCollectionAtomically(path.join(parent, 'huge'), tree(20_001))).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/^Not imported: "Shop" has 20,001 requests/) });
    expect(readdirSync(parent)).toEqual([]);
  });

  it('sweeps the hidden folder an interrupted import left, once it is old', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-import-'));
    const left = path.join(root, '.rt-import-shop-1234abcd');
    mkdirSync(path.join(left, 'all'), { recursive: true });
    expect(await sweepUnfinishedImports(root)).toBe(0);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(left, hourAgo, hourAgo);
    expect(await sweepUnfinishedImports(root)).toBe(1);
    expect(readdirSync(root)).toEqual([]);
  });
});
