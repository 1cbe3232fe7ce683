import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import type { CollectionEntry } from '../../../../../shared/collections/listing';
import { nodeFs, type StoreFs } from '../../../../../electron/services/fs/atomic-write';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { writeTree } from '../../../../../electron/services/collections/write-tree';
import { newCollection } from '../../../../../shared/collections/collection-tree';

const freshRoot = (): string => mkdtempSync(path.join(tmpdir(), 'rt-coll-'));
const request = (name: string) => newSavedRequest({ name, method: 'GET', url: `http://127.0.0.1:1/${name}` });
const names = (entries: readonly CollectionEntry[]): string[] => entries.map((e) => (e.kind === 'request' ? e.request.name : e.kind === 'folder' ? `${e.folder.name}/` : `!${e.id}`));

describe('collection-store', () => {
  it('creates collections, folders and requests as one file each, and lists them back', async () => {
    const root = freshRoot();
    const store = createCollectionStore(root);
    const { id: collectionId } = await store.createCollection('Demo API');
    const { id: folderId } = await store.createFolder(collectionId, 'Items');
    const saved = await store.saveRequest({ parentId: folderId, request: request('List items') });
    expect(saved.id).toBe('demo-api/items/list-items.request.json');
    await store.saveRequest({ parentId: collectionId, request: request('Health') });
    const overview = await store.list();
    const [demo] = overview.collections;
    expect(demo?.collection?.name).toBe('Demo API');
    // In the order they were made (a run follows it), not by name.
    expect(names(demo?.children ?? [])).toEqual(['Items/', 'Health']);
    expect(demo?.collection?.order).toEqual(['items', 'health.request.json']);
    const items = demo?.children[0];
    expect(items?.kind === 'folder' && names(items.children)).toEqual(['List items']);
    expect(readFileSync(path.join(root, saved.id), 'utf8')).toMatch(/^\{\n {2}"auth": \{/);
  });

  it('overwrites a saved request in place, renames, duplicates, deletes and restores', async () => {
    const root = freshRoot();
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id } = await store.saveRequest({ parentId: c, request: request('One') });
    await store.saveRequest({ parentId: c, id, request: { ...request('One'), url: 'http://changed' } });
    await store.rename(id, 'First');
    const copy = await store.duplicate(id);
    expect(copy.id).toBe('c/first-copy.request.json');
    let children = (await store.list()).collections[0]?.children ?? [];
    expect(names(children)).toEqual(['First', 'First copy']);
    const { trashId } = await store.remove(id);
    children = (await store.list()).collections[0]?.children ?? [];
    expect(names(children)).toEqual(['First copy']);
    await store.restore(trashId);
    children = (await store.list()).collections[0]?.children ?? [];
    expect(names(children)).toEqual(['First', 'First copy']);
    expect(children[0]?.kind === 'request' && children[0].request.url).toBe('http://changed');
  });

  it('lists a corrupt file as broken with the parser message and leaves it untouched', async () => {
    const root = freshRoot();
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    await store.saveRequest({ parentId: c, request: request('Good') });
    const brokenPath = path.join(root, c, 'bad.request.json');
    writeFileSync(brokenPath, '{ "name": "half');
    const children = (await store.list()).collections[0]?.children ?? [];
    // The saved request has its place in the order; a file written by hand follows.
    expect(children.map((e) => e.kind)).toEqual(['request', 'broken']);
    expect(children[1]?.kind === 'broken' && children[1].message).toMatch(/^Not valid JSON: /);
    await expect(store.rename('c/bad.request.json', 'x')).rejects.toThrow(/is broken .*left untouched/);
    expect(readFileSync(brokenPath, 'utf8')).toBe('{ "name": "half');
  });

  it('adds the variables a saved request needs to its collection, once', async () => {
    const root = freshRoot();
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id: folder } = await store.createFolder(c, 'F');
    const request = newSavedRequest({ name: 'A', method: 'GET', url: '{{baseUrl}}/a' });
    await store.saveRequest({ parentId: folder, request, addVariables: [{ key: 'baseUrl', value: 'http://one' }] });
    await store.saveRequest({ parentId: folder, request, addVariables: [{ key: 'baseUrl', value: 'http://two' }] });
    expect((await store.list()).collections[0]?.collection?.variables).toEqual([{ key: 'baseUrl', value: 'http://one' }]);
  });

  it('imports a whole tree into a new folder and exports it as Postman and curl', async () => {
    const root = freshRoot();
    const store = createCollectionStore(root);
    const tree = { collection: newCollection('Shop', { variables: [{ key: 'base', value: 'http://h' }] }), items: [{ kind: 'request' as const, request: request('Ping') }] };
    expect(await store.importTree(tree)).toEqual({ id: 'shop' });
    expect(await store.importTree(tree)).toEqual({ id: 'shop-2' });
    expect(await store.wroteRecently(path.join(root, 'shop', 'ping.request.json'))).toBe(true);
    const postman = await store.exportCollection('shop', 'postman');
    expect(postman.fileName).toBe('shop.postman_collection.json');
    expect(JSON.parse(postman.text)).toMatchObject({ info: { name: 'Shop' }, item: [{ name: 'Ping', request: { method: 'GET', url: 'http://127.0.0.1:1/Ping' } }] });
    expect((await store.exportCollection('shop', 'curl')).text).toBe('# Ping\ncurl -L http://127.0.0.1:1/Ping\n');
  });

  it('moves requests and folders between folders, never into themselves', async () => {
    const root = freshRoot();
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id: a } = await store.createFolder(c, 'A');
    const { id: b } = await store.createFolder(a, 'B');
    const { id: r } = await store.saveRequest({ parentId: c, request: request('R') });
    await store.saveRequest({ parentId: b, request: request('R') });
    expect(await store.move(r, b)).toEqual({ id: 'c/a/b/r-2.request.json' });
    await expect(store.move(a, b)).rejects.toThrow(/into itself/);
    expect(await store.move(b, c)).toEqual({ id: 'c/b' });
    const children = (await store.list()).collections[0]?.children ?? [];
    expect(names(children)).toEqual(['A/', 'B/']);
    const moved = children[1];
    expect(moved?.kind === 'folder' && names(moved.children)).toEqual(['R', 'R']);
  });

  it('refuses ids that leave the collections folder', async () => {
    const store = createCollectionStore(freshRoot());
    await expect(store.saveRequest({ parentId: '../outside', request: request('x') })).rejects.toThrow(/not inside the collections folder/);
    await expect(store.rename('.trash/x', 'y')).rejects.toThrow(/not inside the collections folder/);
  });

  it('never writes secret variable values', async () => {
    const root = freshRoot();
    await writeTree(path.join(root, 'imp'), { collection: newCollection('Imp', { variables: [{ key: 'token', value: 'hunter2', secret: true }] }), items: [{ kind: 'request', request: request('A') }] });
    const text = readFileSync(path.join(root, 'imp', 'collection.json'), 'utf8');
    expect(text).not.toContain('hunter2');
    const store = createCollectionStore(root);
    await store.rename('imp', 'Imported');
    expect(readFileSync(path.join(root, 'imp', 'collection.json'), 'utf8')).not.toContain('hunter2');
  });

  it('gives a clear error on a full disk, keeps the old file and leaves no temp file', async () => {
    const root = freshRoot();
    const healthy = createCollectionStore(root);
    const { id: c } = await healthy.createCollection('C');
    const { id } = await healthy.saveRequest({ parentId: c, request: request('Keep') });
    const before = readFileSync(path.join(root, id), 'utf8');
    const full = (code: string): StoreFs => ({
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        if (args[1] !== 'w') return handle;
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: () => Promise.reject(Object.assign(new Error(`${code}: injected`), { code })),
        });
      }) as typeof nodeFs.open,
    });
    for (const [code, message] of [
      ['ENOSPC', /the disk is full\. Your edits are kept in the app/],
      ['EROFS', /read-only file system\. Your edits are kept in the app/],
      ['EACCES', /permission denied\. Your edits are kept in the app/],
    ] as const) {
      const store = createCollectionStore(root, full(code));
      await expect(store.saveRequest({ parentId: c, id, request: { ...request('Keep'), url: 'http://lost' } })).rejects.toThrow(message);
    }
    expect(readFileSync(path.join(root, id), 'utf8')).toBe(before);
    expect(readdirSync(path.join(root, c)).sort()).toEqual(['collection.json', 'keep.request.json']);
  });
});
