import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSpecHandlers } from '../../../../../electron/services/spec/spec-handlers';
import { recordingSink } from '../../../../support/recording-events';

const specs = path.resolve('test/fixtures/specs');

describe('spec-handlers', () => {
  let dataDir = '';
  let work = '';

  beforeAll(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'roundtrip-data-'));
    work = await fsp.mkdtemp(path.join(os.tmpdir(), 'roundtrip-watch-'));
  });
  afterAll(async () => {
    await fsp.rm(dataDir, { recursive: true, force: true });
    await fsp.rm(work, { recursive: true, force: true });
  });

  it('remembers opened files and URLs, newest first, and not pasted text', async () => {
    const handlers = createSpecHandlers({ events: recordingSink(), dataDir });
    await handlers['spec:load']({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') } });
    await handlers['spec:load']({ source: { kind: 'file', path: path.join(specs, 'petstore-2.0.yaml') } });
    await handlers['spec:load']({ source: { kind: 'text', text: await fsp.readFile(path.join(specs, 'pets-3.0.yaml'), 'utf8'), name: 'pasted.yaml' } });
    await handlers['spec:load']({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') } });
    // Recording is not awaited by the load (and validation runs in this thread meanwhile): wait for it.
    await vi.waitFor(async () => {
      const recent = await handlers['spec:recent']({});
      expect(recent.map((r) => [r.kind, path.basename(r.location), r.title])).toEqual([
        ['file', 'pets-3.0.yaml', 'Pets'],
        ['file', 'petstore-2.0.yaml', 'Pet Store (Swagger 2.0)'],
      ]);
    }, { timeout: 10_000, interval: 20 });
    // Survives a restart: a new set of handlers reads the same folder.
    expect(await createSpecHandlers({ events: recordingSink(), dataDir })['spec:recent']({})).toHaveLength(2);
  }, 20_000);

  it('reports a change to an opened file as a spec:changed event', async () => {
    const file = path.join(work, 'openapi.yaml');
    await fsp.copyFile(path.join(specs, 'pets-3.0.yaml'), file);
    const sink = recordingSink();
    const handlers = createSpecHandlers({ events: sink, dataDir });
    await handlers['spec:load']({ source: { kind: 'file', path: file } });
    const changed = sink.next((event) => event.name === 'spec:changed');
    await fsp.appendFile(file, '\n# edited\n');
    expect((await changed).payload).toEqual({ location: file });
  });
});
