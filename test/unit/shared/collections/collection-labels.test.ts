import { describe, expect, it } from 'vitest';
import { collectionLabels } from '../../../../shared/collections/collection-labels';

describe('collection-labels', () => {
  it('lists a name held by one collection as it is, and one held by two with each folder', () => {
    const labels = collectionLabels([{ id: 'shop', name: 'Shop' }, { id: 'notes', name: 'Notes' }, { id: 'shop-2', name: 'Shop' }, { id: 'broken' }]);
    expect([...labels.values()]).toEqual(['Shop (shop)', 'Notes', 'Shop (shop-2)', 'broken']);
  });
});
