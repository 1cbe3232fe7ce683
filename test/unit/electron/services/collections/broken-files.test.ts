import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { stableStringify } from '../../../../../shared/collections/stable-json';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';

const request = (name: string, url = `http://127.0.0.1:1/${name}`) => newSavedRequest({ name, method: 'GET', url });

/** What `git merge` leaves in a request file both sides changed. */
function conflicted(): string {
  const ours = stableStringify(request('Ours', 'http://127.0.0.1:1/ours'));
  const theirs = stableStringify(request('Theirs', 'http://127.0.0.1:1/theirs'));
  return `<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> feature\n`;
}

describe('broken request files', () => {
  it('lists a file with merge-conflict markers as broken, naming the markers and their line', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-broken-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    writeFileSync(path.join(root, c, 'merged.request.json'), conflicted());
    const [entry] = (await store.list()).collections[0]?.children ?? [];
    expect(entry).toMatchObject({ kind: 'broken', id: 'c/merged.request.json', message: expect.stringMatching(/merge-conflict markers.*line 1/) });
  });

  it('refuses to save over a file that does not parse, with the parser message and an offer to save a copy', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-broken-'));
    const store = createCollectionStore(root);
    const { id: c } = await store.createCollection('C');
    const file = path.join(root, c, 'merged.request.json');
    writeFileSync(file, conflicted());
    const refused = store.saveRequest({ parentId: c, id: 'c/merged.request.json', request: request('Mine') });
    await expect(refused).rejects.toMatchObject({ code: 'broken-file', message: expect.stringMatching(/merge-conflict markers.*Save as a copy/), details: { saveAsCopy: { parentId: 'c' } } });
    expect(readFileSync(file, 'utf8')).toBe(conflicted());
    // The copy the refusal offers lands next to it, and the broken file stays as it was.
    const copy = await store.saveRequest({ parentId: c, request: request('Mine') });
    expect(copy.id).toBe('c/mine.request.json');
    expect(readFileSync(file, 'utf8')).toBe(conflicted());
    writeFileSync(file, '{ "name": "half');
    await expect(store.saveRequest({ parentId: c, id: 'c/merged.request.json', request: request('Mine') })).rejects.toMatchObject({ code: 'broken-file', message: expect.stringContaining('Not valid JSON') });
  });
});

describe('outside changes right after a save', () => {
  it('reports a file rewritten outside the app just after the app saved it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-broken-data-'));
    const events: unknown[] = [];
    let wake = (): void => undefined;
    const handlers = createCollectionHandlers({ dataDir, events: { emit: (_name: string, payload: unknown) => (events.push(payload), wake()) } as never });
    const { id: c } = await handlers['collection:create']({ name: 'C' });
    await handlers['collection:list']({});
    const { id } = await handlers['collection:save']({ parentId: c, request: request('Mine') });
    const changed = new Promise<void>((resolve) => (wake = resolve));
    writeFileSync(path.join(dataDir, 'collections', id), conflicted());
    await changed;
    expect(events).toContainEqual({ ids: [id] });
  });
});
