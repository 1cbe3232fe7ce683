import { describe, expect, it } from 'vitest';
import type { ApiModel, OperationModel } from '../../../../shared/model/api-model';
import { diffOperations } from '../../../../shared/spec/diff-operations';

function op(key: string, extra: Partial<OperationModel> = {}): OperationModel {
  const [method, path] = key.split(' ');
  return { key, method, path, tags: [], group: 'g', deprecated: false, idempotency: 'idempotent', parameters: [], responses: [], servers: [], ...extra } as OperationModel;
}

function model(operations: OperationModel[], schemaDefs: ApiModel['schemaDefs'] = {}): ApiModel {
  return { specVersion: '3.0.3', title: 't', version: '1', servers: [], operations, schemaDefs };
}

describe('diff-operations', () => {
  it('names added, removed and changed operations', () => {
    const before = model([op('GET /a'), op('GET /b'), op('GET /c', { summary: 'old' })]);
    const after = model([op('GET /a'), op('GET /c', { summary: 'new' }), op('POST /d')]);
    expect(diffOperations(before, after)).toEqual({ added: ['POST /d'], removed: ['GET /b'], changed: ['GET /c'] });
  });

  it('counts a change in a schema an operation reaches through refs, even a recursive one', () => {
    const uses = op('GET /tree', { responses: [{ status: '200', description: 'ok', content: [{ mediaType: 'application/json', schema: { $ref: '#/s/Node' } }] }] });
    const before = model([uses, op('GET /x')], { '#/s/Node': { properties: { kids: { items: { $ref: '#/s/Node' } }, leaf: { $ref: '#/s/Leaf' } } }, '#/s/Leaf': { type: 'string' } });
    const after = model([uses, op('GET /x')], { '#/s/Node': { properties: { kids: { items: { $ref: '#/s/Node' } }, leaf: { $ref: '#/s/Leaf' } } }, '#/s/Leaf': { type: 'integer' } });
    expect(diffOperations(before, after)).toEqual({ added: [], removed: [], changed: ['GET /tree'] });
  });
});
