import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { proxyFor } from '../../../../../electron/services/http/proxy-env';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { startWireTarget, type WireTarget } from '../../../../support/wire-target';

// A local proxy written here: CONNECT opens a TCP tunnel, an absolute-form request is forwarded.
let proxy: Server;
let proxyUrl: string;
const seen: string[] = [];
let refuse = false;
let target: WireTarget;
// Tunnels outlive their request (kept alive), so they are closed by hand at the end.
const tunnels = new Set<Socket>();

beforeAll(async () => {
  target = await startWireTarget();
  proxy = createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const forwarded = httpRequest(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'X-Via-Proxy': 'yes' });
      answer.pipe(res);
    });
    req.pipe(forwarded);
  });
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url ?? ''} ${req.headers['proxy-authorization'] ?? ''}`.trim());
    if (refuse) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      return;
    }
    const [host = '', port = ''] = (req.url ?? '').split(/:(?=\d+$)/);
    tunnels.add(client);
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of tunnels) socket.destroy();
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await target.stop();
});

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) {
    if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = saved[name];
  }
  seen.length = 0;
  refuse = false;
});

describe('proxies from the environment', () => {
  it('tunnels https through HTTPS_PROXY with CONNECT, TLS end to end to a self-signed server', async () => {
    process.env.HTTPS_PROXY = proxyUrl.replace('http://', 'http://user:p%40ss@');
    const answer = await sendRequest({ method: 'GET', url: `${target.tlsBase}/item`, headers: [], allowInvalidCertificate: true });
    expect(answer.status).toBe(200);
    expect(answer.body.kind === 'text' && JSON.parse(answer.body.text)).toMatchObject({ name: 'Lamp' });
    const authority = new URL(target.tlsBase).host;
    // The proxy saw only the tunnel (with Basic credentials), never the request inside it.
    expect(seen).toEqual([`CONNECT ${authority} Basic ${Buffer.from('user:p@ss').toString('base64')}`]);
  });

  it('still checks the certificate inside the tunnel unless allowed for the request', async () => {
    process.env.HTTPS_PROXY = proxyUrl;
    await expect(sendRequest({ method: 'GET', url: `${target.tlsBase}/item`, headers: [] })).rejects.toMatchObject({ code: 'tls-certificate' });
  });

  it('says so when the proxy refuses the tunnel', async () => {
    process.env.HTTPS_PROXY = proxyUrl;
    refuse = true;
    await expect(sendRequest({ method: 'GET', url: `${target.tlsBase}/item`, headers: [], allowInvalidCertificate: true })).rejects.toThrow(/refused to open a tunnel .*407/);
  });

  it('sends http through HTTP_PROXY in absolute form, and skips the proxy for NO_PROXY hosts', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    const proxied = await sendRequest({ method: 'GET', url: `${target.base}/item`, headers: [] });
    expect(proxied.headers.find((header) => header.name === 'X-Via-Proxy')?.value).toBe('yes');
    expect(seen).toEqual([`GET ${target.base}/item`]);
    process.env.NO_PROXY = 'localhost,127.0.0.1';
    const direct = await sendRequest({ method: 'GET', url: `${target.base}/item`, headers: [] });
    expect(direct.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('reads NO_PROXY as curl does: suffixes, ports and *', () => {
    const env = { HTTPS_PROXY: 'proxy:3128', NO_PROXY: '.internal, example.com:8443' };
    expect(proxyFor(new URL('https://api.example.org/'), env)?.href).toBe('http://proxy:3128/');
    expect(proxyFor(new URL('https://a.b.internal/'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://example.com:8443/'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://example.com/'), env)?.host).toBe('proxy:3128');
    expect(proxyFor(new URL('http://example.com/'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://x/'), { https_proxy: 'http://p:1', NO_PROXY: '*' })).toBeUndefined();
  });
});
