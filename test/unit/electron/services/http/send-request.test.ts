import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { cancelRequest } from '../../../../../electron/services/http/in-flight';
import { UploadStore } from '../../../../../electron/services/files/upload-store';
import { UserFacingError } from '../../../../../electron/services/app-error';

interface Seen {
  method?: string;
  url?: string;
  headers?: Record<string, string | string[] | undefined>;
  body?: string;
}

describe('send-request', () => {
  let server: Server;
  let base = '';
  const seen: Seen = {};

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        Object.assign(seen, { method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (request.url === '/missing') return void response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"detail":"Not Found"}');
        if (request.url === '/gzip') return void response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(gzipSync('hello gzip'));
        if (request.url === '/binary') return void response.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
        if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2000);
        if (request.url === '/cookies') {
          response.setHeader('Set-Cookie', ['a=1', 'b=2']);
          return void response.writeHead(204).end();
        }
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Echo': 'yes' }).end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  it('sends method, headers and body as given and snapshots the response', async () => {
    const response = await sendRequest({ method: 'POST', url: `${base}/items?x=1`, headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'X-Trace', value: 't1' }], body: { mediaType: 'application/json', text: '{"name":"a"}' } });
    expect(seen).toMatchObject({ method: 'POST', url: '/items?x=1', body: '{"name":"a"}' });
    expect(seen.headers?.['x-trace']).toBe('t1');
    expect(seen.headers?.['user-agent']).toBe('Roundtrip/0.1');
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.contentType).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({ kind: 'text', text: '{"ok":true}', truncated: false });
    expect(response.sizeBytes).toBe(11);
    expect(response.headers).toContainEqual({ name: 'X-Echo', value: 'yes' });
    expect(response.timeMs).toBeGreaterThanOrEqual(0);
  });

  it('sends a body that is not valid JSON exactly as typed', async () => {
    await sendRequest({ method: 'PUT', url: `${base}/x`, headers: [{ name: 'Content-Type', value: 'application/json' }], body: { mediaType: 'application/json', text: '{"name": oops' } });
    expect(seen.body).toBe('{"name": oops');
  });

  it('treats error statuses as responses', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/missing`, headers: [] });
    expect(response.status).toBe(404);
    expect(response.statusText).toBe('Not Found');
    expect(response.body).toMatchObject({ kind: 'text', text: '{"detail":"Not Found"}' });
  });

  it('decompresses, keeps repeated headers, and previews binary bodies', async () => {
    expect((await sendRequest({ method: 'GET', url: `${base}/gzip`, headers: [] })).body).toMatchObject({ text: 'hello gzip' });
    const cookies = await sendRequest({ method: 'DELETE', url: `${base}/cookies`, headers: [] });
    expect(cookies.status).toBe(204);
    expect(cookies.body).toEqual({ kind: 'empty' });
    expect(cookies.headers.filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value)).toEqual(['a=1', 'b=2']);
    const binary = await sendRequest({ method: 'GET', url: `${base}/binary`, headers: [] });
    expect(binary.body).toEqual({ kind: 'binary', base64Preview: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]).toString('base64'), truncated: false });
  });

  it('names the URL when the connection is refused', async () => {
    await expect(sendRequest({ method: 'GET', url: 'http://127.0.0.1:9/items', headers: [] })).rejects.toMatchObject({
      code: 'connection-refused',
      message: 'Could not reach http://127.0.0.1:9/items (connection refused). Is the server running?',
    });
  });

  it('gives up at the deadline with a clear message', async () => {
    await expect(sendRequest({ method: 'GET', url: `${base}/slow`, headers: [], timeoutMs: 300 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it("keeps to the sender's default deadline when the request sets none, and to the request's own over it", async () => {
    await expect(sendRequest({ method: 'GET', url: `${base}/slow`, headers: [] }, { defaultTimeoutMs: 300 })).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/within 0\.3 s/) as unknown });
    expect((await sendRequest({ method: 'GET', url: `${base}/slow`, headers: [], timeoutMs: 5000 }, { defaultTimeoutMs: 300 })).status).toBe(200);
  });

  it('refuses URLs that are not absolute http(s) and headers that could split a request', async () => {
    await expect(sendRequest({ method: 'GET', url: '/items', headers: [] })).rejects.toBeInstanceOf(UserFacingError);
    await expect(sendRequest({ method: 'GET', url: 'file:///etc/passwd', headers: [] })).rejects.toMatchObject({ code: 'invalid-url' });
    await expect(sendRequest({ method: 'GET', url: `${base}/`, headers: [{ name: 'X-A', value: 'a\r\nX-B: b' }] })).rejects.toMatchObject({ code: 'invalid-header' });
  });

  it('stops a send cancelled while its body is still being prepared: nothing reaches the server', async () => {
    // An upload store that takes its time to find the staged file, as a large file on a slow disk would.
    let found!: () => void;
    const slowUploads = new UploadStore();
    const realFile = slowUploads.file.bind(slowUploads);
    slowUploads.file = async (fileId: string) => {
      await new Promise<void>((resolve) => {
        found = resolve;
      });
      return realFile(fileId);
    };
    const { fileId } = await slowUploads.stage({ name: 'big.bin', mediaType: 'application/octet-stream', offset: 0, chunkBase64: Buffer.from('payload').toString('base64') });
    delete seen.url;
    const sending = sendRequest({ method: 'POST', url: `${base}/upload`, headers: [], body: { mediaType: 'application/octet-stream', text: '', fileId }, requestId: 'prep-1' }, { uploads: slowUploads });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelRequest('prep-1')).toBe(true);
    found();
    await expect(sending).rejects.toMatchObject({ code: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.url).toBeUndefined();
  });
});
