import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStore } from '../../../../../electron/services/files/upload-store';
import { readStepFiles } from '../../../../../electron/services/runner/read-step-files';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import type { Body } from '../../../../../shared/collections/format-v1';
import type { PlannedStep } from '../../../../../shared/runner/run-plan';

let root: string;
let collectionDir: string;
let secret: string;
const uploads = new UploadStore();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'roundtrip-step-files-'));
  collectionDir = path.join(root, 'shop');
  await mkdir(path.join(collectionDir, 'fixtures'), { recursive: true });
  await writeFile(path.join(collectionDir, 'fixtures', 'cat.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
  secret = path.join(root, 'id_rsa');
  await writeFile(secret, 'PRIVATE KEY');
  await symlink(secret, path.join(collectionDir, 'fixtures', 'key'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function step(body: Body): PlannedStep {
  return { id: 'shop/upload.request.json', name: 'Upload', folders: [], request: newSavedRequest({ name: 'Upload', method: 'POST', url: 'http://h/u', body }), auth: { type: 'none' }, scopes: [], assertions: [], captures: [], idempotency: 'unsafe', nonIdempotent: true } as unknown as PlannedStep;
}

const part = (file: string): Body => ({ mode: 'form-data', parts: [{ name: 'photo', file }] });

describe('read-step-files', () => {
  it('registers a file inside the collection under its name and guessed type, and forgets it on release', async () => {
    const read = await readStepFiles(step(part('fixtures/cat.png')), { collectionDir, uploads });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const attached = read.files.get('fixtures/cat.png');
    expect(attached).toMatchObject({ filename: 'cat.png', mediaType: 'image/png' });
    expect(await uploads.file(attached?.fileId ?? '')).toMatchObject({ path: path.join(collectionDir, 'fixtures', 'cat.png'), bytes: 7 });
    read.release();
    await expect(uploads.file(attached?.fileId ?? '')).rejects.toThrow(/no longer staged/);
  });

  it('fails a missing file naming the path it looked for and the request file to change', async () => {
    const read = await readStepFiles(step({ mode: 'file', file: 'fixtures/gone.bin' }), { collectionDir, uploads });
    expect(read).toEqual({
      ok: false,
      message: `Upload: The body's file "fixtures/gone.bin" is not there (looked for ${path.join(collectionDir, 'fixtures', 'gone.bin')}). Create it, or change the path in ${path.join(collectionDir, 'upload.request.json')} (relative to the collection folder ${collectionDir}).`,
    });
  });

  it('refuses absolute paths, ".." escapes and links leading out unless the run allows them', async () => {
    for (const [file, why] of [
      [secret, 'it is an absolute path'],
      ['../id_rsa', 'its ".." leads out of the collection folder'],
      ['fixtures/key', 'it is a link that leads out of the collection folder'],
    ] as const) {
      const read = await readStepFiles(step(part(file)), { collectionDir, uploads });
      expect(read.ok ? '' : read.message).toContain(`was not read or sent: ${why} (${secret})`);
      expect(read.ok ? '' : read.message).toContain('or run it with `roundtrip run --allow-files-outside` if you trust this collection.');
      const allowed = await readStepFiles(step(part(file)), { collectionDir, uploads, allowOutside: true });
      expect(allowed.ok && allowed.files.get(file)?.filename).toBe(file === 'fixtures/key' ? 'key' : 'id_rsa');
    }
  });

  it('refuses a folder as a file', async () => {
    const read = await readStepFiles(step(part('fixtures')), { collectionDir, uploads });
    expect(read.ok ? '' : read.message).toBe(`Upload: The file "fixtures" of part "photo" (${path.join(collectionDir, 'fixtures')}) is a folder, not a file. Fix it, or change the path in ${path.join(collectionDir, 'upload.request.json')}.`);
  });
});
