import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../../../../../electron/services/http/send-request';

describe('send-request-wire-headers', () => {
  let server: Server;
  let base = '';
  // The header lines each request brought, as the server read them (spelling and order kept).
  const received: string[][] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request.rawHeaders);
      request.resume();
      request.on('end', () => {
        if (request.url === '/moved') return void response.writeHead(302, { Location: '/final' }).end();
        response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const pairs = (raw: readonly string[]): [string, string][] => Array.from({ length: raw.length / 2 }, (_, i) => [raw[2 * i] ?? '', raw[2 * i + 1] ?? '']);

  it('records every header the server received, in its order, those the request did not set marked and credentials masked', async () => {
    const response = await sendRequest({ method: 'POST', url: `${base}/echo`, headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Authorization', value: 'Bearer wire-secret-1' }, { name: 'X-Trace', value: 't-1' }], body: { mediaType: 'application/json', text: '{"a":1}' } });
    const wire = response.wireHeaders ?? [];
    const got = pairs(received.at(-1) ?? []);
    expect(wire.map((header) => header.name)).toEqual(got.map(([name]) => name));
    expect(wire.map((header) => header.value)).toEqual(got.map(([name, value]) => (name === 'Authorization' ? '[redacted]' : value)));
    const added = wire.filter((header) => header.addedBy === 'http-client').map((header) => header.name.toLowerCase());
    expect(added).toEqual(expect.arrayContaining(['accept', 'user-agent', 'accept-encoding', 'content-length', 'host', 'connection']));
    expect(added).not.toContain('x-trace');
    expect(JSON.stringify(response)).not.toContain('wire-secret-1');
  });

  it('records the last hop of a redirect', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/moved`, headers: [] });
    expect(response.status).toBe(200);
    expect(response.wireHeaders?.map((header) => [header.name, header.value])).toEqual(pairs(received.at(-1) ?? []));
  });
});
