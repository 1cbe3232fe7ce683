/**
 * A local API whose first connection for each request identity (method, path, Idempotency-Key)
 * is dropped before any answer, as a restarting server or a failing proxy would. Serves its own
 * OpenAPI document, and counts what it received so tests can prove what was (not) retried.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyServer {
  readonly baseUrl: string;
  readonly specUrl: string;
  /** Requests received per "METHOD /path", dropped ones included. */
  readonly received: Map<string, number>;
  stop(): Promise<void>;
}

function spec(baseUrl: string): unknown {
  return {
    openapi: '3.0.3',
    info: { title: 'Flaky test API', version: '1.0.0' },
    servers: [{ url: baseUrl }],
    paths: {
      '/flaky': { get: { summary: 'Dropped once, then answers', responses: { '200': { description: 'OK' } } } },
      '/orders': {
        post: {
          summary: 'Create an order (dropped once per key)',
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { item: { type: 'string' } } } } } },
          responses: { '201': { description: 'Created' } },
        },
      },
    },
  };
}

/** Starts the flaky server on a free port of 127.0.0.1. */
export async function startFlakyServer(): Promise<FlakyServer> {
  const seen = new Set<string>();
  const received = new Map<string, number>();
  let orders = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = `${req.method ?? 'GET'} ${path}`;
    if (path === '/openapi.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(spec(baseUrl)));
      return;
    }
    received.set(route, (received.get(route) ?? 0) + 1);
    const identity = `${route} ${String(req.headers['idempotency-key'] ?? '')}`;
    if (!seen.has(identity)) {
      seen.add(identity);
      req.socket.destroy();
      return;
    }
    req.resume();
    req.on('end', () => {
      if (route === 'POST /orders') {
        orders += 1;
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: orders }));
      } else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    specUrl: `${baseUrl}/openapi.json`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
