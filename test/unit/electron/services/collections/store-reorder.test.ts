import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import type { CollectionEntry } from '../../../../../shared/collections/listing';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';

const names = (entries: readonly CollectionEntry[]): string[] => entries.map((e) => (e.kind === 'request' ? e.request.name : e.kind === 'folder' ? `${e.folder.name}/` : `!${e.id}`));
const request = (name: string) => newSavedRequest({ name, method: 'GET', url: `http://h/${name}` });

describe('collection-store reordering', () => {
  it('places an entry at a position within its folder and keeps the arrangement in folder.json', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-order-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const { id: f } = await store.createFolder(c, 'F');
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) ids.push((await store.saveRequest({ parentId: f, request: request(name) })).id);
    const folderChildren = async (): Promise<string[]> => {
      const [listed] = (await store.list()).collections;
      const folder = listed?.children.find((e) => e.kind === 'folder');
      return folder?.kind === 'folder' ? names(folder.children) : [];
    };
    expect(await folderChildren()).toEqual(['a', 'b', 'c']);
    await store.move(ids[2] ?? '', f, 0);
    expect(await folderChildren()).toEqual(['c', 'a', 'b']);
    await store.move(ids[2] ?? '', f, 1);
    expect(await folderChildren()).toEqual(['a', 'c', 'b']);
    expect(JSON.parse(readFileSync(path.join(root, f, 'folder.json'), 'utf8'))).toMatchObject({ name: 'F', order: ['a.request.json', 'c.request.json', 'b.request.json'] });
    // Into another parent at a position: the collection's order is written.
    await store.move(ids[1] ?? '', c, 0);
    const [listed] = (await store.list()).collections;
    expect(names(listed?.children ?? [])).toEqual(['b', 'F/']);
    // A position past the end means last.
    await store.move(ids[0] ?? '', f, 99);
    expect(await folderChildren()).toEqual(['c', 'a']);
  });
});
