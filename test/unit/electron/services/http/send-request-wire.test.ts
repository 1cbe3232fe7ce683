import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBodyFileChunk } from '../../../../../electron/services/http/body-file';
import { cancelRequest } from '../../../../../electron/services/http/in-flight';
import { bodyFileDir } from '../../../../../electron/services/http/body-file-folder';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import type { EventMap, EventName, EventSink } from '../../../../../shared/ipc/events';

type Route = (request: IncomingMessage, response: ServerResponse) => void;

function listen(server: Server | TlsServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function close(server: Server | TlsServer): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** A self-signed certificate for 127.0.0.1, made now with the openssl CLI. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'roundtrip-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}

const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024));
const bigJson = JSON.stringify({ items: Array.from({ length: 280_000 }, (_, index) => ({ id: index, name: `item ${index}`, tags: ['a', 'b'], price: index / 7 })) });

describe('send-request on the wire', () => {
  let main: Server;
  let other: Server;
  let tls: TlsServer;
  let base = '';
  let otherBase = '';
  let tlsBase = '';
  const otherSaw: Record<string, string | undefined>[] = [];
  const mainSaw: Record<string, string | undefined>[] = [];

  const routes: Record<string, Route> = {
    '/drip': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '1000' });
      const timer = setInterval(() => response.write('x'), 50);
      response.on('close', () => clearInterval(timer));
    },
    '/drip-big': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(4 * 1024 * 1024) });
      response.write(Buffer.alloc(2 * 1024 * 1024, 1));
      const timer = setInterval(() => response.write(Buffer.alloc(16, 2)), 50);
      response.on('close', () => clearInterval(timer));
    },
    '/reset': (request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000' });
      response.write('{"partial": "');
      setTimeout(() => request.socket.destroy(), 50);
    },
    '/chain/1': (_request, response) => void response.writeHead(302, { Location: '/chain/2' }).end(),
    '/chain/2': (_request, response) => void response.writeHead(301, { Location: '/chain/3' }).end(),
    '/chain/3': (request, response) => {
      mainSaw.push({ authorization: request.headers.authorization });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"done":true}');
    },
    '/away': (_request, response) => void response.writeHead(307, { Location: `${otherBase}/landing` }).end(),
    '/loop': (_request, response) => void response.writeHead(302, { Location: '/loop' }).end(),
    '/to-file': (_request, response) => void response.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
    '/bomb': (_request, response) => void response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(bomb),
    '/big-json': (_request, response) => void response.writeHead(200, { 'Content-Type': 'application/json' }).end(bigJson),
    '/gzip-json': (_request, response) => void response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(gzipSync('{"a":1}'.repeat(1))),
  };

  beforeAll(async () => {
    main = createServer((request, response) => (routes[request.url ?? ''] ?? ((_q, r) => void r.writeHead(404).end()))(request, response));
    other = createServer((request, response) => {
      otherSaw.push({ authorization: request.headers.authorization, cookie: request.headers.cookie, key: request.headers['x-api-key'] as string | undefined, accept: request.headers.accept });
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('landed');
    });
    tls = createTlsServer(selfSignedCertificate(), (_request, response) => void response.writeHead(200, { 'Content-Type': 'text/plain' }).end('secret hello'));
    base = `http://127.0.0.1:${await listen(main)}`;
    otherBase = `http://localhost:${await listen(other)}`;
    tlsBase = `https://127.0.0.1:${await listen(tls)}`;
  });
  afterAll(async () => {
    await Promise.all([close(main), close(other), close(tls)]);
  });

  it('cancels a slow-drip body in flight by its request id', async () => {
    const sending = sendRequest({ method: 'GET', url: `${base}/drip`, headers: [], requestId: 'drip-1' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cancelRequest('drip-1')).toBe(true);
    await expect(sending).rejects.toMatchObject({ code: 'cancelled', message: expect.stringContaining('/drip was cancelled') });
    expect(cancelRequest('drip-1')).toBe(false);
  });

  it('stops a slow-drip body at the overall deadline, not at an idle timeout, keeping what arrived with a note', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/drip`, headers: [], timeoutMs: 400 });
    expect(response.status).toBe(200);
    expect(response.bodyNote).toMatch(/^The deadline of 0\.4 s passed while the body was arriving: \d+ of 1000 bytes came/);
    expect(response.body).toMatchObject({ kind: 'text', text: expect.stringMatching(/^x+$/), truncated: true });
  });

  it('keeps a body cut by the deadline in its temp file, and removes the file of a cancelled one', async () => {
    const cut = await sendRequest({ method: 'GET', url: `${base}/drip-big`, headers: [], timeoutMs: 1500, maxBodyBytes: 1024 * 1024 });
    expect(cut.bodyNote).toMatch(/deadline of 1\.5 s passed/);
    expect(cut.bodyFile?.bytes).toBeGreaterThan(1024 * 1024);
    expect(statSync(cut.bodyFile?.path ?? '').size).toBe(cut.bodyFile?.bytes);
    const before = new Set(readdirSync(bodyFileDir()));
    const sending = sendRequest({ method: 'GET', url: `${base}/drip-big`, headers: [], requestId: 'drip-big-1', maxBodyBytes: 1024 * 1024 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    cancelRequest('drip-big-1');
    await expect(sending).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(bodyFileDir()).filter((name) => !before.has(name))).toEqual([]);
  });

  it('reports progress events while a body arrives', async () => {
    const seen: EventMap['request:progress'][] = [];
    const events: EventSink = { emit: <E extends EventName>(name: E, payload: EventMap[E]) => void (name === 'request:progress' && seen.push(payload as EventMap['request:progress'])) };
    const sending = sendRequest({ method: 'GET', url: `${base}/drip`, headers: [], requestId: 'drip-2', timeoutMs: 700 }, { events });
    await expect(sending).resolves.toMatchObject({ bodyNote: expect.stringContaining('deadline') });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toMatchObject({ requestId: 'drip-2', totalBytes: 1000 });
    expect(seen.at(-1)?.receivedBytes).toBeGreaterThan(3);
  });

  it('says the body was cut when the server resets the connection mid-body', async () => {
    await expect(sendRequest({ method: 'GET', url: `${base}/reset`, headers: [] })).rejects.toMatchObject({ code: 'connection-reset', message: expect.stringContaining('middle of the body') });
  });

  it('follows a same-origin chain, lists each hop and keeps the Authorization header', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/chain/1`, headers: [{ name: 'Authorization', value: 'Bearer same' }] });
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${base}/chain/3`);
    expect(response.redirects?.map((hop) => [hop.status, hop.url, hop.droppedHeaders])).toEqual([
      [302, `${base}/chain/1`, []],
      [301, `${base}/chain/2`, []],
    ]);
    expect(mainSaw.at(-1)?.authorization).toBe('Bearer same');
  });

  it('drops Authorization, Cookie and API-key headers when a redirect leaves the origin', async () => {
    const headers = [
      { name: 'Authorization', value: 'Bearer secret' },
      { name: 'Cookie', value: 'sid=1' },
      { name: 'X-API-Key', value: 'k1' },
      { name: 'Accept', value: 'text/plain' },
    ];
    const response = await sendRequest({ method: 'GET', url: `${base}/away`, headers });
    expect(response.body).toMatchObject({ text: 'landed' });
    expect(otherSaw.at(-1)).toEqual({ authorization: undefined, cookie: undefined, key: undefined, accept: 'text/plain' });
    expect(response.redirects?.[0]?.droppedHeaders).toEqual(['Authorization', 'Cookie', 'X-API-Key']);
  });

  it('stops at the redirect limit and at non-http targets, showing the last redirect', async () => {
    const looped = await sendRequest({ method: 'GET', url: `${base}/loop`, headers: [], maxRedirects: 3 });
    expect(looped.status).toBe(302);
    expect(looped.redirects).toHaveLength(3);
    expect(looped.redirectNote).toContain('Stopped after 3 redirects');
    const toFile = await sendRequest({ method: 'GET', url: `${base}/to-file`, headers: [] });
    expect(toFile.status).toBe(302);
    expect(toFile.redirectNote).toContain('http and https only');
  });

  it('refuses a self-signed certificate clearly, and accepts it for one request when allowed', async () => {
    await expect(sendRequest({ method: 'GET', url: `${tlsBase}/`, headers: [] })).rejects.toMatchObject({ code: 'tls-certificate', message: expect.stringContaining('Allow invalid certificate') });
    const allowed = await sendRequest({ method: 'GET', url: `${tlsBase}/`, headers: [], allowInvalidCertificate: true });
    expect(allowed).toMatchObject({ status: 200, insecureTls: true, body: { text: 'secret hello' } });
    expect(allowed.timings?.tlsMs).toBeGreaterThan(0);
    // The exception was for that request only.
    await expect(sendRequest({ method: 'GET', url: `${tlsBase}/`, headers: [] })).rejects.toMatchObject({ code: 'tls-certificate' });
  });

  it('stops a gzip bomb at the body cap and says so', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/bomb`, headers: [] });
    expect(response.sizeBytes).toBe(50 * 1024 * 1024);
    expect(response.transferredBytes).toBeLessThan(bomb.length + 1);
    expect(response.bodyNote).toContain('decompression bomb');
    expect(response.body).toMatchObject({ kind: 'text', truncated: true });
  });

  it('reports transferred and decoded sizes for a compressed body', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/gzip-json`, headers: [] });
    expect(response.body).toMatchObject({ text: '{"a":1}' });
    expect(response.sizeBytes).toBe(7);
    expect(response.transferredBytes).toBeGreaterThan(7);
  });

  it('reads a 20 MB JSON body whole, with a timing breakdown', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/big-json`, headers: [] });
    expect(bigJson.length).toBeGreaterThan(20 * 1000 * 1000);
    expect(response.sizeBytes).toBe(Buffer.byteLength(bigJson));
    expect(response.body).toMatchObject({ kind: 'text', truncated: false });
    const timings = response.timings;
    expect(timings).toBeDefined();
    expect((timings?.ttfbMs ?? -1) >= 0 && (timings?.downloadMs ?? -1) >= 0).toBe(true);
  });

  it('times a new connection, then marks the next send on it as reused', async () => {
    const fresh = createServer((_request, response) => void response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok'));
    const url = `http://127.0.0.1:${await listen(fresh)}/`;
    try {
      const first = await sendRequest({ method: 'GET', url, headers: [] });
      const second = await sendRequest({ method: 'GET', url, headers: [] });
      expect(first.timings).toMatchObject({ reusedConnection: false });
      expect(second.timings).toMatchObject({ reusedConnection: true, connectMs: 0 });
    } finally {
      await close(fresh);
    }
  });

  it('streams a body over the memory cap to a temp file and keeps a preview', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/big-json`, headers: [], maxBodyBytes: 1024 * 1024 });
    expect(response.bodyFile?.bytes).toBe(Buffer.byteLength(bigJson));
    expect(statSync(response.bodyFile?.path ?? '').size).toBe(Buffer.byteLength(bigJson));
    expect(response.body).toMatchObject({ kind: 'text', truncated: true });
    expect(response.body.kind === 'text' && response.body.text.length).toBe(1024 * 1024);
    // The renderer saves it whole by reading it back in chunks, by id only.
    const first = await readBodyFileChunk(response.bodyFile?.id ?? '', 0, 8 * 1024 * 1024);
    const rest = await readBodyFileChunk(response.bodyFile?.id ?? '', first.offset + Buffer.from(first.base64, 'base64').length, 8 * 1024 * 1024);
    const third = rest.eof ? undefined : await readBodyFileChunk(response.bodyFile?.id ?? '', 16 * 1024 * 1024, 8 * 1024 * 1024);
    expect(Buffer.concat([first, rest, ...(third ? [third] : [])].map((chunk) => Buffer.from(chunk.base64, 'base64'))).toString('utf8')).toBe(bigJson);
    await expect(readBodyFileChunk('../../etc/passwd', 0, 10)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('goes through the proxy named by HTTP_PROXY, except for hosts in NO_PROXY', async () => {
    const proxied: string[] = [];
    const proxy = createServer((request, response) => {
      proxied.push(request.url ?? '');
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('via proxy');
    });
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY, http_proxy: process.env.http_proxy, no_proxy: process.env.no_proxy };
    try {
      delete process.env.http_proxy;
      delete process.env.no_proxy;
      process.env.HTTP_PROXY = `http://127.0.0.1:${await listen(proxy)}`;
      process.env.NO_PROXY = '127.0.0.1';
      const viaProxy = await sendRequest({ method: 'GET', url: 'http://api.example.test/items', headers: [] });
      expect(viaProxy.body).toMatchObject({ text: 'via proxy' });
      expect(proxied).toEqual(['http://api.example.test/items']);
      const direct = await sendRequest({ method: 'GET', url: `${base}/chain/3`, headers: [] });
      expect(direct.body).toMatchObject({ text: '{"done":true}' });
      expect(proxied).toHaveLength(1);
    } finally {
      // Reflect.deleteProperty: env holds strings only, so "undefined" must mean absent.
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = value;
      }
      await close(proxy);
    }
  });
});
