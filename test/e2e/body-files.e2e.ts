import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

describe('form, multipart and file bodies on a FastAPI service', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;
  let dir: string;
  let upload: string;
  // Larger than one staging chunk, so the file goes over in several slices.
  const content = `hello from Roundtrip\n${'x'.repeat(1_300_000)}`;

  beforeAll(async () => {
    ({ app } = served());
    dir = await mkdtemp(join(tmpdir(), 'roundtrip-upload-'));
    upload = join(dir, 'notes.txt');
    await writeFile(upload, content);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function formField(name: string) {
    return app.page.locator(`[data-testid="form-body-field"][data-name="${name}"]`);
  }

  it('uploads a file with text fields as multipart/form-data, and the server receives both', async () => {
    await app.selectOperation('POST', '/upload');
    await formField('caption').getByTestId('form-body-input').fill('Meeting notes');
    await formField('tags').getByTestId('form-body-input').fill('work, draft');
    await formField('file').getByTestId('body-file-input').setInputFiles(upload);
    await formField('file').getByTestId('body-file-picked').waitFor();
    expect(await formField('file').getByTestId('body-file-picked').innerText()).toMatch(/notes\.txt · 1\.2 MB/);
    await app.page.screenshot({ path: '/tmp/body-multipart.png', fullPage: true });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({
      caption: 'Meeting notes',
      tags: ['work', 'draft'],
      filename: 'notes.txt',
      contentType: 'text/plain',
      size: Buffer.byteLength(content),
      head: content.slice(0, 32),
    });
  });

  it('posts application/x-www-form-urlencoded fields', async () => {
    await app.selectOperation('POST', '/form');
    await formField('name').getByTestId('form-body-input').fill('Ada & Co');
    await formField('size').getByTestId('form-body-input').selectOption('large');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ name: 'Ada & Co', size: 'large' });
  });

  it('sends a binary body from a file', async () => {
    await app.selectOperation('POST', '/raw');
    await app.byTestId('body-file-input').setInputFiles(upload);
    await app.byTestId('body-file-picked').waitFor();
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ size: Buffer.byteLength(content), contentType: 'application/octet-stream', head: content.slice(0, 32) });
  });
});
