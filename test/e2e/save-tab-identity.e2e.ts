import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

// Two documents with the same operation: the books service and the forms service both have POST /orders.
describe('which saved request a tab holds', () => {
  const session = useUiSession();
  let books: FastApiServer;
  let forms: FastApiServer;

  beforeAll(async () => {
    [books, forms] = await Promise.all([startFastApi(), startFastApi('forms_app')]);
  });
  afterAll(async () => {
    await Promise.all([books.stop(), forms.stop()]);
  });

  it('Ctrl/Cmd+S in another document never overwrites a request saved from the first one with the same method and path', async () => {
    const app = await session().openApp();
    const panel = new CollectionsPanel(app);
    await app.openUrl(books.specUrl);
    await app.waitForValidation();
    await app.selectOperation('POST', '/orders');
    await app.setBody(JSON.stringify({ item: 'pen', quantity: 2 }));
    await panel.open();
    await panel.newCollection('Shop');
    await panel.saveCurrent('Create order', 'Shop');
    const file = path.join(session().host.dataDir, 'collections', 'shop', 'create-order.request.json');
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('pen');

    await app.showOpenPanel();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').filter({ hasText: 'forms test service' }).waitFor();
    await app.waitForValidation();
    await app.selectOperation('POST', '/orders');
    await app.setBody(JSON.stringify({ customer: { name: 'Ada', address: { street: 'x', city: 'y' } }, lines: [], payment: { method: 'card', last4: '1234' } }));
    await app.page.keyboard.press('Control+s');

    // Not opened from a collection here: the tab asks where to save instead of writing over "Create order".
    const notice = app.byTestId('save-notice');
    await app.page.waitForFunction(() => (document.querySelector('[data-testid="save-notice"]')?.textContent ?? '') !== '');
    expect(await readFile(file, 'utf8')).toBe(saved);
    expect(await notice.innerText()).toMatch(/not in a collection yet/);
    expect(await app.byTestId('tab').filter({ hasText: 'Create order' }).count()).toBe(0);
  });
});
