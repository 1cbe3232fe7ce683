import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendWithRetry } from '../../../../../electron/services/retry/send-with-retry';
import type { EventMap, EventName, EventSink } from '../../../../../shared/ipc/events';
import type { RequestDescription } from '../../../../../shared/request/request-model';

// A real local server whose behaviour per path is scripted by the count of requests it has seen.
let server: Server;
let base: string;
const seen = new Map<string, number>();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  const count = (seen.get(path) ?? 0) + 1;
  seen.set(path, count);
  if (path === '/drop-first' && count === 1) {
    // Drops the connection before any answer, as a crashing proxy or a restarting server would.
    req.socket.destroy();
    return;
  }
  if (path === '/busy' && count <= 2) {
    res.writeHead(503, { 'Retry-After': '0' }).end('busy');
    return;
  }
  if (path === '/limited' && count === 1) {
    res.writeHead(429, { 'Retry-After': '1' }).end('slow down');
    return;
  }
  if (path === '/always-503') {
    res.writeHead(503).end('down');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count }));
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => seen.clear());

const waits: number[] = [];
const sleep = (ms: number): Promise<void> => {
  waits.push(ms);
  return Promise.resolve();
};
beforeEach(() => {
  waits.length = 0;
});

function recorder(): { sink: EventSink; events: EventMap['request:attempt'][] } {
  const events: EventMap['request:attempt'][] = [];
  return {
    events,
    sink: {
      emit<E extends EventName>(name: E, payload: EventMap[E]) {
        if (name === 'request:attempt') events.push(payload as EventMap['request:attempt']);
      },
    },
  };
}

const policy = { maxRetries: 3, backoffMs: 50 };

describe('send-with-retry', () => {
  it('retries a GET after the server drops the first connection, and reports each attempt', async () => {
    const { sink, events } = recorder();
    const request: RequestDescription = { method: 'GET', url: `${base}/drop-first`, headers: [], requestId: 'r1', retry: policy };
    const response = await sendWithRetry(request, { events: sink, sleep });
    expect(response.status).toBe(200);
    expect(response.retry?.attempts.map((a) => a.status ?? a.error?.code)).toEqual(['connection-reset', 200]);
    expect(waits).toEqual([50]);
    expect(events.map((e) => [e.requestId, e.attempt, e.of])).toEqual([
      ['r1', 1, 4],
      ['r1', 2, 4],
    ]);
    expect(seen.get('/drop-first')).toBe(2);
  });

  it('retries a POST that carries an Idempotency-Key', async () => {
    const request: RequestDescription = { method: 'POST', url: `${base}/drop-first`, headers: [{ name: 'Idempotency-Key', value: 'k-1' }], retry: policy };
    const response = await sendWithRetry(request, { sleep });
    expect(response.status).toBe(200);
    expect(seen.get('/drop-first')).toBe(2);
  });

  it('never retries a POST without a key, and says why', async () => {
    const request: RequestDescription = { method: 'POST', url: `${base}/always-503`, headers: [], retry: policy };
    const response = await sendWithRetry(request, { sleep });
    expect(response.status).toBe(503);
    expect(seen.get('/always-503')).toBe(1);
    expect(response.retry?.refused).toMatch(/POST is not idempotent and carries no Idempotency-Key/);
  });

  it('does not retry a dropped POST without a key: the error stands', async () => {
    const request: RequestDescription = { method: 'POST', url: `${base}/drop-first`, headers: [], retry: policy };
    await expect(sendWithRetry(request, { sleep })).rejects.toMatchObject({ code: 'connection-reset' });
    expect(seen.get('/drop-first')).toBe(1);
  });

  it('honours Retry-After on 503 and 429', async () => {
    const busy = await sendWithRetry({ method: 'PUT', url: `${base}/busy`, headers: [], retry: policy }, { sleep });
    expect(busy.retry?.attempts.map((a) => [a.status, a.waitMs, a.waitFromRetryAfter])).toEqual([
      [503, 0, true],
      [503, 0, true],
      [200, undefined, undefined],
    ]);
    waits.length = 0;
    const limited = await sendWithRetry({ method: 'GET', url: `${base}/limited`, headers: [], retry: policy }, { sleep });
    expect(limited.status).toBe(200);
    expect(waits).toEqual([1000]);
  });

  it('stops after the configured count and returns the last answer', async () => {
    const response = await sendWithRetry({ method: 'DELETE', url: `${base}/always-503`, headers: [], retry: { maxRetries: 2, backoffMs: 10 } }, { sleep });
    expect(response.status).toBe(503);
    expect(seen.get('/always-503')).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it('is a plain send when retry is off', async () => {
    await expect(sendWithRetry({ method: 'GET', url: `${base}/drop-first`, headers: [] }, { sleep })).rejects.toMatchObject({ code: 'connection-reset' });
    expect(seen.get('/drop-first')).toBe(1);
  });
});

describe('send-with-retry and cancel', () => {
  it('stops waiting for the next attempt when the request is cancelled', async () => {
    const { cancelRequest } = await import('../../../../../electron/services/http/in-flight');
    const slow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5_000));
    const request: RequestDescription = { method: 'GET', url: `${base}/always-503`, headers: [], requestId: 'cancel-me', retry: { maxRetries: 3, backoffMs: 5_000 } };
    const running = sendWithRetry(request, { sleep: slow });
    // Cancel as soon as the first answer is in and the wait has begun.
    while (seen.get('/always-503') !== 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelRequest('cancel-me')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.get('/always-503')).toBe(1);
  });
});
