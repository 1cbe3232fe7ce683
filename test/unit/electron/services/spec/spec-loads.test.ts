import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/app-error';
import { SpecLoads } from '../../../../../electron/services/spec/spec-loads';
import type { AppEvent } from '../../../../../shared/ipc/events';
import type { JsonText } from '../../../../../shared/ipc/json-result';
import type { LoadedSpec, Problem, SpecOutline } from '../../../../../shared/model/api-model';
import { recordingSink, type RecordingSink } from '../../../../support/recording-events';

const specs = path.resolve('test/fixtures/specs');
const github = path.resolve('node_modules/@octokit/openapi/generated/api.github.com.json');

function parsed(text: JsonText<LoadedSpec>): LoadedSpec {
  const spec: LoadedSpec = JSON.parse(text);
  return spec;
}

/** The problems pushed for the load with this id. */
async function problemsOf(sink: RecordingSink, loadId: string): Promise<readonly Problem[]> {
  const event: AppEvent = await sink.next((each) => each.name === 'spec:problems' && each.payload.loadId === loadId);
  return event.name === 'spec:problems' ? event.payload.problems : [];
}

function outlinesOf(sink: RecordingSink, loadId: string): SpecOutline[] {
  return sink.events.flatMap((event) => (event.name === 'spec:outline' && event.payload.loadId === loadId ? [event.payload.outline] : []));
}

describe('spec-loads', () => {
  let slow: Server;
  let slowUrl = '';

  beforeAll(async () => {
    // Answers never: only cancelling ends a load from here.
    slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/openapi.json`;
  });
  afterAll(() => {
    slow.closeAllConnections();
    return new Promise<void>((resolve) => slow.close(() => resolve()));
  });

  it('answers with the model\'s JSON text first and pushes the validation problems after, keyed by the load id', async () => {
    const sink = recordingSink();
    const loads = new SpecLoads(sink);
    const loaded = await loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, loadId: 'load-1' });
    expect(parsed(loaded).model.operations).toHaveLength(1);
    expect(loaded).not.toContain('validationId');
    expect(sink.events.filter((event) => event.name === 'spec:problems')).toEqual([]);
    const outcome = await problemsOf(sink, 'load-1');
    const info = outcome.find((p) => p.pointer === '#/info');
    expect(info?.line).toBeGreaterThan(0);
  });

  it('waits for validation in strict mode and refuses an invalid document', async () => {
    const loads = new SpecLoads();
    await expect(loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, strict: true })).rejects.toMatchObject({ code: 'spec-invalid' });
    const sink = recordingSink();
    const strict = new SpecLoads(sink);
    const valid = await strict.load({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') }, strict: true });
    expect(parsed(valid).model.title).toBe('Pets');
    await new Promise((resolve) => setImmediate(resolve));
    expect(sink.events).toEqual([]);
  });

  it('cancels a load in flight by the id its caller chose', async () => {
    const loads = new SpecLoads();
    const pending = loads.load({ source: { kind: 'url', url: slowUrl }, loadId: 'load-1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads.cancel('load-1')).toBe(true);
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('spec-cancelled');
    expect(loads.cancel('load-1')).toBe(false);
  });

  it('applies a configured size cap', async () => {
    const loads = new SpecLoads();
    await expect(loads.load({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') }, maxSizeMb: 0.0001 })).rejects.toMatchObject({ code: 'spec-too-large' });
  });

  it('answers a second open of an unchanged file from memory, and reads it again once its inode, mtime or size changes', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-spec-cache-'));
    try {
      const file = path.join(folder, 'pets.yaml');
      const original = readFileSync(path.join(specs, 'pets-3.0.yaml'), 'utf8');
      writeFileSync(file, original);
      // A whole-second mtime, which utimes can set back exactly.
      const mtime = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
      utimesSync(file, mtime, mtime);
      const sink = recordingSink();
      const loads = new SpecLoads(sink);
      const first = await loads.load({ source: { kind: 'file', path: file }, loadId: 'first' });
      const problems = await problemsOf(sink, 'first');
      // Same size and mtime, different content: only a cache can still say "Pets".
      writeFileSync(file, original.replace('title: Pets', 'title: Cats'));
      utimesSync(file, mtime, mtime);
      const second = await loads.load({ source: { kind: 'file', path: file }, loadId: 'second' });
      expect(parsed(second).model.title).toBe('Pets');
      expect(second).toBe(first);
      expect(await problemsOf(sink, 'second')).toEqual(problems);
      // A real change moves the mtime: read again.
      utimesSync(file, new Date(mtime.getTime() + 5000), new Date(mtime.getTime() + 5000));
      expect(parsed(await loads.load({ source: { kind: 'file', path: file } })).model.title).toBe('Cats');
      // An editor's save by rename within the same tick of the clock, at the same size: a new inode, read again.
      const later = new Date(mtime.getTime() + 5000);
      writeFileSync(`${file}.tmp`, original.replace('title: Pets', 'title: Dogs'));
      utimesSync(`${file}.tmp`, later, later);
      renameSync(`${file}.tmp`, file);
      expect(parsed(await loads.load({ source: { kind: 'file', path: file } })).model.title).toBe('Dogs');
      // Another size cap is another entry (the cap decides whether the file may open at all).
      await expect(loads.load({ source: { kind: 'file', path: file }, maxSizeMb: 0.0001 })).rejects.toMatchObject({ code: 'spec-too-large' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('never answers a multi-file document from memory: a referenced file can change while the root stays the same', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-spec-cache-'));
    try {
      cpSync(path.join(specs, 'multi-file'), folder, { recursive: true });
      const sink = recordingSink();
      const loads = new SpecLoads(sink);
      await loads.load({ source: { kind: 'file', path: path.join(folder, 'openapi.yaml') }, loadId: 'first' });
      await problemsOf(sink, 'first');
      const orders = path.join(folder, 'paths/orders.yaml');
      writeFileSync(orders, readFileSync(orders, 'utf8').replace('Place an order', 'Order something'));
      const second = await loads.load({ source: { kind: 'file', path: path.join(folder, 'openapi.yaml') } });
      expect(parsed(second).model.operations[0]?.summary).toBe('Order something');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('pushes a large document\'s outline ahead of its model, keyed by the load id, and none for a small one or a failed load', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-spec-outline-'));
    try {
      // Over a megabyte: 1,500 operations with long descriptions.
      const paths = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`/things/${i}`, {
        get: { operationId: `getThing${i}`, tags: [`group${i % 7}`], description: 'x'.repeat(700), responses: { 200: { description: 'ok' } } },
      }]));
      const large = path.join(folder, 'large.json');
      writeFileSync(large, JSON.stringify({ openapi: '3.0.3', info: { title: 'Many things', version: '1' }, paths }));
      const sink = recordingSink();
      const loads = new SpecLoads(sink);
      const loaded = loads.load({ source: { kind: 'file', path: large }, loadId: 'load-1' });
      const eventsAtAnswer = loaded.then(() => sink.events.length);
      const pushed = await sink.next((event) => event.name === 'spec:outline');
      // The outline went out while the model was still being built.
      const [early] = outlinesOf(sink, 'load-1');
      expect(pushed.payload).toEqual({ loadId: 'load-1', outline: early });
      expect(early?.title).toBe('Many things');
      expect(early?.operations).toHaveLength(1500);
      expect(early?.operations[3]).toEqual({ key: 'GET /things/3', method: 'GET', path: '/things/3', operationId: 'getThing3', tags: ['group3'], group: 'group3', deprecated: false, idempotency: 'safe' });
      expect(parsed(await loaded).model.operations).toHaveLength(1500);
      expect(sink.events.indexOf(pushed)).toBeLessThan(await eventsAtAnswer);
      expect(outlinesOf(sink, 'load-1')).toHaveLength(1);
      await loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, loadId: 'load-2' });
      await expect(loads.load({ source: { kind: 'file', path: path.join(folder, 'missing.json') }, loadId: 'load-3' })).rejects.toThrow();
      expect(outlinesOf(sink, 'load-2')).toEqual([]);
      expect(outlinesOf(sink, 'load-3')).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers one operation of a large document alone while its model is still being built, and not after', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-spec-alone-'));
    try {
      const copy = path.join(folder, 'api.github.com.json');
      cpSync(github, copy);
      const sink = recordingSink();
      const loads = new SpecLoads(sink);
      let modelAnswered = false;
      const loaded = loads.load({ source: { kind: 'file', path: copy }, loadId: 'gh' }).then((json) => {
        modelAnswered = true;
        return json;
      });
      await sink.next((event) => event.name === 'spec:outline');
      const alone: LoadedSpec = JSON.parse(await loads.operation('gh', 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge'));
      expect(modelAnswered).toBe(false);
      expect(alone.origin).toEqual({ kind: 'file', location: copy });
      expect(alone.model.operations.map((op) => op.key)).toEqual(['PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge']);
      expect(alone.model.operations[0]?.requestBody?.content[0]?.mediaType).toBe('application/json');
      await expect(loads.operation('gh', 'GET /no/such/path')).rejects.toMatchObject({ code: 'spec-operation-unavailable', message: expect.stringContaining('GET /no/such/path is not an operation') });
      const model = parsed(await loaded).model;
      expect(model.operations.find((op) => op.key === alone.model.operations[0]?.key)).toEqual(alone.model.operations[0]);
      // A click that reaches the main process after the model left (the page still reading it) is answered from the model.
      const late: LoadedSpec = JSON.parse(await loads.operation('gh', 'GET /meta'));
      expect(late.model.operations).toEqual(model.operations.filter((op) => op.key === 'GET /meta'));
      await expect(loads.operation('gh', 'GET /no/such/path')).rejects.toMatchObject({ code: 'spec-operation-unavailable' });
      await problemsOf(sink, 'gh');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
