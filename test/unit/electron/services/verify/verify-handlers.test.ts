import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../../../electron/services/demo-api/demo-server';
import { createVerifyHandlers } from '../../../../../electron/services/verify/verify-handlers';
import type { EventMap, EventName } from '../../../../../shared/ipc/events';
import { verifyStartInput } from '../../../../../shared/verify/verify-inputs';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

const base = { headers: [], checks: ['no-server-error', 'safe-method-unchanged'], maxExamples: 2, seed: 1 };

describe('verify-handlers', () => {
  it('verifies the chosen operations with the engine and streams each check as a verify:check event', async () => {
    const heard: EventMap['verify:check'][] = [];
    const handlers = createVerifyHandlers({ events: { emit: <E extends EventName>(name: E, payload: EventMap[E]) => void (name === 'verify:check' && heard.push(payload as EventMap['verify:check'])) } });
    const input = verifyStartInput.parse({ ...base, runId: 'v1', source: { kind: 'url', url: demo.specUrl }, baseUrl: `${demo.baseUrl}/`, operations: ['GET /items/{itemId}'] });
    const report = await handlers['verify:start'](input);
    expect(report).toMatchObject({ target: demo.baseUrl, spec: demo.specUrl, findings: [], summary: { operations: 1, failed: 0 } });
    expect(heard.map((e) => [e.runId, e.check, e.status, e.done, e.total])).toEqual([
      ['v1', 'safe-method-unchanged', 'passed', 1, 2],
      ['v1', 'no-server-error', 'passed', 2, 2],
    ]);
    expect(await handlers['verify:stop']({ runId: 'v1' })).toBe(false);
  });

  it('refuses a remote target unless allowed, an operation the document lacks, and a server that does not answer', async () => {
    const handlers = createVerifyHandlers({ events: { emit: () => undefined } });
    const start = (change: object) => handlers['verify:start'](verifyStartInput.parse({ ...base, runId: 'v2', source: { kind: 'url', url: demo.specUrl }, baseUrl: demo.baseUrl, operations: ['GET /items'], ...change }));
    await expect(start({ baseUrl: 'http://192.0.2.10:8000' })).rejects.toThrow(/192\.0\.2\.10:8000 is not this machine.*tick "Allow a remote target"/);
    await expect(start({ baseUrl: 'ftp://127.0.0.1' })).rejects.toThrow(/is not an http\(s\) URL/);
    await expect(start({ operations: ['GET /nowhere'] })).rejects.toThrow(/has no operation "GET \/nowhere"/);
    await expect(start({ baseUrl: 'http://127.0.0.1:9' })).rejects.toThrow(/Nothing was verified/);
  });

  it('takes only known check names', () => {
    expect(verifyStartInput.safeParse({ ...base, checks: ['nonsense'], runId: 'v3', source: { kind: 'url', url: 'x' }, baseUrl: 'x', operations: ['GET /'] }).success).toBe(false);
  });
});
