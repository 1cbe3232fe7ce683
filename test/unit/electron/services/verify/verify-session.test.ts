import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VerifySession } from '../../../../../electron/services/verify/verify-session';
import type { ApiModel, OperationModel } from '../../../../../shared/model/api-model';

const op = (method: OperationModel['method'], path: string): OperationModel => ({ key: `${method} ${path}`, method, path, tags: [], group: '', deprecated: false, idempotency: 'safe', parameters: [], responses: [], servers: [] });
const model: ApiModel = { specVersion: '3.1.0', title: 't', version: '1', servers: [], operations: [op('POST', '/items'), op('DELETE', '/items/{item_id}')], schemaDefs: {} };

let server: Server;
let baseUrl: string;
const seen: string[] = [];
let busy = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    if (req.url === '/busy' && busy++ < 2) return res.writeHead(busy === 1 ? 429 : 503, { 'Retry-After': '0' }).end();
    if (req.method === 'POST') return res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: 'a/1' }));
    res.writeHead(req.method === 'DELETE' ? 204 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('verify-session', () => {
  it('waits out 429 and 503 with Retry-After and counts every request sent', async () => {
    const session = new VerifySession(model, baseUrl, undefined);
    const exchange = await session.send(op('GET', '/busy'), { method: 'GET', url: `${baseUrl}/busy`, headers: [] }, 'busy');
    expect(exchange.response?.status).toBe(200);
    expect(session.requests).toBe(3);
    expect(session.exchanges.get('GET /busy')).toHaveLength(1);
  });

  it('remembers what a POST created and deletes it at the end', async () => {
    seen.length = 0;
    const session = new VerifySession(model, baseUrl, undefined);
    await session.send(op('POST', '/items'), { method: 'POST', url: `${baseUrl}/items?x=1`, headers: [] }, 'create');
    expect(session.created).toEqual([`${baseUrl}/items/a%2F1`]);
    expect(await session.cleanUp([])).toBe(1);
    expect(seen).toEqual(['POST /items?x=1', 'DELETE /items/a%2F1']);
  });
});
