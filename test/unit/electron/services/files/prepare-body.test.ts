import { appendFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStreamBody, prepareBody, type PreparedBody } from '../../../../../electron/services/files/prepare-body';

/** The bytes a prepared body puts on the wire. */
async function bytesOf(prepared: PreparedBody | undefined): Promise<Buffer> {
  if (prepared === undefined) return Buffer.alloc(0);
  if (!isStreamBody(prepared.data)) return Buffer.from(prepared.data);
  const chunks: Buffer[] = [];
  for await (const chunk of prepared.data.open()) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  expect(all.length).toBe(prepared.data.length);
  return all;
}
import { UploadStore } from '../../../../../electron/services/files/upload-store';

describe('prepare-body', () => {
  let dir: string;
  let uploads: UploadStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roundtrip-prepare-'));
    uploads = new UploadStore(join(dir, 'uploads'));
  });
  afterEach(async () => {
    await uploads.clear();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends an adopted file from where it is, exactly its checked length, and fails one that shrank or changed', async () => {
    const path = join(dir, 'rows.csv');
    await writeFile(path, 'a,b\n1,2\n');
    const fileId = uploads.adopt({ path, name: 'rows.csv', mediaType: 'text/csv', bytes: 8 });
    const prepared = await prepareBody({ mediaType: 'text/csv', text: '', fileId }, uploads);
    await appendFile(path, 'grown after the check');
    expect((await bytesOf(prepared)).toString()).toBe('a,b\n1,2\n');
    await truncate(path, 3);
    await expect(bytesOf(prepared)).rejects.toThrow(`${path} got shorter while it was being sent (3 of 8 bytes); the request was cut off.`);
    await expect(prepareBody({ mediaType: 'text/csv', text: '', fileId }, uploads)).rejects.toThrow(`${path} changed size (8 bytes when read, 3 now) before it was sent, so nothing was sent.`);
    uploads.release(fileId);
    await expect(uploads.file(fileId)).rejects.toThrow(/no longer staged/);
    await uploads.clear();
    expect(await readFile(path, 'utf8')).toBe('a,b');
  });

  it('stages a file chunk by chunk and refuses chunks out of order', async () => {
    const first = await uploads.stage({ name: 'a.bin', offset: 0, chunkBase64: Buffer.from('abc').toString('base64') });
    const second = await uploads.stage({ uploadId: first.fileId, name: 'a.bin', offset: 3, chunkBase64: Buffer.from('def').toString('base64') });
    expect(second).toEqual({ fileId: first.fileId, bytes: 6 });
    await expect(uploads.stage({ uploadId: first.fileId, name: 'a.bin', offset: 2, chunkBase64: '' })).rejects.toThrow(/arrived at byte 2, but 6 bytes are staged/);
    await expect(uploads.file('nope')).rejects.toThrow(/Pick the file again/);
  });

  it('builds a multipart body with a boundary, text parts and file parts', async () => {
    const { fileId } = await uploads.stage({ name: 'n"otes.txt', mediaType: 'text/plain', offset: 0, chunkBase64: Buffer.from('hello').toString('base64') });
    const prepared = await prepareBody({ mediaType: 'multipart/form-data', text: '', parts: [{ name: 'caption', value: 'Hi' }, { name: 'file', fileId }] }, uploads);
    const boundary = /boundary=(.+)$/.exec(prepared?.contentType ?? '')?.[1] ?? '';
    expect(boundary).toMatch(/^----RoundtripBoundary[0-9a-f]{24}$/);
    expect((await bytesOf(prepared)).toString()).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nHi\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="n%22otes.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  it('streams one staged file as the whole body, and sends text as it is', async () => {
    const { fileId } = await uploads.stage({ name: 'x', offset: 0, chunkBase64: Buffer.from([0, 1, 2]).toString('base64') });
    const file = await prepareBody({ mediaType: 'application/octet-stream', text: '', fileId }, uploads);
    expect(await bytesOf(file)).toEqual(Buffer.from([0, 1, 2]));
    // Opened again (a redirect that keeps the body), it starts from the beginning.
    expect(await bytesOf(file)).toEqual(Buffer.from([0, 1, 2]));
    expect(await prepareBody({ mediaType: 'text/plain', text: 'hi' }, uploads)).toEqual({ data: 'hi' });
    expect(await prepareBody(undefined, uploads)).toBeUndefined();
  });

  it('sends a part with a file name and no staged file as a file with its content inline', async () => {
    const prepared = await prepareBody({ mediaType: 'multipart/form-data', text: '', parts: [{ name: 'file', value: 'bytes', filename: 'up.bin' }, { name: 'caption', value: 'hi' }] }, uploads);
    const boundary = /boundary=(.+)$/.exec(prepared?.contentType ?? '')?.[1] ?? '';
    const text = (await bytesOf(prepared)).toString('utf8');
    expect(text).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="up.bin"\r\nContent-Type: application/octet-stream\r\n\r\nbytes\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nhi\r\n--${boundary}--\r\n`,
    );
  });
});
