import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { watchCollections } from '../../../../../electron/services/collections/collection-watcher';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';

describe('collection-watcher', () => {
  it('reports a file changed outside the app and not the store own writes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-watch-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const batches: (readonly string[])[] = [];
    let notify: () => void = () => undefined;
    const changed = new Promise<void>((resolve) => (notify = resolve));
    const watching = watchCollections({ root, isOwnWrite: (p) => store.wroteRecently(p), debounceMs: 50, onChange: (ids) => (batches.push(ids), notify()) });
    await watching.ready;
    try {
      await store.saveRequest({ parentId: c, request: newSavedRequest({ name: 'Mine', method: 'GET', url: 'http://x' }) });
      writeFileSync(path.join(root, c, 'pulled.request.json'), '{}');
      await changed;
      expect(batches.flat()).toContain('c/pulled.request.json');
      expect(batches.flat()).not.toContain('c/mine.request.json');
    } finally {
      watching.stop();
    }
  });
});

describe('collection-watcher limits', () => {
  const mkdirs = (base: string, names: readonly string[]) => names.forEach((name) => mkdirSync(path.join(base, name), { recursive: true }));

  it('watches the root and its collections only, never walking other folders in the root', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-watch-'));
    mkdirs(root, Array.from({ length: 60 }, (_, i) => `big/${i}/inner`));
    const store = createCollectionStore(root);
    await store.createCollection('C');
    const watching = watchCollections({ root, isOwnWrite: () => false, onChange: () => undefined, limits: { maxFolders: 10, maxDepth: 3 } });
    await watching.ready;
    // The root, "big" (to notice it becoming a collection) and the collection "c".
    expect(watching.folders()).toBe(3);
    expect(watching.notice()).toBeUndefined();
    watching.stop();
  });

  it('stops at the folder count and the depth, and says so', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-watch-'));
    const store = createCollectionStore(root);
    const { id: wide } = await store.createCollection('Wide');
    mkdirs(path.join(root, wide), Array.from({ length: 20 }, (_, i) => `f${i}`));
    const wideWatch = watchCollections({ root, isOwnWrite: () => false, onChange: () => undefined, limits: { maxFolders: 10, maxDepth: 3 } });
    await wideWatch.ready;
    expect(wideWatch.folders()).toBe(10);
    expect(wideWatch.notice()).toMatch(/watched in only part of .*more than 10 folders.*Refresh/);
    wideWatch.stop();

    const deepRoot = mkdtempSync(path.join(tmpdir(), 'rt-watch-'));
    const { id: deep } = await createCollectionStore(deepRoot).createCollection('Deep');
    mkdirs(path.join(deepRoot, deep), ['a/b/c/d/e/f']);
    const deepWatch = watchCollections({ root: deepRoot, isOwnWrite: () => false, onChange: () => undefined, limits: { maxFolders: 100, maxDepth: 3 } });
    await deepWatch.ready;
    expect(deepWatch.notice()).toMatch(/nested deeper than 3 levels/);
    deepWatch.stop();
  });

  it('takes /usr as the collections folder without walking it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-watch-data-'));
    const handlers = createCollectionHandlers({ dataDir, events: { emit: () => undefined } });
    const overview = await handlers['collection:set-root']({ root: '/usr' });
    expect(overview).toMatchObject({ root: '/usr', collections: [] });
    const watching = watchCollections({ root: '/usr', isOwnWrite: () => false, onChange: () => undefined });
    await watching.ready;
    expect(watching.folders()).toBeLessThanOrEqual(1 + readdirSync('/usr').length);
    watching.stop();
  });
});
