import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { onRecentListsChanged, RecentList } from '../../../../../electron/services/fs/recent-list';

interface Item {
  readonly key: string;
  readonly n: number;
}

const item = z.object({ key: z.string(), n: z.number() });

function listIn(dir = mkdtempSync(path.join(tmpdir(), 'rt-recent-'))) {
  const file = path.join(dir, 'nested', 'recent.json');
  return { file, list: new RecentList<Item>({ file, maxEntries: 3, item, keyOf: (item) => item.key, what: 'recent things' }) };
}

describe('recent-list', () => {
  it('keeps the newest first, one entry per key, at most maxEntries, in a versioned file', async () => {
    const { file, list } = listIn();
    expect(await list.list()).toEqual([]);
    for (const [key, n] of [['a', 1], ['b', 2], ['a', 3], ['c', 4], ['d', 5]] as const) await list.record({ key, n });
    expect(await list.list()).toEqual([{ key: 'd', n: 5 }, { key: 'c', n: 4 }, { key: 'a', n: 3 }]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
    await list.forget('c');
    expect((await list.list()).map((item) => item.key)).toEqual(['d', 'a']);
  });

  it('skips the write when the top entry is already the same, and tells listeners about real changes', async () => {
    const { list } = listIn();
    let changes = 0;
    const stop = onRecentListsChanged(() => (changes += 1));
    await list.record({ key: 'a', n: 1 });
    await list.record({ key: 'a', n: 2 }, (top) => top.key === 'a');
    await list.forget('missing');
    stop();
    expect(changes).toBe(1);
    expect(await list.list()).toEqual([{ key: 'a', n: 1 }]);
  });

  it('moves a damaged file aside, says so once, and starts a new list', async () => {
    const { file, list } = listIn();
    await list.record({ key: 'a', n: 1 });
    writeFileSync(file, '{"version": 1, "items": [tru');
    // A record that finds the damage first keeps the message for the next read.
    await list.record({ key: 'b', n: 2 });
    const read = await list.read();
    expect(read.items).toEqual([{ key: 'b', n: 2 }]);
    expect(read.notice).toMatch(/recent things list could not be read, so it starts again empty\. The old file is kept as .*recent\.json\.damaged/);
    expect(readFileSync(`${file}.damaged`, 'utf8')).toBe('{"version": 1, "items": [tru');
    expect((await list.read()).notice).toBeUndefined();
  });

  it('leaves out entries of the wrong shape, says how many, and reads a file of an unknown version as damaged', async () => {
    const { file, list } = listIn();
    await list.record({ key: 'a', n: 1 });
    writeFileSync(file, JSON.stringify({ version: 1, items: [{ key: 'ok', n: 1 }, { key: 7 }, null] }));
    const read = await list.read();
    expect(read.items).toEqual([{ key: 'ok', n: 1 }]);
    expect(read.notice).toBe('2 entries of the recent things list could not be read and are left out.');
    writeFileSync(file, JSON.stringify({ version: 0, items: [] }));
    expect((await list.read()).notice).toMatch(/could not be read/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a list a newer version wrote with a message, and never moves or writes over it', async () => {
    const { file, list } = listIn();
    await list.record({ key: 'a', n: 1 });
    const newer = JSON.stringify({ version: 9, items: [{ key: 'a', n: 1, pinned: true }] });
    writeFileSync(file, newer);
    const read = await list.read();
    expect(read.items).toEqual([]);
    expect(read.notice).toMatch(/^The recent things list is format version 9, newer than this Roundtrip understands \(1\)\. Update Roundtrip to read it; the file is left as it is\. \(.*recent\.json\)$/);
    await list.record({ key: 'b', n: 2 });
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });

  it('rejects a failed write without blocking the ones queued after it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rt-recent-'));
    // A file where the list's folder should be: mkdir fails.
    writeFileSync(path.join(dir, 'nested'), 'not a folder');
    const { list } = listIn(dir);
    await expect(list.record({ key: 'a', n: 1 })).rejects.toThrow();
    await expect(list.forget('a')).resolves.toBeUndefined();
  });

  it('never writes over a list it could not read just now (only a missing file is an empty list)', async () => {
    const { file, list } = listIn();
    // A directory where the file should be: reading fails with EISDIR, as EACCES or EIO would.
    mkdirSync(path.join(file, 'keep'), { recursive: true });
    await list.record({ key: 'a', n: 1 });
    expect(existsSync(path.join(file, 'keep'))).toBe(true);
    const read = await list.read();
    expect(read.items).toEqual([]);
    expect(read.notice).toMatch(/could not be read just now .*it is left as it is/);
  });
});
