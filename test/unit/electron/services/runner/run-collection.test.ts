import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../../../electron/services/demo-api/demo-server';
import { loadRunInput } from '../../../../../electron/services/runner/load-run-input';
import { readRunSpec } from '../../../../../electron/services/runner/read-run-spec';
import { runCollection } from '../../../../../electron/services/runner/run-collection';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { crudRequests, writeCollection } from '../../../../support/runner-collections';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

describe('run-collection', () => {
  it('creates, reads, updates and deletes the same item through {{createdId}}', async () => {
    const dir = await writeCollection('crud', crudRequests(), { spec: { source: `${demo.baseUrl}/openapi.json` } });
    const input = await loadRunInput(dir);
    expect(input.plan.steps.map((s) => [s.name, s.nonIdempotent])).toEqual([
      ['Create item', true],
      ['Read item', false],
      ['Update item', false],
      ['Delete item', false],
      ['Read deleted item', false],
    ]);
    const { model } = await readRunSpec(input);
    const seen: string[] = [];
    const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl, itemName: 'lamp' }, ...(model ? { model } : {}), onStep: (r) => seen.push(r.name) });
    const failures = report.results.flatMap((r) => [...(r.error === undefined ? [] : [r.error]), ...r.assertions.filter((a) => !a.passed).map((a) => `${r.name}: ${a.message ?? ''}`)]);
    expect(failures).toEqual([]);
    expect(seen).toHaveLength(5);
    const id = report.results[0]?.captures[0];
    expect(id).toMatchObject({ name: 'createdId', ok: true });
    expect(report.results[3]?.url).toBe(`${demo.baseUrl}/items/${id?.ok ? id.value : ''}`);
    expect(report.summary).toMatchObject({ steps: 5, passedSteps: 5, failedSteps: 0, assertions: 12, failedAssertions: 0, stopped: null });
    // Loading and validating the demo's document takes most of this; a busy machine took over 5 s.
  }, 20_000);

  it('runs iterations with fresh variables, side by side when asked', async () => {
    const dir = await writeCollection('crud-iterations', crudRequests().slice(0, 2));
    const input = await loadRunInput(dir);
    const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl, itemName: 'x' }, iterations: 6, concurrency: 3 });
    expect(report.summary).toMatchObject({ steps: 12, failedSteps: 6, iterations: 6 });
    // "conforms" has no spec here: it fails with a reason instead of passing silently.
    expect(report.summary.failedAssertions).toBe(6);
  });

  it('stops at the first failure with bail, and names unreachable servers', async () => {
    const dir = await writeCollection('failing', [
      newSavedRequest({ name: 'Wrong status', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'status', equals: 500 }] }),
      newSavedRequest({ name: 'Never sent', method: 'GET', url: '{{baseUrl}}/health' }),
    ]);
    const input = await loadRunInput(dir);
    const bailed = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl }, bail: true });
    expect(bailed.summary.stopped).toBe('bail');
    expect(bailed.results.map((r) => r.name)).toEqual(['Wrong status']);
    expect(bailed.results[0]?.assertions[0]?.message).toBe('expected status 500, got 200');
    const unreachable = await runCollection(input.plan, { variables: { baseUrl: 'http://127.0.0.1:9' } });
    expect(unreachable.results[0]?.error).toMatch(/127\.0\.0\.1:9/);
  });

  it('checks the status of requests without assertions against what the linked operation declares', async () => {
    const dir = await writeCollection(
      'unwritten',
      [
        newSavedRequest({ name: 'Missing item', method: 'GET', url: '{{baseUrl}}/items/999999', operation: { key: 'GET /items/{itemId}' } }),
        newSavedRequest({ name: 'No such path', method: 'GET', url: '{{baseUrl}}/nowhere' }),
        newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', operation: { key: 'GET /health' } }),
      ],
      { spec: { source: `${demo.baseUrl}/openapi.json` } },
    );
    const input = await loadRunInput(dir);
    const { model } = await readRunSpec(input);
    expect(model).toBeDefined();
    const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl }, ...(model ? { model } : {}) });
    expect(report.results.map((r) => [r.status, r.passed, r.assertions[0]?.name])).toEqual([
      [404, false, 'implicit: status is a success the spec declares (200)'],
      [404, false, 'implicit: status is 2xx or 3xx'],
      [200, true, 'implicit: status is a success the spec declares (200)'],
    ]);
    expect(report.summary).toMatchObject({ failedSteps: 2, assertions: 0, implicitChecks: 3, failedImplicitChecks: 2 });
  });

  it('falls back to 2xx/3xx when the spec of an implicit check cannot load', async () => {
    const dir = await writeCollection('lost-spec', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', operation: { key: 'GET /health' } })], { spec: { source: 'gone.yaml' } });
    const input = await loadRunInput(dir);
    expect((await readRunSpec(input)).model).toBeUndefined();
    const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl } });
    expect(report.results[0]?.assertions[0]).toEqual({ name: 'implicit: status is 2xx or 3xx', passed: true, implicit: true });
  });

  it('stops when the signal aborts', async () => {
    const dir = await writeCollection('stop', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health' })]);
    const input = await loadRunInput(dir);
    const stop = new AbortController();
    let count = 0;
    const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl }, iterations: 50, signal: stop.signal, onStep: () => (++count === 3 ? stop.abort() : undefined) });
    expect(report.summary.stopped).toBe('user');
    expect(report.results).toHaveLength(3);
  });

  it('gives up on a step after the run timeout and goes on to the next', async () => {
    // A server that reads the request and never answers.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const dir = await writeCollection('slow', [newSavedRequest({ name: 'Hangs', method: 'GET', url: `http://127.0.0.1:${port}/` }), newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'status', equals: 200 }] })]);
      const input = await loadRunInput(dir);
      const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl }, timeoutMs: 150 });
      expect(report.results[0]?.error).toMatch(/^No answer from http:\/\/127\.0\.0\.1/);
      expect(report.results[1]?.passed).toBe(true);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
