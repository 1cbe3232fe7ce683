import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { watchCollections } from '../../../../../electron/services/collections/collection-watcher';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';

describe('collection-watcher', () => {
  it('reports a file changed outside the app and not the store own writes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-watch-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const batches: (readonly string[])[] = [];
    let notify: () => void = () => undefined;
    const changed = new Promise<void>((resolve) => (notify = resolve));
    const stop = watchCollections({ root, isOwnWrite: (p) => store.wroteRecently(p), debounceMs: 50, onChange: (ids) => (batches.push(ids), notify()) });
    try {
      await store.saveRequest({ parentId: c, request: newSavedRequest({ name: 'Mine', method: 'GET', url: 'http://x' }) });
      writeFileSync(path.join(root, c, 'pulled.request.json'), '{}');
      await changed;
      expect(batches.flat()).toContain('c/pulled.request.json');
      expect(batches.flat()).not.toContain('c/mine.request.json');
    } finally {
      stop();
    }
  });
});
