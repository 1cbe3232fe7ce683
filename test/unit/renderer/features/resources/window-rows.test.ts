import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../../../shared/model/api-model';
import { buildSearchIndex, flattenRows, groupOperations, WEBHOOK_GROUP } from '../../../../../renderer/features/resources/filter-operations';
import { rowOffsets, visibleRange, GROUP_ROW_HEIGHT, OP_ROW_HEIGHT } from '../../../../../renderer/features/resources/window-rows';

function op(i: number, extra: Partial<OperationModel> = {}): OperationModel {
  return {
    key: `GET /things/${i}`, method: 'GET', path: `/things/${i}`, summary: `Thing ${i}`, tags: [`tag${i % 3}`], group: `tag${i % 3}`,
    deprecated: false, idempotency: 'idempotent', parameters: [], responses: [], servers: [], ...extra,
  } as OperationModel;
}

describe('window-rows', () => {
  const operations = [...Array.from({ length: 1223 }, (_, i) => op(i)), op(9999, { key: 'POST webhook:ping', method: 'POST', path: '/ping', webhook: true })];

  it('groups by tag with webhooks last, and filters through the prebuilt index', () => {
    const index = buildSearchIndex(operations);
    const groups = groupOperations(operations, '', index);
    expect(groups.map((g) => g.name)).toEqual(['tag0', 'tag1', 'tag2', WEBHOOK_GROUP]);
    expect(groupOperations(operations, 'things/1222', index).flatMap((g) => g.operations.map((o) => o.path))).toEqual(['/things/1222']);
    // Every term must match somewhere: a tag and a path fragment together.
    const both = groupOperations(operations, 'TAG2 things/122', index).flatMap((g) => g.operations.map((o) => o.path));
    expect(both).toEqual(['/things/122', '/things/1220']);
    expect(groupOperations(operations, 'webhook', index).map((g) => g.name)).toEqual([WEBHOOK_GROUP]);
    expect(groupOperations(operations, 'ping', index).map((g) => g.name)).toEqual([WEBHOOK_GROUP]);
  });

  it('draws only the rows in view, plus a few', () => {
    const rows = flattenRows(groupOperations(operations, ''), (group) => group === 'tag1');
    const offsets = rowOffsets(rows);
    expect(offsets[1]).toBe(GROUP_ROW_HEIGHT);
    expect(offsets[2]).toBe(GROUP_ROW_HEIGHT + OP_ROW_HEIGHT);
    const top = visibleRange(offsets, 0, 600);
    expect(top.start).toBe(0);
    expect(top.end).toBeLessThan(30);
    const middle = visibleRange(offsets, 10_000, 600);
    expect(middle.end - middle.start).toBeLessThan(35);
    expect(offsets[middle.start + 8]).toBeLessThanOrEqual(10_000);
    const bottom = visibleRange(offsets, offsets[rows.length] ?? 0, 600);
    expect(bottom.end).toBe(rows.length);
  });
});
