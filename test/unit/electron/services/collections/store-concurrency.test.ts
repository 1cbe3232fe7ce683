import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCollection, newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { parseSavedFile } from '../../../../../shared/collections/migrate';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';

const request = (name: string, url: string) => newSavedRequest({ name, method: 'GET', url });

describe('collection-store concurrency', () => {
  it('keeps every acknowledged save when a rename of the same request runs at the same time', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-race-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id } = await store.saveRequest({ parentId: c, request: request('One', 'http://127.0.0.1:1/old') });
    for (let round = 0; round < 30; round += 1) {
      const url = `http://127.0.0.1:1/saved-${round}`;
      // The rename starts first (it reads the file), the save lands while it runs.
      await Promise.all([store.rename(id, `Renamed ${round}`), store.saveRequest({ parentId: c, id, request: request('One', url) })]);
      const onDisk = parseSavedFile('request', readFileSync(path.join(root, id), 'utf8'));
      expect(onDisk.ok && onDisk.value.url, `round ${round}`).toBe(url);
    }
  });

  it('keeps a save of a request whose folder is moved at the same time, in one file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-race-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id: folder } = await store.createFolder(c, 'F');
    const { id: other } = await store.createFolder(c, 'G');
    const { id } = await store.saveRequest({ parentId: folder, request: request('One', 'http://127.0.0.1:1/old') });
    // The move came first: the save after it is refused (the edits stay in the app), never written to a half-moved place.
    const [moved, saved] = await Promise.allSettled([store.move(folder, other), store.saveRequest({ parentId: folder, id, request: request('One', 'http://127.0.0.1:1/new') })]);
    expect(moved).toMatchObject({ status: 'fulfilled', value: { id: 'c/g/f' } });
    expect(saved).toMatchObject({ status: 'rejected', reason: { code: 'not-found', message: expect.stringContaining('moved or deleted meanwhile') } });
    const listing = JSON.stringify((await store.list()).collections);
    expect(listing.match(/127\.0\.0\.1:1\/(old|new)/g)).toEqual(['127.0.0.1:1/old']);
    // Saved the other way round, the save lands first and moves with its folder.
    const [again] = await Promise.all([store.saveRequest({ parentId: 'c/g/f', id: 'c/g/f/one.request.json', request: request('One', 'http://127.0.0.1:1/new') }), store.move('c/g/f', c)]);
    expect(again.id).toBe('c/g/f/one.request.json');
    expect(JSON.stringify((await store.list()).collections).match(/127\.0\.0\.1:1\/(old|new)/g)).toEqual(['127.0.0.1:1/new']);
  });
});

describe('collection-store creations', () => {
  it('gives two collections of the same name created at once two folders', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-race-'));
    const store = createCollectionStore(root);
    const ids = await Promise.all([store.createCollection('Shop'), store.createCollection('Shop'), store.importTree({ collection: newCollection('Shop'), items: [] })]);
    expect(new Set(ids.map((created) => created.id)).size).toBe(3);
    expect((await store.list()).collections).toHaveLength(3);
  });
});
