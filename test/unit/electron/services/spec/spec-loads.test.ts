import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/app-error';
import { preSerializedJson } from '../../../../../electron/services/spec/pre-serialized';
import { SpecLoads } from '../../../../../electron/services/spec/spec-loads';

const specs = path.resolve('test/fixtures/specs');

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

  it('answers with the model first and hands out validation problems later', async () => {
    const loads = new SpecLoads();
    const loaded = await loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') } });
    expect(loaded.model.operations).toHaveLength(1);
    expect(loaded.validationId).toBeTypeOf('string');
    const outcome = await loads.problems(loaded.validationId ?? '');
    const info = outcome.find((p) => p.pointer === '#/info');
    expect(info?.line).toBeGreaterThan(0);
    expect(await loads.problems('unknown')).toEqual([]);
  });

  it('waits for validation in strict mode and refuses an invalid document', async () => {
    const loads = new SpecLoads();
    await expect(loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, strict: true })).rejects.toMatchObject({ code: 'spec-invalid' });
    const valid = await loads.load({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') }, strict: true });
    expect(valid.validationId).toBeUndefined();
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

  it('answers a second open of an unchanged file from memory, and reads it again once its mtime or size changes', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-spec-cache-'));
    try {
      const file = path.join(folder, 'pets.yaml');
      const original = readFileSync(path.join(specs, 'pets-3.0.yaml'), 'utf8');
      writeFileSync(file, original);
      // A whole-second mtime, which utimes can set back exactly.
      const mtime = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
      utimesSync(file, mtime, mtime);
      const loads = new SpecLoads();
      const first = await loads.load({ source: { kind: 'file', path: file } });
      const problems = await loads.problems(first.validationId ?? '');
      // Same size and mtime, different content: only a cache can still say "Pets".
      writeFileSync(file, original.replace('title: Pets', 'title: Cats'));
      utimesSync(file, mtime, mtime);
      const second = await loads.load({ source: { kind: 'file', path: file } });
      expect(second.model.title).toBe('Pets');
      expect(preSerializedJson(second)?.replace(/"validationId":"[^"]+"/, '')).toBe(preSerializedJson(first)?.replace(/"validationId":"[^"]+"/, ''));
      expect(await loads.problems(second.validationId ?? '')).toEqual(problems);
      // A real change moves the mtime: read again.
      utimesSync(file, new Date(mtime.getTime() + 5000), new Date(mtime.getTime() + 5000));
      expect((await loads.load({ source: { kind: 'file', path: file } })).model.title).toBe('Cats');
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
      const loads = new SpecLoads();
      const first = await loads.load({ source: { kind: 'file', path: path.join(folder, 'openapi.yaml') } });
      await loads.problems(first.validationId ?? '');
      const orders = path.join(folder, 'paths/orders.yaml');
      writeFileSync(orders, readFileSync(orders, 'utf8').replace('Place an order', 'Order something'));
      const second = await loads.load({ source: { kind: 'file', path: path.join(folder, 'openapi.yaml') } });
      expect(second.model.operations[0]?.summary).toBe('Order something');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('sends a large document\'s outline ahead of its model, and null for a small one or a finished load', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-spec-outline-'));
    try {
      // Over a megabyte: 1,500 operations with long descriptions.
      const paths = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`/things/${i}`, {
        get: { operationId: `getThing${i}`, tags: [`group${i % 7}`], description: 'x'.repeat(700), responses: { 200: { description: 'ok' } } },
      }]));
      const large = path.join(folder, 'large.json');
      writeFileSync(large, JSON.stringify({ openapi: '3.0.3', info: { title: 'Many things', version: '1' }, paths }));
      const loads = new SpecLoads();
      // Asked before the load starts, as the renderer does (both requests leave together).
      const outline = loads.outline('load-1');
      const loaded = loads.load({ source: { kind: 'file', path: large }, loadId: 'load-1' });
      const early = await outline;
      expect(early?.title).toBe('Many things');
      expect(early?.operations).toHaveLength(1500);
      expect(early?.operations[3]).toEqual({ key: 'GET /things/3', method: 'GET', path: '/things/3', operationId: 'getThing3', tags: ['group3'], group: 'group3', deprecated: false, idempotency: 'safe' });
      expect((await loaded).model.operations).toHaveLength(1500);
      // Asked again right after the answer: the same outline at once (kept a few seconds), never a wait.
      await expect(loads.outline('load-1')).resolves.toEqual(early);
      const small = loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, loadId: 'load-2' });
      await expect(loads.outline('load-2')).resolves.toBeNull();
      await small;
      await expect(loads.load({ source: { kind: 'file', path: path.join(folder, 'missing.json') }, loadId: 'load-3' })).rejects.toThrow();
      await expect(loads.outline('load-3')).resolves.toBeNull();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
