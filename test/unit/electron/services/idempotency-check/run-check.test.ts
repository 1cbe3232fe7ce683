import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIdempotencyCheck } from '../../../../../electron/services/idempotency-check/run-check';

// A real local server with two collections: /kept replays a repeated Idempotency-Key, /lost ignores it.
let server: Server;
let base: string;
const store: Record<string, { id: number }[]> = { '/kept': [], '/lost': [] };
const replies = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const list = store[path];
    if (list === undefined) {
      res.writeHead(404).end();
      return;
    }
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
      return;
    }
    const key = String(req.headers['idempotency-key'] ?? '');
    const stored = path === '/kept' ? replies.get(key) : undefined;
    req.resume();
    req.on('end', () => {
      if (stored !== undefined) {
        res.writeHead(201, { 'content-type': 'application/json', 'Idempotent-Replayed': 'true' }).end(stored);
        return;
      }
      const item = { id: list.length + 1 };
      list.push(item);
      replies.set(key, JSON.stringify(item));
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(item));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const headers = [
  { name: 'Content-Type', value: 'application/json' },
  { name: 'Idempotency-Key', value: 'k-1' },
];

describe('run-check', () => {
  it('passes a POST whose server replays the key, after two sends and two reads', async () => {
    const report = await runIdempotencyCheck({
      request: { method: 'POST', url: `${base}/kept`, headers, body: { mediaType: 'application/json', text: '{}' } },
      plan: { noun: 'kept', key: 'k-1', readUrl: `${base}/kept`, readScope: 'collection' },
    });
    expect(report.verdict).toBe('idempotent');
    expect(report.exchanges.map((e) => `${e.label} ${e.method} ${e.status ?? ''}`)).toEqual([
      '1st send POST 201',
      'state after 1st send GET 200',
      '2nd send POST 201',
      'state after 2nd send GET 200',
    ]);
  });

  it('fails a POST whose server ignores the key, naming both ids', async () => {
    const report = await runIdempotencyCheck({
      request: { method: 'POST', url: `${base}/lost`, headers, body: { mediaType: 'application/json', text: '{}' } },
      plan: { noun: 'order', key: 'k-1', readUrl: `${base}/lost`, readScope: 'collection' },
    });
    expect(report.verdict).toBe('not-idempotent');
    expect(report.summary).toBe('POST /lost with the same Idempotency-Key created two orders: ids 1 and 2.');
  });

  it('stops with a message naming the step when the server cannot be reached', async () => {
    await expect(
      runIdempotencyCheck({ request: { method: 'PUT', url: 'http://127.0.0.1:9/x', headers: [] }, plan: { noun: 'x' } }),
    ).rejects.toMatchObject({ code: 'check-failed', message: expect.stringMatching(/^The idempotency check stopped at "1st send": /) as unknown });
  });
});
