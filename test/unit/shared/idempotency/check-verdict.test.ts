import { describe, it, expect } from 'vitest';
import { judgeIdempotency } from '../../../../shared/idempotency/check-verdict';
import { jsonDiff } from '../../../../shared/idempotency/json-diff';

const item = { id: 3, name: 'Cup', price: 4 };

describe('check-verdict', () => {
  it('passes a PUT whose state is identical after both sends', () => {
    const r = judgeIdempotency({
      method: 'PUT',
      target: '/items/3',
      plan: { noun: 'item', readUrl: 'x', readScope: 'resource' },
      first: { status: 200, json: item },
      second: { status: 200, json: item },
      stateAfterFirst: { status: 200, json: item },
      stateAfterSecond: { status: 200, json: { ...item, updatedAt: 'later' } },
    });
    expect(r.verdict).toBe('idempotent');
    expect(r.summary).toBe('PUT /items/3 is idempotent: state after 1st and 2nd send identical.');
    expect(r.details.join(' ')).toMatch(/bookkeeping fields changed .*\/updatedAt/);
  });

  it('passes a DELETE whose second answer is 404, and says why that is fine', () => {
    const r = judgeIdempotency({
      method: 'DELETE',
      target: '/items/3',
      plan: { noun: 'item', readUrl: 'x', readScope: 'resource' },
      first: { status: 204 },
      second: { status: 404 },
      stateAfterFirst: { status: 404 },
      stateAfterSecond: { status: 404 },
    });
    expect(r.verdict).toBe('idempotent');
    expect(r.details[0]).toMatch(/second DELETE answered 404: that is still idempotent/);
  });

  it('fails a keyed POST that created two resources, naming both ids, with the diff', () => {
    const before = [{ id: 1 }, { id: 7 }];
    const r = judgeIdempotency({
      method: 'POST',
      target: '/orders',
      plan: { noun: 'order', readUrl: 'x', readScope: 'collection', key: 'k' },
      first: { status: 201, json: { id: 7 } },
      second: { status: 201, json: { id: 8 } },
      stateAfterFirst: { status: 200, json: before },
      stateAfterSecond: { status: 200, json: [...before, { id: 8 }] },
    });
    expect(r.verdict).toBe('not-idempotent');
    expect(r.summary).toBe('POST /orders with the same Idempotency-Key created two orders: ids 7 and 8.');
    expect(r.diff).toEqual([{ path: '/[id=8]', kind: 'added', after: { id: 8 } }]);
  });

  it('passes a keyed POST that was replayed', () => {
    const state = [{ id: 7 }];
    const r = judgeIdempotency({
      method: 'POST',
      target: '/orders',
      plan: { noun: 'order', readUrl: 'x', readScope: 'collection', key: 'k' },
      first: { status: 201, json: { id: 7 } },
      second: { status: 201, json: { id: 7 }, replayed: true },
      stateAfterFirst: { status: 200, json: state },
      stateAfterSecond: { status: 200, json: state },
    });
    expect(r.verdict).toBe('idempotent');
    expect(r.summary).toBe('POST /orders is idempotent with the same Idempotency-Key: state after 1st and 2nd send identical.');
    expect(r.details.join(' ')).toMatch(/replayed the first answer/);
  });

  it('compares the answers when there is no GET, and is inconclusive when the first send failed', () => {
    const noRead = judgeIdempotency({ method: 'POST', target: '/t', plan: { noun: 't', key: 'k' }, first: { status: 201, json: { id: 1 } }, second: { status: 201, json: { id: 2 } } });
    expect(noRead.verdict).toBe('not-idempotent');
    expect(noRead.details[0]).toMatch(/no GET/);
    const failed = judgeIdempotency({ method: 'PUT', target: '/x', plan: { noun: 'x' }, first: { status: 422 }, second: { status: 422 } });
    expect(failed.verdict).toBe('inconclusive');
  });
});

describe('json-diff', () => {
  it('reports changed, added and removed fields by path, matching list elements by id', () => {
    expect(jsonDiff({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 }, d: true })).toEqual([
      { path: '/b/c', kind: 'changed', before: 2, after: 3 },
      { path: '/d', kind: 'added', after: true },
    ]);
    expect(jsonDiff([{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 1 }])).toEqual([]);
    expect(jsonDiff([1, 2], [1])).toEqual([{ path: '/1', kind: 'removed', before: 2 }]);
  });

  it('names the two ids a POST created when it reads back the created resource', () => {
    const report = judgeIdempotency({
      method: 'POST',
      target: '/holds',
      plan: { noun: 'hold', readUrl: 'x/{hold_id}', readScope: 'created', createdId: { parameter: 'hold_id' }, key: 'k' },
      first: { status: 201, json: { hold_id: 1 } },
      second: { status: 201, json: { hold_id: 2 } },
      stateAfterFirst: { status: 200, json: { hold_id: 1 } },
      stateAfterSecond: { status: 200, json: { hold_id: 1 } },
      createdIds: ['1', '2'],
    });
    expect(report.verdict).toBe('not-idempotent');
    expect(report.summary).toBe('POST /holds with the same Idempotency-Key created two holds: ids 1 and 2.');
  });
});
