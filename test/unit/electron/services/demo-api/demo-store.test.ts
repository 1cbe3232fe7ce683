import { describe, expect, it } from 'vitest';
import { DemoStore } from '../../../../../electron/services/demo-api/demo-store';

function store(): DemoStore {
  let n = 0;
  return new DemoStore({ seed: false, now: () => new Date('2025-01-02T03:04:05.000Z'), newId: () => `id-${++n}` });
}

describe('demo-store', () => {
  it('seeds two items unless told not to', () => {
    expect(new DemoStore().count()).toBe(2);
    expect(store().count()).toBe(0);
  });

  it('creates items with defaults for the optional fields', () => {
    expect(store().create({ name: 'A', price: 1 })).toEqual({
      id: 'id-1',
      name: 'A',
      price: 1,
      tags: [],
      status: 'draft',
      note: null,
      createdAt: '2025-01-02T03:04:05.000Z',
    });
  });

  it('replaces every client-owned field and keeps id and createdAt', () => {
    const s = store();
    s.create({ name: 'A', price: 1, tags: ['t'], note: 'n', category: { name: 'C' } });
    expect(s.replace('id-1', { name: 'B', price: 2 })).toEqual({
      id: 'id-1', name: 'B', price: 2, tags: [], status: 'draft', note: null, createdAt: '2025-01-02T03:04:05.000Z',
    });
    expect(s.replace('missing', { name: 'B', price: 2 })).toBeUndefined();
  });

  it('merges a patch: absent fields stay, null clears the note and removes the category', () => {
    const s = store();
    s.create({ name: 'A', price: 1, tags: ['t'], note: 'n', category: { name: 'C' } });
    expect(s.update('id-1', { price: 5 })).toMatchObject({ name: 'A', price: 5, tags: ['t'], note: 'n', category: { name: 'C' } });
    const cleared = s.update('id-1', { note: null, category: null });
    expect(cleared?.note).toBeNull();
    expect(cleared).not.toHaveProperty('category');
    expect(s.update('missing', {})).toBeUndefined();
  });

  it('filters by status and tag and applies the limit after filtering', () => {
    const s = store();
    s.create({ name: 'A', price: 1, tags: ['x'], status: 'active' });
    s.create({ name: 'B', price: 1, tags: ['y'], status: 'active' });
    s.create({ name: 'C', price: 1, tags: ['x'], status: 'archived' });
    expect(s.list({ limit: 20, status: 'active' }).map((i) => i.name)).toEqual(['A', 'B']);
    expect(s.list({ limit: 20, tag: 'x' }).map((i) => i.name)).toEqual(['A', 'C']);
    expect(s.list({ limit: 1, tag: 'x', status: 'archived' }).map((i) => i.name)).toEqual(['C']);
  });

  it('hands out copies, so callers cannot change stored items', () => {
    const s = store();
    const tags = ['t'];
    const created = s.create({ name: 'A', price: 1, tags });
    tags.push('sneaky');
    created.tags.push('changed');
    s.get('id-1')?.tags.push('changed');
    expect(s.get('id-1')?.tags).toEqual(['t']);
  });

  it('removes items and says whether there was one', () => {
    const s = store();
    s.create({ name: 'A', price: 1 });
    expect(s.remove('id-1')).toBe(true);
    expect(s.remove('id-1')).toBe(false);
    expect(s.count()).toBe(0);
  });
});
