import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFileDir, bodyFilesRoot, dropBodyFile, sweepBodyFiles } from '../../../../../electron/services/http/body-file-folder';
import { createHistoryStore } from '../../../../../electron/services/history/history-store';
import type { ResponseSnapshot } from '../../../../../shared/request/request-model';

/** A response whose large body went to a temp file, as read-body leaves it. */
function spilled(): ResponseSnapshot {
  const id = randomUUID();
  const file = path.join(bodyFileDir(), `${id}.body`);
  mkdirSync(bodyFileDir(), { recursive: true });
  writeFileSync(file, 'x'.repeat(1000));
  return { url: 'http://x/big', method: 'GET', status: 200, statusText: 'OK', headers: [], body: { kind: 'text', text: 'x', truncated: true }, sizeBytes: 1000, timeMs: 1, bodyFile: { id, path: file, bytes: 1000 } };
}

describe('temp body files', () => {
  it('deletes a body file once its response leaves history, and all of them when history is cleared', async () => {
    const history = createHistoryStore(mkdtempSync(path.join(tmpdir(), 'roundtrip-history-')), { limit: 2, dropBodyFile });
    const responses = [spilled(), spilled(), spilled()];
    for (const response of responses) await history.record({ method: 'GET', url: 'http://x/big', headers: [] }, { response });
    // The drops run in the background of record and clear: wait for the condition, not a fixed time.
    await expect.poll(() => responses.map((response) => existsSync(response.bodyFile?.path ?? ''))).toEqual([false, true, true]);
    await history.clear();
    await expect.poll(() => responses.filter((response) => existsSync(response.bodyFile?.path ?? '')).length).toBe(0);
  });

  it('keeps body files in a folder of the running process, and sweeps those of processes gone and the old shared folder', async () => {
    expect(bodyFileDir()).toBe(path.join(bodyFilesRoot(), String(process.pid)));
    const gone = path.join(bodyFilesRoot(), '999999999');
    mkdirSync(gone, { recursive: true });
    writeFileSync(path.join(gone, `${randomUUID()}.body`), 'orphan');
    const legacy = path.join(tmpdir(), 'roundtrip-bodies');
    mkdirSync(legacy, { recursive: true });
    writeFileSync(path.join(legacy, `${randomUUID()}.body`), 'orphan');
    const own = spilled();
    expect(await sweepBodyFiles()).toBeGreaterThanOrEqual(2);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(own.bodyFile?.path ?? '')).toBe(true);
  });
});
