import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/create-handlers';
import { createDemoLauncher } from '../../../../electron/services/demo-launcher';
import { createEventHub } from '../../../../electron/services/event-hub';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { parseSavedFile } from '../../../../shared/collections/migrate';
import { CHANNELS } from '../../../../shared/ipc/channels';

const FIFTY_MB = 50 * 1024 * 1024;

// Issue 19, finding 9: a 50 MB URL or name was accepted and written (the host grew to 711 MB).
describe('field caps', () => {
  let dataDir: string;
  let dispatch: Dispatch;
  const demo = createDemoLauncher();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-caps-'));
    dispatch = createDispatch(createHandlers({ demo, events: createEventHub(), dataDir }));
  });
  afterAll(async () => {
    await demo.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a 50 MB URL or name in collection:save with the field named, and writes nothing', async () => {
    const created = await dispatch('collection:create', { name: 'Caps' });
    expect(created.ok).toBe(true);
    const huge = 'x'.repeat(FIFTY_MB);
    for (const request of [newSavedRequest({ name: 'n', method: 'GET', url: `http://127.0.0.1:1/${huge}` }), newSavedRequest({ name: huge, method: 'GET', url: 'http://127.0.0.1:1/' })]) {
      const result = await dispatch('collection:save', { parentId: 'caps', request });
      expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(invalid-input|input-too-large)$/), message: expect.stringMatching(/refused: .*(request\.(url|name)|one text field).*(longer than|characters)/) } });
    }
    expect(await readdir(path.join(dataDir, 'collections', 'caps'))).toEqual(['collection.json']);
  });

  it('refuses a field past the saved format caps with its name and limit', async () => {
    const result = await dispatch('collection:save', { parentId: 'caps', request: newSavedRequest({ name: 'n', method: 'GET', url: `http://127.0.0.1:1/${'u'.repeat(70_000)}` }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('request.url: the URL is longer than 65,536 characters') } });
    expect(parseSavedFile('request', JSON.stringify(newSavedRequest({ name: 'n'.repeat(1001), method: 'GET', url: 'http://x' })))).toMatchObject({ ok: false, message: expect.stringContaining('name: the name is longer than 1,000 characters') });
  });

  it('refuses one text field of 2 M characters on every channel before any handler runs', async () => {
    const long = 'y'.repeat(2 * 1024 * 1024);
    for (const channel of CHANNELS) {
      const result = await dispatch(channel, { id: long, name: long, url: long });
      expect(result, channel).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(invalid-input|input-too-large)$/) } });
      if (!result.ok && result.error.code === 'input-too-large') expect(result.error.message).toMatch(/one text field of 2,097,152 characters/);
    }
  });
});
