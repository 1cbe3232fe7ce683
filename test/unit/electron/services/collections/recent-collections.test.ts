import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import { recentCollectionLabel } from '../../../../../shared/collections/recent-collections';

const sink = { emit: () => undefined };
const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

describe('recent-collections', () => {
  it('remembers folders opened or listed with collections, newest first, across starts', async () => {
    const dataDir = temp('rt-recent-col-');
    const handlers = createCollectionHandlers({ dataDir, events: sink });
    // The empty default folder, only looked at, is not something the user opened.
    await handlers['collection:list']({});
    expect((await handlers['collection:recent']({})).items).toEqual([]);
    await handlers['collection:create']({ name: 'Payments' });
    await handlers['collection:list']({});

    const picked = temp('rt-recent-picked-');
    await handlers['collection:set-root']({ root: picked });
    const later = createCollectionHandlers({ dataDir, events: sink });
    const { items } = await later['collection:recent']({});
    expect(items.map((item) => [item.root, item.names, item.missing, item.current])).toEqual([
      [picked, [], false, true],
      [path.join(dataDir, 'collections'), ['Payments'], false, false],
    ]);
    expect(items.map(recentCollectionLabel)).toEqual([path.basename(picked), 'Payments']);
    expect(recentCollectionLabel({ root: '/x', names: ['A', 'B', 'C', 'D', 'E'], usedAt: '' })).toBe('A, B, C and 2 more');
  });

  it('shows a moved folder as missing, refuses to reopen it empty, and forgets it on request', async () => {
    const dataDir = temp('rt-recent-col-');
    const handlers = createCollectionHandlers({ dataDir, events: sink });
    const first = temp('rt-recent-first-');
    const second = temp('rt-recent-second-');
    await handlers['collection:set-root']({ root: first });
    await handlers['collection:set-root']({ root: second });
    renameSync(first, `${first}-moved`);

    const listed = await handlers['collection:recent']({});
    expect(listed.items.map((item) => [item.root, item.missing])).toEqual([
      [second, false],
      [first, true],
    ]);
    await expect(handlers['collection:set-root']({ root: first, mustExist: true })).rejects.toThrow(/no longer there .* Pick its new place with Folder…, or forget it/);
    // Still on the folder that was open.
    expect((await handlers['collection:list']({})).root).toBe(second);

    const after = await handlers['collection:forget-recent']({ root: first });
    expect(after.items.map((item) => item.root)).toEqual([second]);
  });

  it('starts a damaged list again with a notice, keeps the old file, and leaves the collections alone', async () => {
    const dataDir = temp('rt-recent-col-');
    const handlers = createCollectionHandlers({ dataDir, events: sink });
    await handlers['collection:create']({ name: 'Kept' });
    await handlers['collection:list']({});
    const file = path.join(dataDir, 'recent-collections.json');
    writeFileSync(file, 'garbage{');

    const fresh = createCollectionHandlers({ dataDir, events: sink });
    const damaged = await fresh['collection:recent']({});
    expect(damaged.items).toEqual([]);
    expect(damaged.notice).toMatch(/recent collections list could not be read, so it starts again empty/);
    expect(readFileSync(`${file}.damaged`, 'utf8')).toBe('garbage{');
    expect((await fresh['collection:list']({})).collections.map((c) => c.collection?.name)).toEqual(['Kept']);
    const again = await fresh['collection:recent']({});
    expect(again.notice).toBeUndefined();
    expect(again.items.map((item) => item.names)).toEqual([['Kept']]);
  });
});
