import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFile } from '../support/every-file';
import { startBrowserHost, type BrowserHost } from './support/browser-host';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CollectionsPanel } from './support/collections-panel';
import { RoundtripPage } from './support/roundtrip-page';

describe('collections: reorder, duplicate folders, secrets, undeclared values', () => {
  let dataDir: string;
  let chromium: ChromiumSession;
  let host: BrowserHost | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-collections-gaps-'));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await host?.stop();
    await chromium.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reorders by keyboard and drag and drop, duplicates a folder, imports without secrets and shows undeclared values', async () => {
    host = await startBrowserHost({ dataDir });
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host.url);
    await app.openDemo();
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Gaps');
    await panel.newFolder('Gaps', 'F');
    await app.selectOperation('GET', '/items');
    await panel.saveCurrent('A', 'Gaps / F');
    await app.selectOperation('POST', '/items');
    await app.setBody('{"name": "pen", "price": 3}');
    await panel.saveCurrent('B', 'Gaps / F');
    await app.selectOperation('DELETE', '/items/{itemId}');
    await app.fillParam('path:itemId', '1');
    await panel.saveCurrent('C', 'Gaps / F');
    const inF = () => panel.folder('F').locator('xpath=..').locator('[data-testid="collection-request"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
    expect(await inF()).toEqual(['A', 'B', 'C']);

    // Keyboard: Alt+Up on a focused row moves it up one place.
    await panel.request('C').focus();
    await panel.request('C').press('Alt+ArrowUp');
    await expect.poll(inF).toEqual(['A', 'C', 'B']);
    // Drag and drop onto a request: the dragged one takes its place.
    await panel.request('B').dragTo(panel.request('A'));
    await expect.poll(inF).toEqual(['B', 'A', 'C']);
    await panel.request('B').dragTo(panel.request('C'));
    await expect.poll(inF).toEqual(['A', 'B', 'C']);

    // Duplicate a folder with its requests.
    await panel.drawer.getByRole('button', { name: 'Duplicate F', exact: true }).click();
    await panel.folder('F copy').waitFor();
    expect(await panel.folder('F copy').locator('xpath=..').locator('[data-testid="collection-request"]').count()).toBe(3);

    // A Postman collection with a token in clear: the file holds a reference, the tree says what is needed.
    const postman = {
      info: { name: 'Tokened', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{ name: 'Me', request: { method: 'GET', url: 'http://127.0.0.1:9/items?debug=1', header: [{ key: 'X-Trace', value: 'abc' }], auth: { type: 'bearer', bearer: [{ key: 'token', value: 'TOKEN-IN-CLEAR-123' }] } } }],
    };
    await app.byTestId('collection-import-toggle').click();
    await app.byTestId('collection-import-kind').selectOption('postman');
    await app.byTestId('collection-import-text').fill(JSON.stringify(postman));
    await app.byTestId('collection-import').click();
    await panel.request('Me').getByTestId('collection-needs-secret').waitFor();
    expect(await panel.request('Me').getByTestId('collection-needs-secret').innerText()).toBe('needs bearerToken');
    for (const file of await everyFile(path.join(dataDir, 'collections'))) expect(await readFile(file, 'utf8'), file).not.toContain('TOKEN-IN-CLEAR-123');

    // A saved request with a header and a query value the operation does not declare: shown in the form and sent.
    const saved = { format: 'roundtrip.request', version: 1, name: 'With extras', method: 'GET', url: '{{baseUrl}}/items?limit=2&debug=1', headers: [{ name: 'X-Trace', value: 't-42' }], body: { mode: 'none' }, auth: { type: 'inherit' }, operation: { key: 'GET /items' } };
    await writeFile(path.join(dataDir, 'collections', 'gaps', 'with-extras.request.json'), JSON.stringify(saved));
    // Opened only once the app has picked the new file up, so it is not taken for an outside edit of the open request.
    await app.byTestId('collections-changed').filter({ hasText: 'with-extras.request.json' }).waitFor();
    await panel.request('With extras').getByRole('button', { name: 'With extras', exact: true }).click();
    await app.byTestId('saved-extras').waitFor();
    // Changed before it was opened: no conflict to resolve.
    expect(await app.byTestId('collections-conflict').count()).toBe(0);
    expect(await app.byTestId('saved-extra').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')))).toEqual(['debug', 'X-Trace']);
    expect(await app.page.getByLabel('Header X-Trace').inputValue()).toBe('t-42');
    await app.page.screenshot({ path: '/tmp/roundtrip-collections-gaps.png', fullPage: true });
    await app.page.close();
  });
});
