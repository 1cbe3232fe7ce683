import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

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
});
