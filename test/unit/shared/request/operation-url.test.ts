import { describe, expect, it } from 'vitest';
import type { OperationModel, ParameterModel } from '../../../../shared/model/api-model';
import { operationUrl, queryFromUrl, urlBeforeQuery } from '../../../../shared/request/operation-url';

function param(over: Partial<ParameterModel> & Pick<ParameterModel, 'name' | 'in'>): ParameterModel {
  return { required: false, deprecated: false, schema: { type: 'string' }, schemaType: 'string', ...over };
}

const op: OperationModel = {
  key: 'GET /items/{id}',
  method: 'GET',
  path: '/items/{id}',
  tags: [],
  group: 'items',
  deprecated: false,
  idempotency: 'safe',
  parameters: [param({ name: 'id', in: 'path', required: true }), param({ name: 'limit', in: 'query' }), param({ name: 'tag', in: 'query' })],
  responses: [],
  servers: [],
};

describe('operation-url', () => {
  it('builds the URL of the fields, keeping {{variables}} as typed and adding extra query values', () => {
    expect(operationUrl(op, '{{baseUrl}}', { 'path:id': '{{itemId}}', 'query:limit': '5' }, [{ in: 'query', name: 'trace', value: 'on' }])).toBe('{{baseUrl}}/items/{{itemId}}?limit=5&trace=on');
    expect(operationUrl(op, 'http://127.0.0.1:9', { 'path:id': 'a b' }, [])).toBe('http://127.0.0.1:9/items/a%20b');
  });

  it('shows the bare template while a path value is missing', () => {
    expect(operationUrl(op, 'http://127.0.0.1:9/', {}, [])).toBe('http://127.0.0.1:9/items/{id}');
  });

  it('reads a typed query back into the fields: declared names set or unset, the rest as extras', () => {
    const read = queryFromUrl(op, 'http://127.0.0.1:9/items/1?tag=a&tag=b&x=%7B%7Bv%7D%7D', { 'path:id': '1', 'query:limit': '5' }, [
      { in: 'header', name: 'X-Trace', value: '1' },
      { in: 'query', name: 'old', value: '1' },
    ]);
    expect(read.params).toEqual({ 'path:id': '1', 'query:limit': '', 'query:tag': 'a,b' });
    expect(read.extras).toEqual([
      { in: 'header', name: 'X-Trace', value: '1' },
      { in: 'query', name: 'x', value: '{{v}}' },
    ]);
  });

  it('cuts a URL before its query', () => {
    expect(urlBeforeQuery('{{baseUrl}}/items/1?limit=5#top')).toBe('{{baseUrl}}/items/1');
  });
});
