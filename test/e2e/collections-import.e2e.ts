import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText, IMPORTER_FIXTURES } from '../support/importer-fixtures';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { RunnerPanel } from './support/runner-panel';
import { useUiSession } from './support/ui-session';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A local API that answers every request with 200 and remembers what it received. */
async function startRecorder(): Promise<{ base: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

/** Runs a collection or folder (by its id) in the in-app Runner and waits for the end. */
async function runInApp(app: RoundtripPage, targetId: string): Promise<string> {
  const runner = new RunnerPanel(app);
  await runner.open();
  await app.byTestId('runner-target').selectOption(targetId);
  await runner.run();
  return runner.finished();
}

/** The app with the demo open and the Collections drawer's import area shown. */
async function openImport(app: RoundtripPage): Promise<CollectionsPanel> {
  await app.openDemo();
  const panel = new CollectionsPanel(app);
  await panel.open();
  await app.byTestId('collection-import-toggle').click();
  return panel;
}

describe('collections import: files, drop, preview', () => {
  const session = useUiSession();
  let target: Awaited<ReturnType<typeof startRecorder>>;
  beforeAll(async () => {
    target = await startRecorder();
  });
  afterAll(async () => {
    await new Promise((resolve) => target.server.close(resolve));
  });

  it('imports a Postman file through the picker after a preview, and its requests send', async () => {
    const app = await session().openApp();
    const panel = await openImport(app);
    const file = path.join(tmpdir(), `roundtrip-import-${process.pid}.postman_collection.json`);
    await writeFile(
      file,
      JSON.stringify({
        info: { name: 'Picked Postman', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
        variable: [{ key: 'baseUrl', value: target.base }],
        item: [{ name: 'Things', item: [{ name: 'Create thing', request: { method: 'POST', url: '{{baseUrl}}/things?from=postman', header: [{ key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: '{"a":1}' } }, event: [{ listen: 'prerequest', script: { exec: ['console.log(1)'] } }] }] }],
      }),
    );
    await app.byTestId('collection-import-file').setInputFiles(file);
    const summary = app.byTestId('collection-import-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-format')).toBe('postman');
    expect(await summary.innerText()).toContain('Postman collection: “Picked Postman”, 1 request in 1 folder.');
    // Nothing is written until the import is confirmed.
    expect(await panel.folder('Picked Postman').count()).toBe(0);
    await app.byTestId('collection-import').click();
    await panel.request('Create thing').waitFor();
    expect(await app.byTestId('collection-import-done').innerText()).toBe('Imported “Picked Postman”: 1 request.');

    const before = target.received.length;
    expect(await runInApp(app, 'picked-postman')).toContain('1/1 requests passed');
    expect(target.received.slice(before)).toEqual([expect.objectContaining({ method: 'POST', url: '/things?from=postman', body: '{"a":1}' })]);
    await app.page.screenshot({ path: '/tmp/roundtrip-import-postman.png', fullPage: true });
  });

  it('imports an Insomnia export dropped on the import area, lists what it leaves out, and sends its requests', async () => {
    const app = await session().openApp();
    const panel = await openImport(app);
    const exported = fixtureText('insomnia-v4.json').replaceAll('http://127.0.0.1:8000', target.base);
    await app.byTestId('collection-import-drop').evaluate((zone, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'Insomnia_2026-11-20.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, exported);
    const summary = app.byTestId('collection-import-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-format')).toBe('insomnia');
    expect(await summary.innerText()).toContain('Insomnia export: “Shop API”, 6 requests in 1 folder, environment Staging.');
    const dropped = await app.byTestId('collection-import-dropped').locator('li').allTextContents();
    expect(dropped).toEqual(expect.arrayContaining(['1 cookie of the cookie jar was left out.']));
    expect(dropped.join('\n')).not.toContain('uses digest auth');
    expect(dropped.join('\n')).toContain('digestPassword');
    // The window's own "drop to open a document" did not take the file.
    expect(await app.page.locator('.drop-overlay').count()).toBe(0);
    await app.page.screenshot({ path: '/tmp/roundtrip-import-insomnia-preview.png', fullPage: true });
    await app.byTestId('collection-import').click();
    await panel.folder('Shop API').waitFor();
    expect(await panel.requestNames()).toEqual(expect.arrayContaining(['List items', 'Create item', 'Get item', 'Log in', 'Upload', 'Reports (digest)']));

    // The base environment left apiKey empty: the run sends nothing rather than an empty key.
    const before = target.received.length;
    expect(await runInApp(app, 'shop-api/items')).toContain('0/3 requests passed');
    expect(target.received.length).toBe(before);
    expect(await new RunnerPanel(app).rows.first().textContent()).toContain('`{{apiKey}}`');
    await app.page.keyboard.press('Escape');
    await app.byTestId('runner-drawer').waitFor({ state: 'detached' });
    // Environments are edited in the request panel, with an operation of the open demo picked.
    await app.selectOperation('GET', '/health');
    await app.newEnvironment([{ name: 'apiKey', value: 'key-from-env', secret: true }]);
    expect(await runInApp(app, 'shop-api/items')).toContain('3/3 requests passed');
    const sent = target.received.slice(before);
    expect(sent.every((r) => r.headers['x-api-key'] === 'key-from-env')).toBe(true);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /items?limit=10', 'POST /items', 'GET /items/42']);
    expect(sent[0]?.headers).toMatchObject({ 'x-client': 'insomnia-import', accept: 'application/json' });
    // {% uuid 'v4' %} became {{$guid}}: a fresh value on the wire.
    expect(sent[0]?.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sent[1]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent[1]?.body ?? '')).toEqual({ name: 'lamp', price: 12 });
  });

  it('imports a Bruno collection folder through the folder picker, with its checks and environments', async () => {
    const app = await session().openApp();
    const panel = await openImport(app);
    await app.byTestId('collection-import-folder').setInputFiles(path.join(IMPORTER_FIXTURES, 'bruno-shop'));
    const summary = app.byTestId('collection-import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Bruno collection: “Shop API”, 7 requests in 1 folder, environments Local, Staging.');
    await app.byTestId('collection-import').click();
    await panel.request('Search').waitFor();
    const shop = panel.drawer.locator('[data-testid="collection"][data-name="Shop API"]').last();
    // The environments folder holds environments, not requests: it is not listed as a folder.
    expect(await shop.locator('[data-testid="collection-folder"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')))).toEqual(['Shop API', 'Items']);
    // Its assert block came across as assertions in the request file.
    const root = path.join(session().host.dataDir, 'collections');
    const written = await Promise.all((await readdir(root)).map((dir) => readFile(path.join(root, dir, 'items', 'list-items.request.json'), 'utf8').catch(() => '')));
    const listItems = JSON.parse(written.find((text) => text.includes('response-time')) ?? '{}') as { assertions?: unknown[] };
    expect(listItems.assertions).toContainEqual({ type: 'response-time', belowMs: 500 });

    // Its environments joined the app's list (none made active), and were saved with it, secrets without values.
    await app.page.keyboard.press('Escape');
    await app.selectOperation('GET', '/health');
    const options = app.byTestId('env-select').locator('option');
    await expect.poll(() => options.allTextContents()).toEqual(expect.arrayContaining(['Local', 'Staging']));
    expect(await app.byTestId('env-select').locator('option:checked').textContent()).not.toMatch(/^(Local|Staging)$/);
    const saved = path.join(session().host.dataDir, 'environments.json');
    type EnvironmentsFile = { environments: { name: string; variables: { name: string; value: string; secret: boolean }[] }[] };
    // The page writes the file once per environment it adds: wait for the one that has them all.
    const readSaved = async (): Promise<EnvironmentsFile> => JSON.parse((await readFile(saved, 'utf8').catch(() => '')) || '{"environments":[]}') as EnvironmentsFile;
    await expect.poll(async () => (await readSaved()).environments.map((e) => e.name)).toEqual(expect.arrayContaining(['Local', 'Staging']));
    const file = await readSaved();
    expect(file.environments.find((e) => e.name === 'Local')?.variables).toEqual(expect.arrayContaining([{ name: 'baseUrl', value: 'http://127.0.0.1:8000', secret: false }, expect.objectContaining({ name: 'apiKey', secret: true })]));
    expect(JSON.stringify(file)).not.toContain('"value":"secret');
  });

  it('says what is wrong with a file of no known format, and writes nothing', async () => {
    const app = await session().openApp();
    await openImport(app);
    const file = path.join(tmpdir(), `roundtrip-import-${process.pid}-notes.json`);
    await writeFile(file, '{"shopping": ["milk"]}');
    await app.byTestId('collection-import-file').setInputFiles(file);
    const error = app.byTestId('collection-import-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/^Could not tell what the file roundtrip-import-\d+-notes is: it is not a Postman collection/);
    expect(await app.byTestId('collection-import').isDisabled()).toBe(true);
  });
});
