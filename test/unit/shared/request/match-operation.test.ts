import { describe, expect, it } from 'vitest';
import { matchOperation } from '../../../../shared/request/match-operation';

const ops = [
  { key: 'GET /items', method: 'GET' as const, path: '/items' },
  { key: 'GET /items/{itemId}', method: 'GET' as const, path: '/items/{itemId}' },
  { key: 'GET /items/mine', method: 'GET' as const, path: '/items/mine' },
  { key: 'DELETE /items/{itemId}', method: 'DELETE' as const, path: '/items/{itemId}' },
  { key: 'POST hook', method: 'POST' as const, path: '/hook', webhook: true },
];

describe('match-operation', () => {
  it('matches the method and the path after the origin or a {{base}} variable', () => {
    expect(matchOperation('get', 'http://127.0.0.1:8000/items/42?x=1', ops)?.key).toBe('GET /items/{itemId}');
    expect(matchOperation('DELETE', '{{baseUrl}}/items/{{id}}', ops)?.key).toBe('DELETE /items/{itemId}');
    expect(matchOperation('GET', 'http://h/items/', ops)?.key).toBe('GET /items');
  });
  it('prefers the most literal template and strips a server path prefix', () => {
    expect(matchOperation('GET', 'http://h/items/mine', ops)?.key).toBe('GET /items/mine');
    expect(matchOperation('GET', 'http://h/v1/items', ops, ['/v1'])?.key).toBe('GET /items');
  });
  it('matches nothing for another method, an unknown path, a webhook or a relative text', () => {
    expect(matchOperation('PUT', 'http://h/items/1', ops)).toBeUndefined();
    expect(matchOperation('GET', 'http://h/other', ops)).toBeUndefined();
    expect(matchOperation('POST', 'http://h/hook', ops)).toBeUndefined();
    expect(matchOperation('GET', 'items', ops)).toBeUndefined();
  });
});
