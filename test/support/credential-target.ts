/**
 * A local API whose document declares API keys under names of its own (the header
 * X-Partner-Credential and the query parameter partner_code), whose routes redirect to another
 * origin (302, 307, 308) and from https to http, and a second server on another origin that
 * records every request it receives, so a test can check what crossed over.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './wire-target';

export const PARTNER_HEADER = 'X-Partner-Credential';
export const PARTNER_QUERY = 'partner_code';

/** One request a server of the target received. */
export interface Received {
  /** "api" (the document's own origin, http or https) or "elsewhere" (the other origin). */
  readonly server: 'api' | 'api-tls' | 'elsewhere';
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface CredentialTarget {
  readonly base: string;
  readonly tlsBase: string;
  /** The other origin (another port), where the redirects lead. */
  readonly elsewhere: string;
  readonly specUrl: string;
  /** Everything received, oldest first. */
  readonly received: Received[];
  stop(): Promise<void>;
}

function spec(base: string, tlsBase: string): unknown {
  const security = [{ partnerKey: [], partnerCode: [] }];
  const status = { name: 'status', in: 'path', required: true, schema: { type: 'integer' } };
  const ok = { '200': { description: 'What the server received', content: { 'application/json': { schema: { type: 'object' } } } } };
  return {
    openapi: '3.0.3',
    info: { title: 'Partner API', version: '1.0.0' },
    servers: [{ url: base }, { url: tlsBase }],
    components: {
      securitySchemes: {
        partnerKey: { type: 'apiKey', in: 'header', name: PARTNER_HEADER },
        partnerCode: { type: 'apiKey', in: 'query', name: PARTNER_QUERY },
      },
    },
    security,
    paths: {
      '/away/{status}': { get: { summary: 'Redirects to another origin', parameters: [status], responses: ok } },
      '/downgrade': { get: { summary: 'Redirects from https to http', responses: ok } },
      '/echo': { get: { summary: 'Echoes the request', responses: ok } },
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        get: { summary: 'Reads a thing (on the other origin)', responses: ok },
        put: {
          summary: 'Replaces a thing (on the other origin)',
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: ok,
        },
      },
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function listen(server: Server | TlsServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Starts the API (http and https) and the other origin on free ports of 127.0.0.1. */
export async function startCredentialTarget(): Promise<CredentialTarget> {
  const received: Received[] = [];
  const urls = { base: '', tlsBase: '', elsewhere: '' };
  const things = new Map<string, string>();
  const json = (response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void => void response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(value));

  const api = (server: 'api' | 'api-tls') => async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const body = await readBody(request);
    received.push({ server, method: request.method ?? 'GET', url, headers: request.headers, body });
    const [path = '/', query = ''] = url.split('?');
    const withQuery = query === '' ? '' : `?${query}`;
    const away = /^\/away\/(\d+)$/.exec(path);
    // Like many frameworks' slash and host redirects, the query goes along in the Location.
    if (away) return void response.writeHead(Number(away[1]), { Location: `${urls.elsewhere}/landing${withQuery}` }).end();
    if (path === '/downgrade') return void response.writeHead(302, { Location: `${urls.base}/landing${withQuery}` }).end();
    if (path.startsWith('/things/')) return void response.writeHead(307, { Location: `${urls.elsewhere}${path}${withQuery}` }).end();
    if (path === '/openapi.json') return json(response, 200, spec(urls.base, urls.tlsBase));
    // What it received, headers and query included, as an echo endpoint would: a secret in it comes back.
    if (path === '/echo' || path === '/landing') return json(response, 200, { method: request.method, url, headers: request.headers }, { 'X-Echo-Authorization': String(request.headers.authorization ?? '') });
    return json(response, 404, { detail: 'Not Found' });
  };

  const elsewhere = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const body = await readBody(request);
    received.push({ server: 'elsewhere', method: request.method ?? 'GET', url, headers: request.headers, body });
    const path = url.split('?')[0] ?? '/';
    if (path.startsWith('/things/')) {
      if (request.method === 'PUT') things.set(path, body);
      return json(response, 200, { path, body: things.get(path) ?? null });
    }
    return json(response, 200, { method: request.method, url, headers: request.headers });
  };

  const plain = createServer((req, res) => void api('api')(req, res));
  const tls = createTlsServer(selfSignedCertificate(), (req, res) => void api('api-tls')(req, res));
  const other = createServer((req, res) => void elsewhere(req, res));
  const [plainPort, tlsPort, otherPort] = await Promise.all([listen(plain), listen(tls), listen(other)]);
  urls.base = `http://127.0.0.1:${plainPort}`;
  urls.tlsBase = `https://127.0.0.1:${tlsPort}`;
  // Another port is another origin.
  urls.elsewhere = `http://127.0.0.1:${otherPort}`;
  const close = (server: Server | TlsServer) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { ...urls, specUrl: `${urls.base}/openapi.json`, received, stop: async () => void (await Promise.all([close(plain), close(tls), close(other)])) };
}

/** The requests `server` received whose path starts with `prefix`. */
export function receivedAt(target: CredentialTarget, server: Received['server'], prefix: string): Received[] {
  return target.received.filter((r) => r.server === server && r.url.startsWith(prefix));
}
