import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

const shots = process.env['ROUNDTRIP_SHOTS'];

const order = (quantity: number): string =>
  JSON.stringify({ customer: { name: 'Ann', address: { street: '1 Main St', city: 'Lyon' } }, lines: [{ sku: 'pen', quantity }], payment: { method: 'card', last4: '1234' } });

describe('a saved file deleted, and its name saved again from another tab', () => {
  const session = useUiSession();
  let forms: FastApiServer;

  beforeAll(async () => {
    forms = await startFastApi('forms_app');
  });
  afterAll(async () => {
    await forms.stop();
  });

  it('leaves one tab bound to the new file, so no Ctrl+S writes the deleted file over it', async () => {
    const app = await session().openApp();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    // Tab X: the operation's form saved as "A"; tab Y: the operation's own form again.
    await app.selectOperation('POST', '/orders');
    await app.setBody(order(1));
    await panel.open();
    await panel.newCollection('Shop');
    await panel.saveCurrent('A', 'Shop');
    await panel.close();
    await app.selectOperation('POST', '/orders');
    await app.setBody(order(2));
    expect(await app.byTestId('tab').count()).toBe(2);

    // A is deleted, and Y saved under the same name takes the id A had.
    await panel.open();
    await panel.remove('A');
    await panel.saveCurrent('A', 'Shop');
    const file = path.join(session().host.dataDir, 'collections', 'shop', 'a.request.json');
    const bodyOf = async (): Promise<unknown> => JSON.parse((JSON.parse(await readFile(file, 'utf8')) as { body: { text: string } }).body.text);
    expect(await bodyOf()).toEqual(JSON.parse(order(2)));

    // One tab holds A now: Y, showing what it saved.
    expect(await app.byTestId('tab').filter({ hasText: 'A' }).count()).toBe(1);
    expect(await app.byTestId('tab').count()).toBe(1);
    await app.page.keyboard.press('Control+s');
    await expect.poll(bodyOf, { timeout: 10_000 }).toEqual(JSON.parse(order(2)));
    await app.page.close();
  });

  it('keeps the edits in the tab of the deleted file, unbound, so its Ctrl+S asks where instead of writing over the new file', async () => {
    const app = await session().openApp();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    // Tab X: saved as "Order", then edited and not saved; tab Y: the operation's own form again.
    await app.selectOperation('POST', '/orders');
    await app.setBody(order(1));
    await panel.open();
    await panel.newCollection('Store');
    await panel.saveCurrent('Order', 'Store');
    await panel.close();
    await app.setBody(order(3));
    const tabX = app.byTestId('tab').first();
    await tabX.getByTestId('tab-unsaved').waitFor();
    await app.selectOperation('POST', '/orders');
    await app.setBody(order(2));
    expect(await app.byTestId('tab').count()).toBe(2);

    // Order is deleted, and Y saved under the same name takes the id Order had.
    await panel.open();
    await panel.remove('Order');
    await panel.saveCurrent('Order', 'Store');
    await panel.close();
    const file = path.join(session().host.dataDir, 'collections', 'store', 'order.request.json');
    const bodyOf = async (): Promise<unknown> => JSON.parse((JSON.parse(await readFile(file, 'utf8')) as { body: { text: string } }).body.text);
    expect(await bodyOf()).toEqual(JSON.parse(order(2)));

    // X is still open, says its file was deleted, and holds what was typed in it.
    expect(await app.byTestId('tab').count()).toBe(2);
    await tabX.getByTestId('tab-file-deleted').waitFor();
    expect(await tabX.getByTestId('tab-unsaved').count()).toBe(1);
    await tabX.click();
    await app.byTestId('file-deleted-note').filter({ hasText: '“Order” was deleted' }).waitFor();
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual(JSON.parse(order(3)));
    if (shots !== undefined) await app.page.screenshot({ path: path.join(shots, 'stale-tab-unbound.png') });

    // Its Ctrl+S asks for a name and a place; the new file keeps what Y saved.
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-notice').filter({ hasText: 'was deleted' }).waitFor();
    await panel.drawer.waitFor();
    // Offered back where it was, under the name it had.
    expect(await app.byTestId('collection-save-name').inputValue()).toBe('Order');
    expect(await app.byTestId('collection-save-target').locator('option:checked').innerText()).toBe('Store');
    if (shots !== undefined) await app.page.screenshot({ path: path.join(shots, 'stale-tab-save.png') });
    expect(await bodyOf()).toEqual(JSON.parse(order(2)));
    await panel.close();

    // The new file's tab shows the new file, and opening Order from the list shows it there.
    const tabY = app.byTestId('tab').filter({ hasNotText: 'file deleted' });
    await tabY.click();
    expect(await app.byTestId('file-deleted-note').count()).toBe(0);
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual(JSON.parse(order(2)));
    await panel.open();
    await panel.request('Order').getByRole('button', { name: 'Order', exact: true }).dblclick();
    await panel.close();
    expect(await app.byTestId('tab').count()).toBe(2);
    expect(await tabY.getAttribute('aria-selected')).toBe('true');
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual(JSON.parse(order(2)));

    // Saved as Kept, X is a file of its own again, and Order is untouched.
    await tabX.click();
    await panel.open();
    await panel.saveCurrent('Kept', 'Store');
    await tabX.getByTestId('tab-file-deleted').waitFor({ state: 'detached' });
    const fileKept = path.join(session().host.dataDir, 'collections', 'store', 'kept.request.json');
    expect(JSON.parse((JSON.parse(await readFile(fileKept, 'utf8')) as { body: { text: string } }).body.text)).toEqual(JSON.parse(order(3)));
    expect(await bodyOf()).toEqual(JSON.parse(order(2)));
    await app.page.close();
  });

  it('unbinds an edited tab whose file is deleted on disk while the collections are shown', async () => {
    const app = await session().openApp();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Depot');
    // Written outside the app, so that deleting it is told apart from the app's own writes.
    const file = path.join(session().host.dataDir, 'collections', 'depot', 'gone.request.json');
    const saved = { format: 'roundtrip.request', version: 1, name: 'Gone', method: 'POST', url: '{{baseUrl}}/orders', headers: [], body: { mode: 'raw', mediaType: 'application/json', text: order(1) }, auth: { type: 'inherit' }, operation: { key: 'POST /orders' } };
    await writeFile(file, JSON.stringify(saved));
    await app.byTestId('collections-changed').filter({ hasText: 'gone.request.json' }).waitFor();
    await panel.request('Gone').getByRole('button', { name: 'Gone', exact: true }).dblclick();
    await panel.close();
    await app.setBody(order(4));
    const tab = app.byTestId('tab').filter({ hasText: 'Gone' });
    await tab.getByTestId('tab-unsaved').waitFor();

    await panel.open();
    await panel.request('Gone').waitFor();
    await rm(file);
    await tab.getByTestId('tab-file-deleted').waitFor({ timeout: 10_000 });
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual(JSON.parse(order(4)));
    await app.page.close();
  });
});
