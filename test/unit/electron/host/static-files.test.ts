import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../../electron/host/static-files';

describe('static-files', () => {
  let root: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'roundtrip-static-'));
    for (const name of ['index.html', 'app.js', 'app.css', 'app.js.map', 'font.woff2', 'logo.svg', 'blob.bin']) await writeFile(path.join(root, name), 'x');
    server = createServer((request, response) => void serveStatic(root, decodeURIComponent(new URL(request.url ?? '/', 'http://h').pathname), response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('serves each file of the build with its type, text as UTF-8', async () => {
    const typeOf = async (urlPath: string) => (await fetch(`${base}${urlPath}`)).headers.get('content-type');
    expect(await typeOf('/')).toBe('text/html; charset=utf-8');
    expect(await typeOf('/app.js')).toBe('text/javascript; charset=utf-8');
    expect(await typeOf('/app.css')).toBe('text/css; charset=utf-8');
    expect(await typeOf('/app.js.map')).toBe('application/json; charset=utf-8');
    expect(await typeOf('/font.woff2')).toBe('font/woff2');
    expect(await typeOf('/logo.svg')).toBe('image/svg+xml');
    expect(await typeOf('/blob.bin')).toBe('application/octet-stream');
  });

  it('answers 404 for a missing file and for a path out of its folder', async () => {
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });
});
