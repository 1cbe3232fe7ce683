import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { missingFrom, type CollectionsOverview } from '../../../../shared/collections/listing';

const request = newSavedRequest({ name: 'Order', method: 'POST', url: '{{baseUrl}}/orders', headers: [] });
const overview: CollectionsOverview = {
  root: '/tmp/collections',
  collections: [
    {
      id: 'shop',
      children: [
        { kind: 'request', id: 'shop/order.request.json', request },
        { kind: 'folder', id: 'shop/tools', folder: { format: 'roundtrip.folder', version: 1, name: 'Tools' }, children: [{ kind: 'broken', id: 'shop/tools/odd.request.json', fileKind: 'request', message: 'Unexpected end of JSON input' }] },
      ],
    },
  ],
};

describe('listing', () => {
  it('tells which ids the listing no longer holds, at any depth, broken files and collections counting as there', () => {
    const ids = ['shop', 'shop/order.request.json', 'shop/tools', 'shop/tools/odd.request.json', 'shop/gone.request.json', 'depot', 'shop/tools/gone.request.json'];
    expect(missingFrom(overview, ids)).toEqual(['shop/gone.request.json', 'depot', 'shop/tools/gone.request.json']);
    expect(missingFrom(overview, [])).toEqual([]);
  });
});
