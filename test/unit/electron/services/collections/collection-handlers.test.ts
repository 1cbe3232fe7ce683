import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import type { EventMap, EventName } from '../../../../../shared/ipc/events';

function sink() {
  const events: { name: EventName; payload: unknown }[] = [];
  let wake: () => void = () => undefined;
  return {
    events,
    next: () => new Promise<void>((resolve) => (wake = resolve)),
    emit<E extends EventName>(name: E, payload: EventMap[E]) {
      events.push({ name, payload });
      wake();
    },
  };
}

describe('collection-handlers', () => {
  it('keeps collections in <dataDir>/collections by default, and in a picked folder once chosen (remembered)', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-handlers-'));
    const handlers = createCollectionHandlers({ dataDir, events: sink() });
    expect((await handlers['collection:list']({})).root).toBe(path.join(dataDir, 'collections'));
    await handlers['collection:create']({ name: 'Default' });
    expect(existsSync(path.join(dataDir, 'collections', 'default', 'collection.json'))).toBe(true);

    const picked = mkdtempSync(path.join(tmpdir(), 'rt-picked-'));
    const switched = await handlers['collection:set-root']({ root: picked });
    expect(switched).toEqual({ root: picked, collections: [] });
    const later = createCollectionHandlers({ dataDir, events: sink() });
    expect((await later['collection:list']({})).root).toBe(picked);
    await expect(later['collection:set-root']({ root: 'relative/path' })).rejects.toThrow(/not an absolute folder path/);
  });

  it('tells the renderer about files changed outside the app', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-handlers-'));
    const events = sink();
    const handlers = createCollectionHandlers({ dataDir, events });
    const { id } = await handlers['collection:create']({ name: 'C' });
    await handlers['collection:list']({});
    const changed = events.next();
    writeFileSync(path.join(dataDir, 'collections', id, 'from-git.request.json'), '{}');
    await changed;
    expect(events.events).toContainEqual({ name: 'collection:changed', payload: { ids: [`${id}/from-git.request.json`] } });
  });
});
