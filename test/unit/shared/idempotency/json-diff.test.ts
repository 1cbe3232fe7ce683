import { describe, expect, it } from 'vitest';
import { jsonDiff } from '../../../../shared/idempotency/json-diff';

describe('json-diff', () => {
  it('finds no difference in one instant written two ways', () => {
    expect(jsonDiff({ id: 1, created_at: '2026-12-03T17:22:22.520900+00:00' }, { id: 1, created_at: '2026-12-03T17:22:22.520900Z' })).toEqual([]);
  });

  it('names a changed field by its pointer', () => {
    expect(jsonDiff({ id: 1, created_at: '2026-12-03T17:22:22Z', total: 3 }, { id: 1, created_at: '2026-12-03T17:22:23Z', total: 3 })).toEqual([
      { path: '/created_at', kind: 'changed', before: '2026-12-03T17:22:22Z', after: '2026-12-03T17:22:23Z' },
    ]);
  });
});
