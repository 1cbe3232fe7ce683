import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../../../electron/services/demo-api/demo-server';
import { createRunnerHandlers } from '../../../../../electron/services/runner/runner-handlers';
import type { EventMap, EventName } from '../../../../../shared/ipc/events';
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

  it('refuses a target outside the collections folder', async () => {
    const handlers = createRunnerHandlers({ events: { emit: () => undefined } });
    await expect(handlers['runner:start']({ runId: 'r3', root: '/tmp', targetId: '../etc' })).rejects.toThrow(/not inside the collections folder/);
  });
});
