import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { operationSignature } from '../../../../shared/collections/operation-signature';
import { driftText, hasDrift, specDrift } from '../../../../shared/collections/spec-drift';
import type { ApiModel, OperationModel } from '../../../../shared/model/api-model';

function op(method: OperationModel['method'], path: string, extra: Partial<OperationModel> = {}): OperationModel {
  return { key: `${method} ${path}`, method, path, tags: [], group: 'x', deprecated: false, idempotency: 'safe', parameters: [], responses: [], servers: [], ...extra };
}

describe('spec-drift', () => {
  const list = op('GET', '/books');
  const get = op('GET', '/books/{id}', { operationId: 'getBook' });
  const model = { operations: [list, get, op('POST', '/books'), op('POST', 'webhook:ping', { webhook: true })], schemaDefs: {} } as unknown as ApiModel;
  const linked = (name: string, operation: OperationModel, signature = operationSignature(operation, {})) => ({ id: `c/${name}.request.json`, request: newSavedRequest({ name, method: operation.method, url: '', operation: { key: operation.key, signature } }) });

  it('finds added, removed and changed operations, matching by key then operationId, leaving webhooks and free requests out', () => {
    const drift = specDrift(
      [
        linked('list', list, 'deadbeef'),
        { id: 'c/get.request.json', request: newSavedRequest({ name: 'get', method: 'GET', url: '', operation: { key: 'GET /books/{bookId}', operationId: 'getBook', signature: operationSignature(get, {}) } }) },
        linked('gone', op('DELETE', '/books/{id}')),
        { id: 'c/free.request.json', request: newSavedRequest({ name: 'free', method: 'GET', url: 'http://x' }) },
      ],
      model,
    );
    expect(drift.added.map((o) => o.key)).toEqual(['POST /books']);
    expect(drift.removed.map((r) => r.request.name)).toEqual(['gone']);
    expect(drift.changed.map((r) => [r.request.name, r.operation.key])).toEqual([['list', 'GET /books']]);
    expect([drift.unchanged, drift.unlinked]).toEqual([1, 1]);
    expect(hasDrift(drift)).toBe(true);
    expect(driftText('C', drift)).toContain('Changed in the spec: 1\n  ~ GET /books  (request "list", c/list.request.json)');
  });

  it('is in sync when every operation has its unchanged request', () => {
    const drift = specDrift([linked('list', list), linked('get', get), linked('add', op('POST', '/books'))], model);
    expect(hasDrift(drift)).toBe(false);
    expect(driftText('C', drift)).toBe('C: 3 requests up to date with the spec.\nIn sync.');
  });
});
