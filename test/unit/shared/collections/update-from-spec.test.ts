import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { operationSignature } from '../../../../shared/collections/operation-signature';
import { updateFromSpec } from '../../../../shared/collections/update-from-spec';
import type { OperationModel, ParameterModel } from '../../../../shared/model/api-model';

const param = (name: string, where: ParameterModel['in'], required = false, example?: unknown): ParameterModel => ({ name, in: where, required, deprecated: false, schema: { type: 'string' }, schemaType: 'string', ...(example === undefined ? {} : { example }) });
const op = (path: string, parameters: ParameterModel[]): OperationModel => ({ key: `GET ${path}`, method: 'GET', path, tags: [], group: 'g', deprecated: false, idempotency: 'safe', parameters, responses: [], servers: [] });

describe('update-from-spec', () => {
  it('gives the same signature for the same shape and a different one when a parameter changes', () => {
    const before = op('/items/{id}', [param('id', 'path', true), param('limit', 'query')]);
    expect(operationSignature(before, {})).toBe(operationSignature(op('/items/{id}', [param('limit', 'query'), param('id', 'path', true)]), {}));
    expect(operationSignature(before, {})).not.toBe(operationSignature(op('/items/{id}', [param('id', 'path', true), param('limit', 'query', true)]), {}));
    expect(operationSignature(before, {})).toMatch(/^b[0-9a-f]{8}$/);
  });

  it('keeps the user values, adds newly required parameters with their example and drops removed ones', () => {
    const saved = newSavedRequest({ name: 'Get', method: 'GET', url: '{{baseUrl}}/items/42?limit=5&old=1', headers: [{ name: 'X-Mine', value: 'm' }], operation: { key: 'GET /items/{id}', signature: 'aaaaaaaa' } });
    const changed = op('/items/{id}', [param('id', 'path', true), param('limit', 'query'), param('tenant', 'query', true, 'acme'), param('X-Api-Version', 'header', true, '2')]);
    expect(updateFromSpec(saved, changed, {})).toEqual({
      ...saved,
      url: '{{baseUrl}}/items/42?limit=5&tenant=acme',
      headers: [{ name: 'X-Mine', value: 'm' }, { name: 'X-Api-Version', value: '2' }],
      operation: { key: 'GET /items/{id}', signature: operationSignature(changed, {}) },
    });
  });

  it('keeps {{variables}} in path and query values as written, with how a run fills an array', () => {
    const saved = newSavedRequest({ name: 'Get', method: 'GET', url: '{{baseUrl}}/items/{{itemId}}?q=a%20{{term}}&ids={{ids}}', headers: [], operation: { key: 'GET /items/{id}', signature: 'aaaaaaaa' } });
    const ids: ParameterModel = { ...param('ids', 'query'), schema: { type: 'array', items: { type: 'integer' } }, schemaType: 'array', explode: false };
    const changed = op('/items/{id}', [param('id', 'path', true), param('q', 'query'), ids, param('tenant', 'query')]);
    const updated = updateFromSpec(saved, changed, {});
    expect(updated.url).toBe('{{baseUrl}}/items/{{itemId}}?q=a%20{{term}}&ids={{ids}}');
    expect(updated.operation?.params).toEqual([{ in: 'query', name: 'ids', explode: false, array: true }]);
  });
});
