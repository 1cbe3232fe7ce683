import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from '../../../../../electron/services/fs/file-lock';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('file-lock', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rt-lock-'));
    file = path.join(dir, 'tokens.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** Tasks that record how many of them are inside the lock at once. */
  function counted(holdMs: number): { run: () => Promise<void>; most: () => number } {
    let inside = 0;
    let most = 0;
    return {
      run: async () => {
        inside += 1;
        most = Math.max(most, inside);
        await pause(holdMs);
        inside -= 1;
      },
      most: () => most,
    };
  }

  it('lets one holder in at a time, and a holder slower than the stale time keeps its lock', async () => {
    const tasks = counted(500);
    // Each holds longer than staleMs: only the holder's own touches keep the others out.
    await Promise.all([1, 2, 3].map(() => withFileLock(file, tasks.run, { staleMs: 150, waitMs: 5000 })));
    expect(tasks.most()).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('waits for a lock another process holds and keeps touching, longer than the stale time', async () => {
    // Another process holds the lock as withFileLock does (its pid and an id, touched while held) for 600 ms.
    const holder = `const fs = require('fs'); const lock = process.argv[1];
      fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, id: 'other' }), { flag: 'wx' });
      const touch = setInterval(() => { const now = new Date(); fs.utimesSync(lock, now, now); }, 40);
      setTimeout(() => { clearInterval(touch); fs.unlinkSync(lock); }, 600);`;
    const child = spawn(process.execPath, ['-e', holder, `${file}.lock`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await expect.poll(() => stat(`${file}.lock`).then(() => true, () => false)).toBe(true);
    const started = Date.now();
    let entered = 0;
    await withFileLock(file, async () => void (entered = Date.now()), { staleMs: 150, waitMs: 5000 });
    await exited;
    expect(entered - started).toBeGreaterThan(300);
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock whose process is gone at once, and an untouched one once stale', async () => {
    const deadPid = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    await writeFile(`${file}.lock`, JSON.stringify({ pid: deadPid, id: 'gone' }));
    let started = Date.now();
    await withFileLock(file, () => Promise.resolve(), { staleMs: 60_000, waitMs: 60_000 });
    expect(Date.now() - started).toBeLessThan(1000);

    await writeFile(`${file}.lock`, '');
    const longAgo = new Date(Date.now() - 10_000);
    await utimes(`${file}.lock`, longAgo, longAgo);
    started = Date.now();
    await withFileLock(file, () => Promise.resolve(), { staleMs: 5000, waitMs: 60_000 });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(stat(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lets only one of several waiters take over the same stale lock', async () => {
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, id: 'stuck' }));
    const longAgo = new Date(Date.now() - 10_000);
    await utimes(`${file}.lock`, longAgo, longAgo);
    const tasks = counted(200);
    await Promise.all([1, 2, 3, 4].map(() => withFileLock(file, tasks.run, { staleMs: 1000, waitMs: 10_000 })));
    expect(tasks.most()).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
