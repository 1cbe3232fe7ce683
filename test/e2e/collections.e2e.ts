import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSavedFile } from '../../shared/collections/migrate';
import { startBrowserHost, type BrowserHost } from './support/browser-host';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CollectionsPanel } from './support/collections-panel';
import { RoundtripPage } from './support/roundtrip-page';

describe('collections', () => {
  let dataDir: string;
  let chromium: ChromiumSession;
  let host: BrowserHost | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-collections-e2e-'));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await host?.stop();
    await chromium.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function openApp(): Promise<{ app: RoundtripPage; panel: CollectionsPanel }> {
    host = await startBrowserHost({ dataDir });
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host.url);
    await app.openDemo();
    return { app, panel: new CollectionsPanel(app) };
  }

  it('builds a collection against the demo API, and after a restart of the host everything is there', async () => {
    const { app, panel } = await openApp();
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '5');
    await panel.open();
    await panel.newCollection('Demo API');
    await panel.saveCurrent('List items', 'Demo API');
    await panel.newFolder('Demo API', 'Writes');
    await app.selectOperation('POST', '/items');
    await app.setBody('{"name": "saved pen", "price": 3}');
    await panel.saveCurrent('Create item', 'Demo API / Writes');
    await panel.duplicate('List items');
    await panel.rename('List items copy', 'List again');
    await panel.dragInto('List again', 'Writes');
    await panel.folder('Writes').locator('xpath=..').locator('[data-testid="collection-request"][data-name="List again"]').waitFor();
    await panel.remove('List again');
    expect(await panel.requestNames()).toEqual(['List items', 'Create item']);
    // Made while the demo API was open, the collection is linked to it (so conforms and idempotent assertions have a spec).
    const made = parseSavedFile('collection', await readFile(path.join(dataDir, 'collections', 'demo-api', 'collection.json'), 'utf8'));
    expect(made.ok && made.value.spec).toEqual({ source: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/openapi\.json$/) as unknown, title: 'Roundtrip demo API' });
    // Saved from the UI, the requests and the folder have an explicit order: the one they were made in.
    expect(made.ok && made.value.order).toEqual(['list-items.request.json', 'writes']);
    await panel.undo();
    await panel.request('List again').waitFor();
    await panel.remove('List again');

    // A hand-broken file is shown as broken and left as it is.
    const brokenFile = path.join(dataDir, 'collections', 'demo-api', 'hand-edited.request.json');
    await writeFile(brokenFile, '{ "name": "oops", ');
    // A request saved against an operation the document no longer has.
    const gone = { format: 'roundtrip.request', version: 1, name: 'Old call', method: 'GET', url: '{{baseUrl}}/gone', headers: [], body: { mode: 'none' }, auth: { type: 'inherit' }, operation: { key: 'GET /gone' } };
    await writeFile(path.join(dataDir, 'collections', 'demo-api', 'old-call.request.json'), JSON.stringify(gone));
    // One saved when GET /items looked different (its recorded signature no longer matches).
    const stale = { ...gone, name: 'Stale list', url: '{{baseUrl}}/items?limit=7', operation: { key: 'GET /items', signature: 'deadbeef' } };
    await writeFile(path.join(dataDir, 'collections', 'demo-api', 'stale-list.request.json'), JSON.stringify(stale));
    await app.page.screenshot({ path: '/tmp/roundtrip-collections.png' });
    await app.page.close();
    await host?.stop();

    const again = await openApp();
    await again.panel.open();
    await again.panel.request('Create item').waitFor();
    // Files written by hand have no place in the saved order: they follow, by name.
    expect(await again.panel.requestNames()).toEqual(['List items', 'Create item', 'Old call', 'Stale list']);
    await again.panel.request('Stale list').getByTestId('collection-op-changed').waitFor();
    await again.panel.drawer.getByRole('button', { name: 'Update Stale list from the spec' }).click();
    await again.panel.request('Stale list').getByTestId('collection-op-changed').waitFor({ state: 'detached' });
    const updated = parseSavedFile('request', await readFile(path.join(dataDir, 'collections', 'demo-api', 'stale-list.request.json'), 'utf8'));
    expect(updated.ok && updated.value.url).toBe('{{baseUrl}}/items?limit=7');
    expect(updated.ok && updated.value.operation?.signature).toMatch(/^b[0-9a-f]{8}$/);
    expect(await again.panel.request('Old call').getByTestId('collection-op-missing').innerText()).toBe('not in this spec');
    // A saved request opens its operation in the editor.
    await again.panel.request('Create item').getByRole('button', { name: 'Create item', exact: true }).click();
    await again.app.byTestId('op-header').filter({ hasText: '/items' }).waitFor();
    expect(JSON.parse(await (await again.app.rawBody()).inputValue())).toEqual({ name: 'saved pen', price: 3 });
    await again.panel.request('List items').getByRole('button', { name: 'List items', exact: true }).click();
    await again.app.byTestId('op-header').filter({ hasText: 'List items' }).waitFor();
    expect(await again.app.param('query:limit').inputValue()).toBe('5');
    // Saving now overwrites the request it was opened from, keeping its name.
    await again.app.fillParam('query:limit', '9');
    await again.app.byTestId('collection-save-over').click();
    await again.panel.drawer.getByText('Saved “List items”.').waitFor();
    const overwritten = parseSavedFile('request', await readFile(path.join(dataDir, 'collections', 'demo-api', 'list-items.request.json'), 'utf8'));
    expect(overwritten.ok && overwritten.value).toMatchObject({ name: 'List items', url: '{{baseUrl}}/items?limit=9' });

    // A git pull changes the request open in the editor: nothing is overwritten, the person chooses.
    await again.panel.request('Create item').getByRole('button', { name: 'Create item', exact: true }).click();
    await again.app.byTestId('op-header').filter({ hasText: 'Create an item' }).waitFor();
    const createFile = path.join(dataDir, 'collections', 'demo-api', 'writes', 'create-item.request.json');
    const pulled = parseSavedFile('request', await readFile(createFile, 'utf8'));
    if (!pulled.ok) throw new Error(pulled.message);
    await writeFile(createFile, JSON.stringify({ ...pulled.value, body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"pulled pen","price":4}' } }));
    await again.app.byTestId('collections-conflict').waitFor();
    expect(JSON.parse(await (await again.app.rawBody()).inputValue())).toEqual({ name: 'saved pen', price: 3 });
    await again.app.byTestId('collections-conflict').getByRole('button', { name: 'Load the file’s version' }).click();
    await again.app.byTestId('collections-conflict').waitFor({ state: 'detached' });
    expect(JSON.parse(await (await again.app.rawBody()).inputValue())).toEqual({ name: 'pulled pen', price: 4 });
    await again.panel.folder('Writes').waitFor();
    const broken = again.app.byTestId('collection-broken');
    await broken.waitFor();
    expect(await broken.innerText()).toContain('Not valid JSON');
    expect(await readFile(brokenFile, 'utf8')).toBe('{ "name": "oops", ');
    await again.app.page.screenshot({ path: '/tmp/roundtrip-collections-restarted.png' });

    const saved = parseSavedFile('request', await readFile(path.join(dataDir, 'collections', 'demo-api', 'writes', 'create-item.request.json'), 'utf8'));
    expect(saved.ok && saved.value).toMatchObject({ name: 'Create item', method: 'POST', url: '{{baseUrl}}/items', operation: { key: 'POST /items' }, body: { mode: 'raw', mediaType: 'application/json' } });
    const collection = parseSavedFile('collection', await readFile(path.join(dataDir, 'collections', 'demo-api', 'collection.json'), 'utf8'));
    expect(collection.ok && collection.value.variables).toEqual([{ key: 'baseUrl', value: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) }]);
  });

  it('makes a collection from the open spec, imports pasted curl, and exports it as Postman v2.1 JSON', async () => {
    await host?.stop();
    await rm(dataDir, { recursive: true, force: true });
    const { app, panel } = await openApp();
    await panel.open();
    await app.byTestId('collection-from-spec').click();
    await panel.folder('Roundtrip demo API').waitFor();
    await panel.request('Create an item').waitFor();
    expect((await panel.requestNames()).length).toBe(7);

    await app.byTestId('collection-import-toggle').click();
    await app.byTestId('collection-import-text').fill(`curl -X POST http://127.0.0.1:9/things -H 'Content-Type: application/json' -d '{"a":1}'`);
    await app.byTestId('collection-import').click();
    await panel.folder('Pasted curl').waitFor();
    await panel.request('POST /things').waitFor();

    const downloading = app.page.waitForEvent('download');
    await panel.drawer.getByRole('button', { name: 'Export Pasted curl as Postman' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('pasted-curl.postman_collection.json');
    const exported = JSON.parse(await text(await download.createReadStream())) as { info: { schema: string }; item: { name: string; request: { method: string; body: { raw: string } } }[] };
    expect(exported.info.schema).toMatch(/v2\.1\.0/);
    expect(exported.item[0]).toMatchObject({ name: 'POST /things', request: { method: 'POST', body: { raw: '{"a":1}' } } });
    await app.page.screenshot({ path: '/tmp/roundtrip-collections-import.png' });
    // A second collection of the same name says its folder (the Runner lists it as "Name (folder)"), so the two can be told apart.
    expect(await app.byTestId('collection-folder-id').count()).toBe(0);
    await app.byTestId('collection-from-spec').click();
    await expect.poll(() => app.byTestId('collection-folder-id').allInnerTexts()).toEqual(['folder roundtrip-demo-api ·', 'folder roundtrip-demo-api-2 ·']);

    // Another folder (as a person picking a git checkout would); the choice survives a restart.
    const other = `${dataDir}-other`;
    await app.byTestId('collections-folder-toggle').click();
    await app.byTestId('collections-folder-input').fill(other);
    await app.byTestId('collections-folder-input').press('Enter');
    await panel.drawer.getByText('No collections yet in this folder.').waitFor();
    await panel.newCollection('Elsewhere');
    expect(await readFile(path.join(other, 'elsewhere', 'collection.json'), 'utf8')).toContain('"name": "Elsewhere"');
    await rm(other, { recursive: true, force: true });
  });
});
