import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import type { SavedRequest } from '../../shared/collections/format-v1';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, receivedBy } from '../support/fastapi/received-requests';
import { writeCollection } from '../support/runner-collections';
import { runRoundtrip } from '../support/run-roundtrip';

let server: FastApiServer;
beforeAll(async () => {
  server = await startFastApi('uploads_app');
}, 30_000);
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await forgetReceived(server);
});

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function upload(file: string, checks: SavedRequest['assertions'] = [{ type: 'status', equals: 200 }]): SavedRequest {
  return newSavedRequest({ name: 'Upload photo', method: 'POST', url: '{{baseUrl}}/upload', body: { mode: 'form-data', parts: [{ name: 'caption', value: 'front cover' }, { name: 'file', file }] }, assertions: checks });
}

describe('roundtrip run with files on disk', () => {
  it('sends a multipart file part and a file body read from the collection folder, byte for byte', async () => {
    // Bytes a text reading would mangle (NUL, CR LF, invalid UTF-8, a boundary-like line), over several read chunks.
    const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]), Buffer.from('\r\n------RoundtripBoundary\r\n'), randomBytes(3 * 1024 * 1024)]);
    const rows = Buffer.from('id,name\r\n1,Ada\r\n2,Grace\r\n');
    const dir = await writeCollection('uploads', [
      upload('fixtures/photo.png', [
        { type: 'status', equals: 200 },
        { type: 'json', path: '$.filename', op: 'equals', value: 'photo.png' },
        { type: 'json', path: '$.contentType', op: 'equals', value: 'image/png' },
        { type: 'json', path: '$.size', op: 'equals', value: photo.length },
        { type: 'json', path: '$.sha256', op: 'equals', value: sha256(photo) },
        { type: 'json', path: '$.caption', op: 'equals', value: 'front cover' },
      ]),
      newSavedRequest({
        name: 'Put rows',
        method: 'PUT',
        url: '{{baseUrl}}/blob',
        body: { mode: 'file', file: 'data/rows.csv' },
        assertions: [
          { type: 'status', equals: 200 },
          { type: 'json', path: '$.contentType', op: 'equals', value: 'text/csv' },
          { type: 'json', path: '$.sha256', op: 'equals', value: sha256(rows) },
        ],
      }),
    ]);
    await mkdir(path.join(dir, 'fixtures'));
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'fixtures', 'photo.png'), photo);
    await writeFile(path.join(dir, 'data', 'rows.csv'), rows);
    const result = await runRoundtrip('run', dir, '--var', `baseUrl=${server.baseUrl}`);
    expect(result.stdout).toContain('uploads: 2/2 requests passed, 9/9 assertions passed');
    expect(result.code).toBe(0);
    const [received] = await receivedBy(server, '/upload');
    const disposition = /Content-Disposition: form-data; name="file"; filename="photo\.png"\r\nContent-Type: image\/png\r\n/;
    expect(received?.body).toMatch(disposition);
  });

  it('fails a step whose file is missing with where it looked, sends nothing for it and runs on', async () => {
    const dir = await writeCollection('missing', [upload('fixtures/gone.png'), newSavedRequest({ name: 'Put blob', method: 'PUT', url: '{{baseUrl}}/blob', body: { mode: 'raw', mediaType: 'text/plain', text: 'still runs' } })]);
    const result = await runRoundtrip('run', dir, '--var', `baseUrl=${server.baseUrl}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `error: Upload photo: The file "fixtures/gone.png" of part "file" is not there (looked for ${path.join(dir, 'fixtures', 'gone.png')}). Create it, or change the path in ${path.join(dir, '01-step.request.json')} (relative to the collection folder ${dir}).`,
    );
    expect(result.stdout).toContain('missing: 1/2 requests passed');
    expect((await receivedBy(server)).map((r) => r.path)).toEqual(['/blob']);
  });

  it('refuses a file outside the collection folder unless --allow-files-outside is given', async () => {
    const dir = await writeCollection('escape', [upload('../secret.txt', [{ type: 'status', equals: 200 }, { type: 'json', path: '$.filename', op: 'equals', value: 'secret.txt' }])]);
    const secret = path.join(path.dirname(dir), 'secret.txt');
    await writeFile(secret, 'not for upload');
    const refused = await runRoundtrip('run', dir, '--var', `baseUrl=${server.baseUrl}`);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`The file "../secret.txt" of part "file" was not read or sent: its ".." leads out of the collection folder (${secret}), and a run reads only files inside the collection folder ${dir}`);
    expect(refused.stdout).toContain('or run again with --allow-files-outside if you trust this collection.');
    expect(await receivedBy(server)).toEqual([]);
    const allowed = await runRoundtrip('run', dir, '--var', `baseUrl=${server.baseUrl}`, '--allow-files-outside');
    expect(allowed.stdout).toContain('escape: 1/1 requests passed');
    expect(allowed.code).toBe(0);
  });

  it('still asks to pick the file of a part an import left unnamed', async () => {
    const dir = await writeCollection('to-pick', [upload('')]);
    const result = await runRoundtrip('run', dir, '--var', `baseUrl=${server.baseUrl}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('This request sends the file for part "file", which its saved request names but does not hold: open the request in the app, pick that file and send.');
    expect(await receivedBy(server)).toEqual([]);
  });
});
