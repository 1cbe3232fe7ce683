import { describe, expect, it } from 'vitest';
import type { ApiModel, OperationModel } from '../../../../shared/model/api-model';
import { collectionPath, creatorOf, fillPath, itemPathOf, parameterPrefixes, pickIdentifier } from '../../../../shared/verify/resource-chain';

const op = (method: OperationModel['method'], path: string): OperationModel => ({ key: `${method} ${path}`, method, path, tags: [], group: '', deprecated: false, idempotency: 'safe', parameters: [], responses: [], servers: [] });
const model: Pick<ApiModel, 'operations'> = { operations: [op('POST', '/shops'), op('GET', '/shops/{shop_id}'), op('POST', '/shops/{shop_id}/items'), op('GET', '/shops/{shop_id}/items/{itemId}')] };

describe('resource-chain', () => {
  it('finds the collection and the creator of an item path', () => {
    expect(collectionPath('/shops/{shop_id}/items/{itemId}')).toBe('/shops/{shop_id}/items');
    expect(collectionPath('/health')).toBeUndefined();
    expect(creatorOf('/shops/{shop_id}/items/{itemId}', model)?.key).toBe('POST /shops/{shop_id}/items');
    expect(itemPathOf('/shops', model)).toBe('/shops/{shop_id}');
    expect(parameterPrefixes('/shops/{shop_id}/items/{itemId}')).toEqual(['/shops/{shop_id}', '/shops/{shop_id}/items/{itemId}']);
  });

  it('picks the id a creator answered: the parameter name in any spelling, then id, then Location', () => {
    expect(pickIdentifier({ item_id: 7, id: 1 }, 'itemId')).toBe('7');
    expect(pickIdentifier({ id: 'a1', name: 'x' }, 'item_id')).toBe('a1');
    expect(pickIdentifier({ name: 'x' }, 'item_id', 'http://h/items/42?x=1')).toBe('42');
    expect(pickIdentifier('text', 'item_id')).toBeUndefined();
  });

  it('fills path templates with encoded values', () => {
    expect(fillPath('/shops/{shop_id}/items/{itemId}', { shop_id: 'a b', itemId: '3' })).toBe('/shops/a%20b/items/3');
  });
});
