import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { CollectionsPanel } from './support/collections-panel';
import { findFiles } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

// Another program leaves the open request's file as text that is not JSON; its URL uses the collection's {{baseUrl}}.
describe('a request file broken on disk while its tab is open (FastAPI)', () => {
  const served = useServedApp(() => startFastApi('notes_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('keeps the collection\'s variables, names the file on Ctrl+S, leaves it alone and keeps what was typed', async () => {
    await app.selectOperation('GET', '/health');
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Notes');
    await panel.saveCurrent('Health', 'Notes');
    await panel.close();
    const folder = path.join(served().session.host.dataDir, 'collections');
    await expect.poll(async () => (await findFiles(folder, '.request.json')).length, { timeout: 20_000 }).toBe(1);
    const [file = ''] = await findFiles(folder, '.request.json');
    await expect.poll(async () => (await readFile(file, 'utf8')).includes('{{baseUrl}}')).toBe(true);
    // A header that takes its value from a variable of the collection only.
    const request = JSON.parse(await readFile(file, 'utf8')) as { headers: { name: string; value: string }[] };
    await writeFile(file, JSON.stringify({ ...request, headers: [...request.headers, { name: 'X-Who', value: '{{who}}' }] }, null, 2));
    const collectionFile = path.join(path.dirname(file), 'collection.json');
    const collection = JSON.parse(await readFile(collectionFile, 'utf8')) as { variables: { key: string; value: string }[] };
    await writeFile(collectionFile, JSON.stringify({ ...collection, variables: [...collection.variables, { key: 'who', value: 'ada' }] }, null, 2));

    // Opened from its file, the tab's base URL is the collection's {{baseUrl}}.
    await app.page.reload();
    await app.byTestId('open-demo-button').waitFor({ timeout: 20_000 });
    await panel.open();
    await panel.request('Health').getByRole('button', { name: 'Health', exact: true }).click();
    await app.byTestId('op-header').filter({ hasText: '/health' }).waitFor({ timeout: 20_000 });
    expect(await app.byTestId('base-url-input').inputValue()).toBe('{{baseUrl}}');
    expect(await app.page.locator('[data-testid="saved-extra"][data-name="X-Who"]').count()).toBe(1);

    const broken = (await readFile(file, 'utf8')).slice(0, 40);
    await writeFile(file, broken);
    // The collections list learns of the change when it is read again.
    await panel.open();
    await panel.drawer.getByRole('button', { name: 'Refresh' }).click();
    await panel.drawer.locator('[data-testid="collection-broken"]').waitFor();
    await panel.close();
    // The collection's {{who}} still has its value: the request still sends.
    await app.send();
    expect(await app.responseJson()).toEqual({ ok: true });

    await app.page.keyboard.press('Control+s');
    const notice = app.byTestId('save-notice');
    await notice.filter({ hasText: 'Not saved' }).waitFor();
    await app.page.screenshot({ path: '/tmp/collections-broken-json.png' });
    expect(await notice.innerText()).toContain(path.basename(file));
    expect(await readFile(file, 'utf8')).toBe(broken);
    expect(await app.byTestId('base-url-input').inputValue()).toBe('{{baseUrl}}');
  });
});
