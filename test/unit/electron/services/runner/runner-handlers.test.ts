import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../../../electron/services/demo-api/demo-server';
import { createRunnerHandlers } from '../../../../../electron/services/runner/runner-handlers';
import type { EventMap, EventName } from '../../../../../shared/ipc/events';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { crudRequests, writeCollection } from '../../../../support/runner-collections';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

describe('runner-handlers', () => {
  it('runs a collection by id, streams each step, and re-runs only the given steps', async () => {
    const dir = await writeCollection('app-run', crudRequests().slice(1, 2));
    const steps: EventMap['runner:step'][] = [];
    const handlers = createRunnerHandlers({ events: { emit: <E extends EventName>(name: E, payload: EventMap[E]) => void (name === 'runner:step' && steps.push(payload as EventMap['runner:step'])) } });
    const root = path.dirname(dir);
    const report = await handlers['runner:start']({ runId: 'r1', root, targetId: 'app-run', variables: { baseUrl: demo.baseUrl, createdId: 'none' }, iterations: 2 });
    expect(report.summary).toMatchObject({ steps: 2, failedSteps: 2 });
    expect(steps.map((s) => [s.runId, s.result.status])).toEqual([
      ['r1', 404],
      ['r1', 404],
    ]);
    const none = await handlers['runner:start']({ runId: 'r2', root, targetId: 'app-run', only: [] });
    expect(none.summary.steps).toBe(0);
    expect(await handlers['runner:stop']({ runId: 'r2' })).toBe(false);
  });

  it('runs one iteration per data row, its columns over the environment, and names the data file for a missing variable', async () => {
    const dir = await writeCollection('app-data', crudRequests().slice(1, 2));
    const handlers = createRunnerHandlers({ events: { emit: () => undefined } });
    const root = path.dirname(dir);
    const data: Record<string, string>[] = [{ createdId: 'first' }, { createdId: 'second' }, {}];
    const report = await handlers['runner:start']({ runId: 'r4', root, targetId: 'app-data', variables: { baseUrl: demo.baseUrl, createdId: 'from-env' }, iterations: 2, data, dataName: 'rows.csv' });
    expect(report.results.map((r) => r.url)).toEqual([`${demo.baseUrl}/items/first`, `${demo.baseUrl}/items/second`]);
    const missing = await handlers['runner:start']({ runId: 'r5', root, targetId: 'app-data', iterations: 1, data: [{ baseUrl: demo.baseUrl }], dataName: 'rows.csv' });
    expect(missing.results[0]?.error).toContain('or the data file rows.csv');
  });

  it('sends a file part read from the collection folder, and never a file outside it', async () => {
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        bodies.push(Buffer.concat(chunks).toString('latin1'));
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;
      const part = (file: string): ReturnType<typeof newSavedRequest> => newSavedRequest({ name: `Upload ${file}`, method: 'POST', url, body: { mode: 'form-data', parts: [{ name: 'doc', file }] } });
      const dir = await writeCollection('app-files', [part('fixtures/notes.txt'), part('/etc/hostname')]);
      await mkdir(path.join(dir, 'fixtures'));
      await writeFile(path.join(dir, 'fixtures', 'notes.txt'), 'from disk');
      const handlers = createRunnerHandlers({ events: { emit: () => undefined } });
      const report = await handlers['runner:start']({ runId: 'r6', root: path.dirname(dir), targetId: 'app-files' });
      expect(report.results.map((r) => r.status ?? r.error)).toEqual([200, expect.stringContaining('The file "/etc/hostname" of part "doc" was not read or sent: it is an absolute path')]);
      expect(report.results[1]?.error).toContain('or run the collection with `roundtrip run --allow-files-outside` if you trust it.');
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toMatch(/name="doc"; filename="notes\.txt"\r\nContent-Type: text\/plain\r\n\r\nfrom disk\r\n/);
    } finally {
      server.close();
    }
  });

  it('goes on as `roundtrip run` does when the spec cannot be read: the notice first, every step, "conforms" failed with the reason', async () => {
    const requests = [
      newSavedRequest({ name: 'Checked', method: 'GET', url: `${demo.baseUrl}/health`, operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] }),
      newSavedRequest({ name: 'Health', method: 'GET', url: `${demo.baseUrl}/health`, operation: { key: 'GET /health' } }),
    ];
    const dir = await writeCollection('app-spec-gone', requests, { spec: { source: 'gone/openapi.json' } });
    const heard: string[] = [];
    const handlers = createRunnerHandlers({
      events: { emit: <E extends EventName>(name: E, payload: EventMap[E]) => void heard.push(name === 'runner:spec-unreadable' ? `notice: ${(payload as EventMap['runner:spec-unreadable']).notice.why}` : name) },
    });
    const report = await handlers['runner:start']({ runId: 'r7', root: path.dirname(dir), targetId: 'app-spec-gone' });
    expect(heard).toEqual([expect.stringMatching(/^notice: Could not open .*gone\/openapi\.json \(no such file\)/), 'runner:step', 'runner:step']);
    expect(report.specUnreadable?.action).toMatch(/^Put the file back at gone\/openapi\.json /);
    expect(report.warnings).toEqual([expect.stringMatching(/^Warning: the collection's spec could not be read\. /)]);
    expect(report.results.map((r) => [r.name, r.status, r.assertions.map((a) => a.passed)])).toEqual([
      ['Checked', 200, [false]],
      ['Health', 200, [true]],
    ]);
    expect(report.results[0]?.assertions[0]?.message).toMatch(/^expected a check against the spec, got none \(the collection's spec could not be read: Could not open /);
  });

  it('does not start a run whose spec was read but is broken, and says what to fix', async () => {
    const dir = await writeCollection('app-spec-broken', [newSavedRequest({ name: 'Checked', method: 'GET', url: `${demo.baseUrl}/health`, operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] })], { spec: { source: 'openapi.json' } });
    await writeFile(path.join(dir, 'openapi.json'), '{"openapi": "3.0.3", "paths": {');
    const heard: string[] = [];
    const handlers = createRunnerHandlers({ events: { emit: (name) => void heard.push(name) } });
    await expect(handlers['runner:start']({ runId: 'r8', root: path.dirname(dir), targetId: 'app-spec-broken' })).rejects.toMatchObject({ code: 'spec-syntax', message: expect.stringMatching(/^The run did not start: the collection's spec \(openapi\.json\) was read but cannot be used\./) });
    expect(heard).toEqual([]);
  });

  it('refuses a target outside the collections folder', async () => {
    const handlers = createRunnerHandlers({ events: { emit: () => undefined } });
    await expect(handlers['runner:start']({ runId: 'r3', root: '/tmp', targetId: '../etc' })).rejects.toThrow(/not inside the collections folder/);
  });
});
