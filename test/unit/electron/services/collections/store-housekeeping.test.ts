import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import type { CollectionEntry } from '../../../../../shared/collections/listing';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { emptyOldTrash, TRASH_KEEP_MS } from '../../../../../electron/services/collections/empty-trash';

const names = (entries: readonly CollectionEntry[]): string[] => entries.map((e) => (e.kind === 'request' ? e.request.name : e.kind === 'folder' ? `${e.folder.name}/[${names(e.children).join(',')}]` : `!${e.id}`));

describe('collection-store housekeeping', () => {
  it('duplicates a folder with its requests and sub-folders, leaving the original as it was', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-dup-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id: folder } = await store.createFolder(c, 'Items');
    const { id: inner } = await store.createFolder(folder, 'Inner');
    await store.saveRequest({ parentId: folder, request: newSavedRequest({ name: 'List', method: 'GET', url: 'http://h/items' }) });
    await store.saveRequest({ parentId: inner, request: newSavedRequest({ name: 'Deep', method: 'GET', url: 'http://h/deep' }) });
    writeFileSync(path.join(root, folder, 'broken.request.json'), '{ nope');
    const copy = await store.duplicate(folder);
    expect(copy.id).toBe('c/items-copy');
    const [listed] = (await store.list()).collections;
    expect(names(listed?.children ?? [])).toEqual(['Items/[Inner/[Deep],List,!c/items/broken.request.json]', 'Items copy/[Inner/[Deep],List,!c/items-copy/broken.request.json]']);
    await expect(store.duplicate(c)).rejects.toThrow(/cannot be duplicated/);
  });

  it('empties trash entries older than 30 days when the store first lists, keeping recent ones restorable', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-trash-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id } = await store.saveRequest({ parentId: c, request: newSavedRequest({ name: 'Recent', method: 'GET', url: 'http://h/' }) });
    const { trashId } = await store.remove(id);
    const old = path.join(root, '.trash', `${Date.now() - TRASH_KEEP_MS - 1000}-deadbeef`);
    mkdirSync(path.join(old, 'item'), { recursive: true });
    writeFileSync(path.join(old, 'entry.json'), '{"id":"c/old.request.json"}');
    expect(await emptyOldTrash(path.join(root, '.trash'))).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(path.join(root, '.trash'))).toEqual([trashId]);
    await store.restore(trashId);
    // Through the store: the first listing empties old slots.
    mkdirSync(old, { recursive: true });
    await createCollectionStore(root).list();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(old)).toBe(false);
  });
});
