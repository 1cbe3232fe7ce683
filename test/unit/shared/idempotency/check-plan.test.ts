import { describe, it, expect } from 'vitest';
import { planIdempotencyCheck, resourceNoun } from '../../../../shared/idempotency/check-plan';
import type { OperationModel } from '../../../../shared/model/api-model';

function op(method: OperationModel['method'], path: string): OperationModel {
  return { key: `${method} ${path}`, method, path, tags: [], group: 'g', deprecated: false, idempotency: 'idempotent', parameters: [], responses: [], servers: [] };
}

const model = { operations: [op('GET', '/orders'), op('POST', '/orders'), op('GET', '/items/{id}'), op('PUT', '/items/{id}'), op('PUT', '/notes/{id}'), op('GET', '/notes')] };
const key = [{ name: 'Idempotency-Key', value: 'k' }];

describe('check-plan', () => {
  it('reads a PUT back from the same path', () => {
    expect(planIdempotencyCheck(op('PUT', '/items/{id}'), model, { method: 'PUT', url: 'http://h/items/3?x=1', headers: [] })).toEqual({
      ok: true,
      plan: { noun: 'item', readUrl: 'http://h/items/3', readScope: 'resource' },
    });
  });

  it('falls back to the collection when the resource has no GET', () => {
    const r = planIdempotencyCheck(op('PUT', '/notes/{id}'), model, { method: 'PUT', url: 'http://h/notes/3', headers: [] });
    expect(r).toEqual({ ok: true, plan: { noun: 'note', readUrl: 'http://h/notes', readScope: 'collection' } });
  });

  it('checks a POST only when it carries a key, reading the collection', () => {
    const refused = planIdempotencyCheck(op('POST', '/orders'), model, { method: 'POST', url: 'http://h/orders', headers: [] });
    expect(refused.ok).toBe(false);
    expect(planIdempotencyCheck(op('POST', '/orders'), model, { method: 'POST', url: 'http://h/orders', headers: key })).toEqual({
      ok: true,
      plan: { noun: 'order', key: 'k', readUrl: 'http://h/orders', readScope: 'collection' },
    });
  });

  it('refuses a safe method', () => {
    expect(planIdempotencyCheck(op('GET', '/orders'), model, { method: 'GET', url: 'http://h/orders', headers: [] }).ok).toBe(false);
  });

  it('names the resource in the singular', () => {
    expect(['/orders', '/orders/{id}', '/categories', '/address'].map(resourceNoun)).toEqual(['order', 'order', 'category', 'address']);
  });

  it('reads back the resource a POST created when its collection has no GET', () => {
    const shop = { operations: [op('POST', '/holds'), op('GET', '/holds/{hold_id}')] };
    expect(planIdempotencyCheck(op('POST', '/holds'), shop, { method: 'POST', url: 'http://h/holds?x=1', headers: key })).toEqual({
      ok: true,
      plan: { noun: 'hold', key: 'k', readUrl: 'http://h/holds/{hold_id}', readScope: 'created', createdId: { parameter: 'hold_id' } },
    });
  });
});
