import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest } from '../../../../shared/collections/collection-tree';
import { saveTargets } from '../../../../shared/collections/save-targets';

describe('save-targets', () => {
  it('lists each collection, then its folders by path, and leaves out a collection whose file is broken', () => {
    const targets = saveTargets({
      root: '/data/collections',
      collections: [
        {
          id: 'shop',
          collection: newCollection('Shop'),
          children: [
            { kind: 'request', id: 'shop/list.request.json', request: newSavedRequest({ name: 'List', method: 'GET', url: '/' }) },
            { kind: 'folder', id: 'shop/orders', folder: newFolder('Orders'), children: [{ kind: 'folder', id: 'shop/orders/paid', folder: newFolder('Paid'), children: [] }] },
          ],
        },
        { id: 'broken', children: [], broken: 'collection.json does not parse' },
      ],
    });
    expect(targets).toEqual([
      { id: 'shop', label: 'Shop' },
      { id: 'shop/orders', label: 'Shop / Orders' },
      { id: 'shop/orders/paid', label: 'Shop / Orders / Paid' },
    ]);
  });
});
