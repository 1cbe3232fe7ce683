/**
 * A local target API for response tests: its own OpenAPI document and routes that
 * redirect, drip slowly, violate their schema, return HTML with scripts, images and
 * binary, and the same answers over TLS with a self-signed certificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WireTarget {
  readonly base: string;
  readonly tlsBase: string;
  readonly specUrl: string;
  stop(): Promise<void>;
}

/** A 1x1 red PNG. */
export const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const json = { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } };

function spec(base: string): unknown {
  const get = (summary: string, content: unknown = json) => ({ get: { summary, responses: { '200': { description: 'OK', content } } } });
  return {
    openapi: '3.0.3',
    info: { title: 'Wire target', version: '1.0.0' },
    servers: [{ url: base }],
    paths: {
      '/item': get('A valid item'),
      '/bad-item': get('An item that breaks its schema'),
      '/bad-items': get('A list whose every item breaks its schema', { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } }),
      '/chain': get('A redirect chain'),
      '/drip': get('A slow body', { 'text/plain': { schema: { type: 'string' } } }),
      '/page': get('An HTML page with a script', { 'text/html': { schema: { type: 'string' } } }),
      '/pixel': get('A PNG image', { 'image/png': { schema: { type: 'string', format: 'binary' } } }),
      '/blob': get('Binary bytes', { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }),
      '/big': get('A large JSON list', { 'application/json': { schema: { type: 'object' } } }),
      '/unrated-item': {
        get: {
          summary: 'An item whose answer lacks a required header',
          responses: { '200': { description: 'OK', headers: { 'X-Rate-Limit': { $ref: '#/components/headers/RateLimit' }, 'X-Trace': { schema: { type: 'string' } } }, content: json } },
        },
      },
    },
    components: {
      headers: { RateLimit: { description: 'Requests left in this window', required: true, schema: { type: 'integer' } } },
      schemas: {
        Item: {
          type: 'object',
          required: ['id', 'name', 'price'],
          properties: { id: { type: 'integer' }, name: { type: 'string' }, price: { type: 'number', minimum: 0 }, note: { type: 'string', nullable: true } },
        },
      },
    },
  };
}

let bigBody: string | undefined;
/** About 20 MB of JSON, built once. */
export function bigJsonBody(): string {
  bigBody ??= JSON.stringify({ items: Array.from({ length: 280_000 }, (_, index) => ({ id: index, name: `item ${index}`, tags: ['a', 'b'], price: index / 7 })) });
  return bigBody;
}

function route(base: () => string) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string | Buffer) => void response.writeHead(status, { 'Content-Type': type }).end(body);
    switch (path) {
      case '/openapi.json':
        return send(200, 'application/json', JSON.stringify(spec(base())));
      case '/item':
        response.setHeader('Set-Cookie', ['sid=abc123; Path=/; HttpOnly; SameSite=Lax', 'theme=dark']);
        return send(200, 'application/json', JSON.stringify({ id: 1, name: 'Lamp', price: 12.5, note: null }));
      case '/unrated-item':
        return send(200, 'application/json', JSON.stringify({ id: 2, name: 'Desk', price: 80 }));
      case '/bad-item':
        return send(200, 'application/json', JSON.stringify({ id: 'one', name: 'Lamp', price: -3 }));
      case '/bad-items':
        return send(200, 'application/json', JSON.stringify(Array.from({ length: 2_000 }, (_, index) => ({ id: index === 5 ? 'five' : index, name: `item ${index}`, price: -1 }))));
      case '/chain':
        return void response.writeHead(302, { Location: '/chain-2' }).end();
      case '/chain-2':
        return void response.writeHead(307, { Location: '/item' }).end();
      case '/drip': {
        response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '100000' });
        const timer = setInterval(() => response.write('x'.repeat(100)), 50);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/page':
        return send(200, 'text/html', '<!doctype html><html><head><title>Page</title></head><body><h1 id="h">Hello from HTML</h1><script>window.parent.postMessage("script-ran","*");document.title="script-ran";</script></body></html>');
      case '/pixel':
        return send(200, 'image/png', PIXEL_PNG);
      case '/blob':
        return send(200, 'application/octet-stream', Buffer.from(Array.from({ length: 300 }, (_, index) => index % 256)));
      case '/big':
        return send(200, 'application/json', bigJsonBody());
      default:
        return send(404, 'application/json', '{"detail":"Not Found"}');
    }
  };
}

/** A key and certificate for 127.0.0.1, valid for a day (made with openssl). */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'roundtrip-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}

/** Listens on a free port of 127.0.0.1 and resolves with it. */
export function listen(server: Server | TlsServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Starts the target on 127.0.0.1 (http and https) on free ports. */
export async function startWireTarget(): Promise<WireTarget> {
  let base = '';
  const plain = createServer(route(() => base));
  const tls = createTlsServer(selfSignedCertificate(), route(() => base));
  base = `http://127.0.0.1:${await listen(plain)}`;
  const tlsBase = `https://127.0.0.1:${await listen(tls)}`;
  return { base, tlsBase, specUrl: `${base}/openapi.json`, stop: async () => void (await Promise.all([closeServer(plain), closeServer(tls)])) };
}

/** Closes `server` and its open connections (kept-alive sockets would hold it open). */
export function closeServer(server: Server | TlsServer): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
