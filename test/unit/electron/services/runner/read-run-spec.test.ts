import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/app-error';
import { loadRunInput } from '../../../../../electron/services/runner/load-run-input';
import { readRunSpec, specLoadFailure } from '../../../../../electron/services/runner/read-run-spec';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { writeCollection } from '../../../../support/runner-collections';

/** A server that answers 404 to everything: a spec URL with no document behind it. */
let notFound: Server;
let notFoundUrl: string;
beforeAll(async () => {
  notFound = createServer((_req, res) => {
    res.statusCode = 404;
    res.end('no such thing');
  });
  await new Promise<void>((resolve) => notFound.listen(0, '127.0.0.1', resolve));
  notFoundUrl = `http://127.0.0.1:${(notFound.address() as AddressInfo).port}`;
});
afterAll(() => {
  notFound.close();
});

/** A loopback port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const checked = newSavedRequest({ name: 'Checked', method: 'GET', url: 'http://127.0.0.1:9/health', operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] });
const implicit = newSavedRequest({ name: 'Implicit', method: 'GET', url: 'http://127.0.0.1:9/health', operation: { key: 'GET /health' } });

/** A collection of `requests` linked to `source`, with `files` written beside collection.json. */
async function collection(name: string, source: string, files: Record<string, string> = {}, requests = [checked]): Promise<string> {
  const dir = await writeCollection(name, requests, { spec: { source } });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const read = async (dir: string) => readRunSpec(await loadRunInput(dir));

describe('read-run-spec', () => {
  it('goes on without a spec whose server refuses the connection, and says to start it', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/openapi.json`;
    const spec = await read(await collection('refused', url));
    expect(spec.model).toBeUndefined();
    expect(spec.unreadable?.why).toBe(`Could not reach ${url} (connection refused). Is the server running?`);
    expect(spec.unreadable?.action).toMatch(/^Start the server that serves http:\/\/127\.0\.0\.1:\d+\/openapi\.json /);
  });

  it('goes on without a spec URL that answers an error status', async () => {
    const spec = await read(await collection('not-found', `${notFoundUrl}/openapi.json`));
    expect(spec.unreadable?.why).toBe(`${notFoundUrl}/openapi.json answered 404 Not Found: no OpenAPI document there. Check the address.`);
  });

  it('goes on without a spec file that is gone, or is a folder, and says to put it back', async () => {
    const gone = await read(await collection('gone', 'specs/openapi.json'));
    expect(gone.unreadable?.why).toMatch(/^Could not open .*specs\/openapi\.json \(no such file\)\. Check the path and try again\.$/);
    expect(gone.unreadable?.action).toMatch(/^Put the file back at specs\/openapi\.json /);
    const dir = await collection('folder', 'openapi.json');
    await mkdir(path.join(dir, 'openapi.json'));
    expect((await read(dir)).unreadable?.why).toMatch(/\(it is a folder\)/);
  });

  it('stops at a spec that was read but is broken, naming the problem and what to fix', async () => {
    const dir = await collection('bad-json', 'openapi.json', { 'openapi.json': '{"openapi": "3.0.3", "paths": {' });
    const error = await read(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'spec-syntax' });
    expect((error as Error).message).toMatch(/^The run did not start: the collection's spec \(openapi\.json\) was read but cannot be used\.\n.*openapi\.json is not valid JSON .*\. Fix the document\.\nOnce it is fixed \(or "spec\.source" in the collection's collection\.json names a working one\), run again\.$/);
  });

  it('stops at a spec whose $ref is refused, a code the old list of broken codes did not name', async () => {
    const doc = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/health': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '../outside.json' } } } } } } } } };
    const dir = await collection('ref-out', 'openapi.json', { 'openapi.json': JSON.stringify(doc) });
    await expect(read(dir)).rejects.toMatchObject({ code: 'spec-ref-refused', message: expect.stringContaining('outside the document\'s folder') });
  });

  it('leaves implicit checks at 2xx/3xx without a word when a broken spec is needed by no assertion', async () => {
    const dir = await collection('bad-json-implicit', 'openapi.json', { 'openapi.json': 'openapi: [' }, [implicit]);
    expect(await read(dir)).toEqual({});
  });

  it('counts only a loader error with a network or file code as unreadable', () => {
    expect(specLoadFailure(new UserFacingError('connection-refused', 'x'))).toBe('unreadable');
    expect(specLoadFailure(new UserFacingError('spec-refs', 'x'))).toBe('broken');
    expect(specLoadFailure(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }))).toBe('broken');
    expect(specLoadFailure('boom')).toBe('broken');
  });
});
