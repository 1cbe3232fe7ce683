import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../../electron/host/host-server';
import { createDispatch } from '../../../../electron/services/dispatch';
import { stubHandlers } from '../../../support/stub-handlers';
import { createEventHub } from '../../../../electron/services/event-hub';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http rather than fetch: fetch forbids setting Host and Origin, which is what is under test.
function call(port: number, method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('host-server', () => {
  let host: RunningHost;
  const events = createEventHub();
  let rpcHeaders: Record<string, string>;
  const handlers = stubHandlers({
    'demo:start': async () => ({ baseUrl: 'http://127.0.0.1:1', specUrl: 'http://127.0.0.1:1/openapi.json' }),
    // Text no JSON.stringify would produce (spaces): proves the host writes it as is.
    'spec:load': async () => '{"origin": {"kind":"text","location":"pasted"}, "model": {"title":"T"}, "problems": []}',
    // A plain string answer of a channel not declared to answer with JSON text stays a string.
    'collection:export': async () => ({ text: '{"not": "spliced"}', fileName: 'x.json' }),
  });

  beforeAll(async () => {
    host = await startHost({ rendererDir: path.resolve('test/fixtures/renderer'), dispatch: createDispatch(handlers), events });
    rpcHeaders = { Host: `127.0.0.1:${host.port}`, Origin: `http://127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-Roundtrip-Token': host.token };
  });
  afterAll(() => host.close());

  it('prints a URL with a fresh random token on 127.0.0.1', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    const other = await startHost({ rendererDir: path.resolve('test/fixtures/renderer'), dispatch: createDispatch(handlers), events });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it('serves the renderer with a strict CSP and no traversal outside its folder', async () => {
    const index = await call(host.port, 'GET', '/', { Host: `localhost:${host.port}` });
    expect(index.status).toBe(200);
    expect(index.body).toContain('fixture');
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval');
    expect((await call(host.port, 'GET', '/..%2f..%2fpackage.json', { Host: `127.0.0.1:${host.port}` })).status).toBe(404);
  });

  it('answers a channel call that carries the token from our origin', async () => {
    const reply = await call(host.port, 'POST', '/rpc/demo:start', rpcHeaders, '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { baseUrl: 'http://127.0.0.1:1', specUrl: 'http://127.0.0.1:1/openapi.json' } });
  });

  it('writes the JSON text of a channel declared to answer with it (spec:load) as is, without stringifying it again', async () => {
    const reply = await call(host.port, 'POST', '/rpc/spec:load', rpcHeaders, JSON.stringify({ source: { kind: 'text', text: 'x', name: 'pasted' } }));
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('{"ok":true,"value":{"origin": {"kind":"text","location":"pasted"}, "model": {"title":"T"}, "problems": []}}');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { origin: { kind: 'text', location: 'pasted' }, model: { title: 'T' }, problems: [] } });
    const other = await call(host.port, 'POST', '/rpc/collection:export', rpcHeaders, JSON.stringify({ id: 'c', format: 'postman' }));
    expect(JSON.parse(other.body)).toMatchObject({ ok: true, value: { text: '{"not": "spliced"}' } });
  });

  it('returns handler validation failures as results', async () => {
    const reply = await call(host.port, 'POST', '/rpc/spec:load', rpcHeaders, '{"source":{"kind":"ftp"}}');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses calls without the token, from another origin, another Host, or not as JSON', async () => {
    const withoutToken = Object.fromEntries(Object.entries(rpcHeaders).filter(([name]) => name !== 'X-Roundtrip-Token'));
    expect((await call(host.port, 'POST', '/rpc/demo:start', withoutToken, '{}')).status).toBe(401);
    expect((await call(host.port, 'POST', '/rpc/demo:start', { ...rpcHeaders, 'X-Roundtrip-Token': 'guess' }, '{}')).status).toBe(401);
    expect((await call(host.port, 'POST', '/rpc/demo:start', { ...rpcHeaders, Origin: 'https://evil.example' }, '{}')).status).toBe(403);
    expect((await call(host.port, 'POST', '/rpc/demo:start', { ...rpcHeaders, Host: `evil.example:${host.port}` }, '{}')).status).toBe(421);
    expect((await call(host.port, 'GET', '/', { Host: 'rebound.example' })).status).toBe(421);
    expect((await call(host.port, 'POST', '/rpc/demo:start', { ...rpcHeaders, 'Content-Type': 'text/plain' }, '{}')).status).toBe(415);
    expect((await call(host.port, 'GET', '/rpc/demo:start', rpcHeaders)).status).toBe(405);
    expect((await call(host.port, 'POST', '/rpc/demo:start', rpcHeaders, '{not json')).status).toBe(400);
  });

  it('refuses unknown channels', async () => {
    const reply = await call(host.port, 'POST', '/rpc/shell:exec', rpcHeaders, '{}');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('answers malformed URLs with a structured 400, with or without the token', async () => {
    const plain = { Host: `127.0.0.1:${host.port}` };
    for (const [method, urlPath, headers] of [['GET', '/%', plain], ['GET', '/assets/%E0%A4%A', plain], ['POST', '/rpc/demo%', rpcHeaders], ['GET', '/events%?token=%', plain]] as const) {
      const reply = await call(host.port, method, urlPath, headers, method === 'POST' ? '{}' : undefined);
      expect([urlPath, reply.status]).toEqual([urlPath, 400]);
      expect(reply.headers['content-type']).toContain('application/json');
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-url', message: expect.stringContaining('not a valid address') } });
    }
  });

  it('streams events to a client that carries the token, and refuses one that does not', async () => {
    expect((await call(host.port, 'GET', '/events', { Host: `127.0.0.1:${host.port}` })).status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('app:ready') && !text.includes('"at":42')) events.emit('app:ready', { at: 42 });
          if (text.includes('"at":42')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received.split('\n\n').filter((frame) => frame.startsWith('data: '))).toHaveLength(2);
  });
});
