import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { entryName, type CollectionEntry } from '../../../../../shared/collections/listing';
import { addRequestsByGroup } from '../../../../../electron/services/collections/add-requests';
import { readCollection } from '../../../../../electron/services/collections/read-tree';
import { writeTree } from '../../../../../electron/services/collections/write-tree';

const request = (name: string) => newSavedRequest({ name, method: 'GET', url: `{{baseUrl}}/${name}` });
const names = (entries: readonly CollectionEntry[]): unknown[] => entries.map((entry) => (entry.kind === 'folder' ? { [entryName(entry)]: names(entry.children) } : entryName(entry)));

describe('add-requests', () => {
  it("puts each request in its group's folder after what it held, and makes the folders that are missing last", async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'rt-add-'));
    // "Zebra" and "Apple" are in the user's order, not by name; the new ones must not reorder them.
    await writeTree(path.join(root, 'shop'), { collection: newCollection('Shop'), items: [{ kind: 'folder', folder: newFolder('items'), items: [{ kind: 'request', request: request('Zebra') }, { kind: 'request', request: request('Apple') }] }, { kind: 'request', request: request('Ping') }] });
    const listing = await readCollection(root, 'shop');

    const created = await addRequestsByGroup(root, listing, [
      { group: 'items', request: request('Apple') },
      { group: 'orders', request: request('List orders') },
      { group: 'orders', request: request('Get order') },
    ]);

    expect(created).toBe(3);
    const after = await readCollection(root, 'shop');
    expect(names(after.children)).toEqual([{ items: ['Zebra', 'Apple', 'Apple'] }, 'Ping', { orders: ['List orders', 'Get order'] }]);
    // A second request of the same name gets a file of its own.
    expect((await readdir(path.join(root, 'shop', 'items'))).filter((file) => file.startsWith('apple')).length).toBe(2);
    expect(after.children.every((entry) => entry.kind !== 'broken')).toBe(true);
  });
});
