import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/create-handlers';
import { createDemoLauncher } from '../../../../electron/services/demo-launcher';
import { createEventHub } from '../../../../electron/services/event-hub';
import { CHANNELS } from '../../../../shared/ipc/channels';

// Every channel, with the real handlers behind it: what a compromised or buggy renderer
// could send must be refused with a Result, never throw, and never reach outside its folder.
describe('channel-refusals', () => {
  let dataDir: string;
  let outside: string;
  let dispatch: Dispatch;
  const demo = createDemoLauncher();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-refusals-'));
    outside = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-secret.json`);
    await writeFile(outside, '{"secret": true}\n');
    dispatch = createDispatch(createHandlers({ demo, events: createEventHub(), dataDir }));
  });
  afterAll(async () => {
    await demo.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(outside, { force: true });
  });

  it('refuses input of the wrong type on every channel', async () => {
    for (const channel of CHANNELS) {
      for (const wrong of [42, 'text', [1, 2], true]) {
        const result = await dispatch(channel, wrong);
        expect(result, `${channel} with ${JSON.stringify(wrong)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
    }
  });

  it('refuses an oversize or absurdly nested payload on every channel, before any handler runs', async () => {
    const huge = 'x'.repeat(67 * 1024 * 1024);
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = { deeper: deep };
    for (const channel of CHANNELS) {
      expect(await dispatch(channel, { padding: huge }), channel).toMatchObject({ ok: false, error: { code: 'input-too-large' } });
      expect(await dispatch(channel, { deep }), channel).toMatchObject({ ok: false, error: { code: 'input-too-large' } });
    }
  });

  it('refuses ../ ids that would reach outside the data folder', async () => {
    const escape = path.relative(path.join(dataDir, 'history'), outside);
    const attempts: [string, unknown][] = [
      ['history:get', { id: '../../etc/passwd' }],
      ['response:read-file', { id: '../../etc/passwd', offset: 0, length: 16 }],
      ['collection:delete', { id: escape }],
      ['collection:duplicate', { id: '../../../../etc' }],
      ['collection:rename', { id: escape, name: 'stolen' }],
      ['collection:move', { id: escape, parentId: '../..' }],
      ['collection:restore', { trashId: '../../etc/passwd' }],
      ['spec:load', { source: { kind: 'file', path: '/etc/passwd' } }],
    ];
    for (const [channel, input] of attempts) {
      const result = await dispatch(channel, input);
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
    }
    // The file outside the folder is still there, untouched.
    expect(await readFile(outside, 'utf8')).toBe('{"secret": true}\n');
  });
});
