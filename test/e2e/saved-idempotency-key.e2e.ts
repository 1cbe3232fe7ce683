import { cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { writeCollection } from '../support/runner-collections';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const NAME = 'Order with a key';
const order = (quantity: number): string =>
  JSON.stringify({ customer: { name: 'Ann', address: { street: '1 Main St', city: 'Lyon' } }, lines: [{ sku: 'pen', quantity }], payment: { method: 'card', last4: '1234' } });

// POST /orders of the forms service declares no Idempotency-Key: the person added one, and the save wrote it
// into the file as a literal header (as every build so far writes it).
describe('a saved request whose Idempotency-Key the form added', () => {
  const session = useUiSession();
  let forms: FastApiServer;

  beforeAll(async () => {
    forms = await startFastApi('forms_app');
    const saved = newSavedRequest({
      name: NAME,
      method: 'POST',
      url: '{{baseUrl}}/orders',
      headers: [{ name: 'Idempotency-Key', value: 'k-111' }],
      body: { mode: 'raw', mediaType: 'application/json', text: order(1) },
      operation: { key: 'POST /orders' },
    });
    const dir = await writeCollection('Shop', [saved], { variables: [{ key: 'baseUrl', value: forms.baseUrl }] });
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    await cp(dir, path.join(root, 'shop'), { recursive: true });
  });
  afterAll(async () => {
    await forms.stop();
  });

  const openSaved = async (): Promise<RoundtripPage> => {
    const app = await session().openApp();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.request(NAME).getByRole('button', { name: NAME, exact: true }).click();
    await app.byTestId('op-header').filter({ hasText: '/orders' }).waitFor();
    await panel.close();
    return app;
  };
  const keysReceived = async (): Promise<string[]> => (await receivedBy(forms, '/orders')).flatMap((entry) => headerValues(entry, 'idempotency-key'));

  it('sends a changed body with a new key, even before any send of the reopened request', async () => {
    const app = await openSaved();
    expect(await app.byTestId('key-value').innerText()).toBe('k-111');
    await app.setBody(order(2));
    await forgetReceived(forms);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [key] = await keysReceived();
    expect(key).toBeDefined();
    expect(key).not.toBe('k-111');
    expect(await app.byTestId('key-renewed-note').innerText()).toMatch(/changed since the request was saved with this key/);
    await app.page.close();
  });

  it('keeps the key for the saved request as it is, and renews it once the body changes after that send', async () => {
    const app = await openSaved();
    await forgetReceived(forms);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    await app.setBody(order(3));
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [first, second] = await keysReceived();
    expect(first).toBe('k-111');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    await app.page.close();
  });

  it('saves an added key, and the request reopened from its file with a changed body goes with a new key', async () => {
    const app = await session().openApp();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    await app.selectOperation('POST', '/orders');
    await app.setBody(order(4));
    await app.byTestId('add-key-button').click();
    const added = await app.byTestId('key-value').innerText();
    await forgetReceived(forms);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');

    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Keys');
    await panel.saveCurrent('Keyed order', 'Keys');
    const file = path.join(session().host.dataDir, 'collections', 'keys', 'keyed-order.request.json');
    const written = await readFile(file, 'utf8');
    expect((JSON.parse(written) as { headers: { name: string; value: string }[] }).headers).toContainEqual({ name: 'Idempotency-Key', value: added });

    // Closed and opened again from its file: the same key, then a changed body sends a new one.
    await app.page.locator('[data-testid="tab"][aria-selected="true"]').getByTestId('tab-close').click();
    await panel.request('Keyed order').getByRole('button', { name: 'Keyed order', exact: true }).click();
    await app.byTestId('op-header').filter({ hasText: '/orders' }).waitFor();
    expect(await app.byTestId('key-value').innerText()).toBe(added);
    // Saved again unchanged, the file keeps its bytes.
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => readFile(file, 'utf8'), { timeout: 10_000 }).toBe(written);
    await app.setBody(order(5));
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [first, second] = await keysReceived();
    expect(first).toBe(added);
    expect(second).toBeDefined();
    expect(second).not.toBe(added);
    await app.page.close();
  });
});
