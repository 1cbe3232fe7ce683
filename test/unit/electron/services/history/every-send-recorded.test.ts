import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHistoryStore } from '../../../../../electron/services/history/history-store';
import { recordedSend, recordingAttempts } from '../../../../../electron/services/history/recorded-send';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { runIdempotencyCheck } from '../../../../../electron/services/idempotency-check/run-check';
import { sendWithRetry } from '../../../../../electron/services/retry/send-with-retry';
import type { HistoryEntry } from '../../../../../shared/response/history-entry';

// A real local server: /flaky answers 503 twice then 200, /echo repeats the token it was sent, /orders creates and lists.
let server: Server;
let base: string;
let flaky = 0;
const orders: { id: number }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/flaky') {
      flaky += 1;
      res.writeHead(flaky <= 2 ? 503 : 200, { 'Retry-After': '0', 'content-type': 'application/json' }).end(`{"try":${flaky}}`);
      return;
    }
    if (url === '/echo') {
      const token = String(req.headers['x-token'] ?? '');
      res.writeHead(200, { 'content-type': 'application/json', 'X-Echo': token }).end(JSON.stringify({ note: `you sent ${token}`, escaped: token }));
      return;
    }
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(orders));
      return;
    }
    req.resume();
    req.on('end', () => {
      orders.push({ id: orders.length + 1 });
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(orders.at(-1)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function entries(dir: string): Promise<HistoryEntry[]> {
  const history = createHistoryStore(dir);
  return Promise.all((await history.list()).reverse().map((summary) => history.get(summary.id)));
}

describe('every send is recorded in history', () => {
  it('records each attempt of an automatic retry, numbered, with the Idempotency-Key in use', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir);
    const request = { method: 'POST' as const, url: `${base}/flaky`, headers: [{ name: 'Idempotency-Key', value: 'key-77' }], opKey: 'POST /flaky', retry: { maxRetries: 3, backoffMs: 0, maxDelayMs: 0 } };
    const answer = await sendWithRetry(request, { send: recordingAttempts(history, sendRequest), sleep: () => Promise.resolve() });
    expect(answer.status).toBe(200);
    await history.list();
    const recorded = await entries(dir);
    expect(recorded.map((entry) => [entry.attempt, entry.via, entry.response?.status, entry.idempotencyKey, entry.opKey])).toEqual([
      [1, undefined, 503, 'key-77', 'POST /flaky'],
      [2, 'retry', 503, 'key-77', 'POST /flaky'],
      [3, 'retry', 200, 'key-77', 'POST /flaky'],
    ]);
    // The key is searchable, so the exchanges of one logical request can be found together.
    expect((await history.list('key-77')).map((summary) => summary.attempt)).toEqual([3, 2, 1]);
  });

  it('records both sends and both reads of the idempotency check, each with its step', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir);
    const request = { method: 'POST' as const, url: `${base}/orders`, headers: [{ name: 'Idempotency-Key', value: 'k-9' }], body: { mediaType: 'application/json', text: '{}' } };
    const report = await runIdempotencyCheck(
      { request, plan: { readUrl: `${base}/orders`, readScope: 'collection', key: 'k-9', noun: 'order' } },
      { send: (each, step) => recordedSend(history, each, () => sendRequest(each), { via: 'idempotency-check', step }) },
    );
    expect(report.exchanges).toHaveLength(4);
    await history.list();
    const recorded = await entries(dir);
    expect(recorded.map((entry) => [entry.via, entry.step, entry.request.method, entry.idempotencyKey])).toEqual([
      ['idempotency-check', '1st send', 'POST', 'k-9'],
      ['idempotency-check', 'state after 1st send', 'GET', undefined],
      ['idempotency-check', '2nd send', 'POST', 'k-9'],
      ['idempotency-check', 'state after 2nd send', 'GET', undefined],
    ]);
  });

  it('masks secret values the server echoes in the response body and headers, even across the body cap', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir, { maxBodyChars: 20 });
    const secret = 'sk/"live"-4242';
    const request = { method: 'GET' as const, url: `${base}/echo`, headers: [{ name: 'X-Token', value: secret }], secretValues: [secret] };
    const answer = await recordedSend(history, request, () => sendRequest(request));
    // The renderer still sees the real answer; only what is written to disk is masked.
    expect(answer.body.kind === 'text' && answer.body.text).toContain('you sent sk/\\"live\\"-4242');
    await history.list();
    const [file] = readdirSync(path.join(dir, 'history')).filter((name) => name.endsWith('.json'));
    const text = readFileSync(path.join(dir, 'history', file ?? ''), 'utf8');
    expect(text).not.toContain('4242');
    expect(text).not.toContain('sk/');
    const [entry] = await entries(dir);
    expect(entry?.response?.headers.find((header) => header.name.toLowerCase() === 'x-echo')?.value).toBe('[redacted]');
    expect(entry?.bodyTruncated).toBe(true);
  });
});
