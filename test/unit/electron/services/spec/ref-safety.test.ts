import { promises as fsp } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSpec } from '../../../../../electron/services/spec/load-spec';
import { userFacingRejection } from '../../../../support/user-facing-rejection';

const specs = path.resolve('test/fixtures/specs');

function docWithRef(ref: string): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Refs', version: '1' },
    paths: { '/x': { get: { responses: { 200: { description: 'x', content: { 'application/json': { schema: { $ref: ref } } } } } } } },
  });
}

async function listen(handler: (request: IncomingMessage, body: (status: number, text: string) => void) => void): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => handler(request, (status, text) => response.writeHead(status).end(text)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Every path the fs spy saw being read, stat'ed or resolved. */
function spyOnFs(): string[] {
  const seen: string[] = [];
  for (const method of ['readFile', 'stat', 'realpath', 'open', 'lstat'] as const) {
    const original = fsp[method] as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(fsp, method).mockImplementation(((target: unknown, ...rest: unknown[]) => {
      seen.push(String(target));
      return original.call(fsp, target, ...rest);
    }) as never);
  }
  return seen;
}

describe('ref-safety', () => {
  let canary: { server: Server; base: string };
  const canaryHits: string[] = [];
  let docs: { server: Server; base: string };
  let tmp = '';

  beforeAll(async () => {
    canary = await listen((request, reply) => {
      canaryHits.push(request.url ?? '');
      reply(200, '{"type":"string"}');
    });
    docs = await listen((request, reply) => {
      const url = request.url ?? '';
      if (url === '/same-host.json') reply(200, docWithRef('./schemas/thing.json'));
      else if (url === '/schemas/thing.json') reply(200, '{"type":"object","properties":{"ok":{"type":"boolean"}}}');
      else if (url === '/other-host.json') reply(200, docWithRef(`${canary.base}/schema.json`));
      else if (url === '/local-file.json') reply(200, docWithRef('file:///etc/hostname'));
      else if (url === '/relative-file.json') reply(200, docWithRef('../../../../etc/hostname'));
      else reply(404, 'no');
    });
    tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'roundtrip-refs-'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => canary.server.close(() => resolve()));
    await new Promise<void>((resolve) => docs.server.close(() => resolve()));
    await fsp.rm(tmp, { recursive: true, force: true });
    expect(canaryHits).toEqual([]);
  });

  it('resolves refs on the document\'s own host, localhost included', async () => {
    const loaded = await loadSpec({ kind: 'url', url: `${docs.base}/same-host.json` });
    expect(JSON.stringify(loaded.model)).toContain('"ok"');
  });

  it('refuses refs from a URL document to another host, without contacting it', async () => {
    const error = await userFacingRejection(loadSpec({ kind: 'url', url: `${docs.base}/other-host.json` }));
    expect(error.code).toBe('spec-ref-refused');
    expect(error.message).toContain('on another host');
    expect(canaryHits).toEqual([]);
  });

  it('reaches another host only when the user allows it', async () => {
    const host = new URL(canary.base).host;
    await loadSpec({ kind: 'url', url: `${docs.base}/other-host.json` }, { allowRefHosts: [host] });
    expect(canaryHits).toEqual(['/schema.json']);
    canaryHits.length = 0;
  });

  it('never lets a URL document read local files', async () => {
    const seen = spyOnFs();
    const error = await userFacingRejection(loadSpec({ kind: 'url', url: `${docs.base}/local-file.json` }));
    expect(error.code).toBe('spec-ref-refused');
    expect(error.message).toContain('may not read local files');
    expect(seen).toEqual([]);
    // A relative path stays on the document's server: it is fetched there, never read from disk.
    const relative = await loadSpec({ kind: 'url', url: `${docs.base}/relative-file.json` });
    expect(relative.problems.some((p) => p.message.includes('answered 404'))).toBe(true);
    expect(seen).toEqual([]);
  });

  it('keeps a local document inside its folder: ../ is refused before anything outside is touched', async () => {
    const seen = spyOnFs();
    const error = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(specs, 'ref-escape/inside/openapi.yaml') }));
    expect(error.code).toBe('spec-ref-refused');
    expect(error.message).toContain('outside the document\'s folder');
    const inside = path.join(specs, 'ref-escape/inside');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((p) => !p.startsWith(inside))).toEqual([]);
  });

  it('refuses a symlink that leads outside the folder, and an absolute file ref', async () => {
    const folder = path.join(tmp, 'api');
    await fsp.mkdir(folder);
    await fsp.writeFile(path.join(tmp, 'secret.json'), '{"type":"string"}');
    await fsp.symlink(path.join(tmp, 'secret.json'), path.join(folder, 'link.json'));
    await fsp.writeFile(path.join(folder, 'openapi.json'), docWithRef('./link.json'));
    await fsp.writeFile(path.join(folder, 'absolute.json'), docWithRef(path.join(tmp, 'secret.json')));
    const seen = spyOnFs();
    const linked = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(folder, 'openapi.json') }));
    expect(linked.message).toContain('a link that leads outside the document\'s folder');
    const absolute = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(folder, 'absolute.json') }));
    expect(absolute.code).toBe('spec-ref-refused');
    expect(seen.filter((p) => p.endsWith('secret.json') && !p.startsWith(folder))).toEqual([]);
    expect(vi.mocked(fsp.readFile).mock.calls.map((call) => String(call[0])).filter((p) => !p.startsWith(folder))).toEqual([]);
  });

  it('refuses http refs from a local document unless that host is allowed', async () => {
    const folder = path.join(tmp, 'http-ref');
    await fsp.mkdir(folder);
    await fsp.writeFile(path.join(folder, 'openapi.json'), docWithRef(`${canary.base}/schema.json`));
    const error = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(folder, 'openapi.json') }));
    expect(error.code).toBe('spec-ref-refused');
    expect(canaryHits).toEqual([]);
  });

  it('opens a document whose $ref names a missing file, with a warning instead of a failure', async () => {
    const folder = path.join(tmp, 'missing');
    await fsp.mkdir(folder);
    await fsp.writeFile(path.join(folder, 'openapi.json'), docWithRef('./gone.yaml'));
    const loaded = await loadSpec({ kind: 'file', path: path.join(folder, 'openapi.json') });
    expect(loaded.model.operations).toHaveLength(1);
    expect(loaded.problems.find((p) => p.message.includes('gone.yaml'))?.message).toContain('could not be read (no such file)');
  });

  it('applies the size cap to the document and to its referenced files together', async () => {
    const folder = path.join(tmp, 'size');
    await fsp.mkdir(folder);
    await fsp.writeFile(path.join(folder, 'big.json'), JSON.stringify({ type: 'string', description: 'x'.repeat(4000) }));
    await fsp.writeFile(path.join(folder, 'openapi.json'), docWithRef('./big.json'));
    const error = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(folder, 'openapi.json') }, { maxBytes: 2000 }));
    expect(error.code).toBe('spec-too-large');
    const root = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(folder, 'big.json') }, { maxBytes: 1000 }));
    expect(root.message).toMatch(/big\.json is 0 MB; the size limit is 0 MB/);
    const loaded = await loadSpec({ kind: 'file', path: path.join(folder, 'openapi.json') });
    expect(loaded.model.operations).toHaveLength(1);
  });

  it('refuses YAML alias bombs, in the document and in referenced files', async () => {
    const bomb = ['openapi: 3.0.3', 'info: {title: Bomb, version: "1"}', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      bomb.push(`x-${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    bomb.push('paths: {}');
    const error = await userFacingRejection(loadSpec({ kind: 'text', text: bomb.join('\n'), name: 'bomb.yaml' }));
    expect(error.code).toBe('spec-syntax');
    expect(error.message).toMatch(/alias/i);
    const folder = path.join(tmp, 'bomb');
    await fsp.mkdir(folder);
    await fsp.writeFile(path.join(folder, 'schema.yaml'), bomb.slice(2).join('\n'));
    await fsp.writeFile(path.join(folder, 'openapi.json'), docWithRef('./schema.yaml'));
    const nested = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(folder, 'openapi.json') }));
    expect(nested.message).toMatch(/alias/i);
  });

  it('refuses pathological nesting with a clear error instead of a stack overflow', async () => {
    const deep = `{"openapi":"3.0.3","info":{"title":"Deep","version":"1"},"paths":{},"x-deep":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const error = await userFacingRejection(loadSpec({ kind: 'text', text: deep, name: 'deep.json' }));
    expect(error.code).toBe('spec-too-deep');
    const yaml = `openapi: 3.0.3\ninfo: {title: Deep, version: "1"}\npaths: {}\nx-deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const yamlError = await userFacingRejection(loadSpec({ kind: 'text', text: yaml, name: 'deep.yaml' }));
    expect(['spec-too-deep', 'spec-syntax']).toContain(yamlError.code);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await userFacingRejection(loadSpec({ kind: 'url', url: `${docs.base}/same-host.json` }, { signal: controller.signal }));
    expect(error.code).toBe('spec-cancelled');
  });
});
