import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import type { SavedRequest } from '../../shared/collections/format-v1';
import { legacyOperationSignature, type SignedOperation } from '../../shared/collections/operation-signature';
import { stableStringify } from '../../shared/collections/stable-json';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { writeCollection } from '../support/runner-collections';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const NAME = 'Order with a key';
const CHANGED = 'Order changed before a save';
const LAYOUT = 'Order with its key among headers';
// The key header between two others, as a person (or another tool) may have written the file; the form sends Accept first.
const LAYOUT_HEADERS = [
  { name: 'Accept', value: 'application/json' },
  { name: 'X-Client', value: 'c-1' },
  { name: 'Idempotency-Key', value: 'k-333' },
  { name: 'X-Trace-Id', value: 't-1' },
];
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
    const changed = newSavedRequest({ ...saved, name: CHANGED, headers: [{ name: 'Idempotency-Key', value: 'k-222' }] });
    // Written as the app writes files (stable JSON, the operation's signature), so a save of it unchanged writes the same bytes.
    const layout = newSavedRequest({ ...saved, name: LAYOUT, headers: LAYOUT_HEADERS, operation: { key: 'POST /orders', operationId: 'create_order_orders_post', signature: ORDERS_SIGNATURE } });
    const dir = await writeCollection('Shop', [saved, changed, layout], { variables: [{ key: 'baseUrl', value: forms.baseUrl }] });
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    await cp(dir, path.join(root, 'shop'), { recursive: true });
    await writeFile(layoutFile(), stableStringify(layout));
  });
  const shopFile = (name: string): string => path.join(session().host.dataDir, 'collections', 'shop', name);
  const layoutFile = (): string => shopFile('03-step.request.json');
  afterAll(async () => {
    await forms.stop();
  });

  const openSaved = async (name = NAME): Promise<RoundtripPage> => {
    const app = await session().openApp();
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.request(name).getByRole('button', { name, exact: true }).click();
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

  it('never saves a key beside a body it did not go with: the file and the next send get a new one', async () => {
    const file = shopFile('02-step.request.json');
    const app = await openSaved(CHANGED);
    await forgetReceived(forms);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    // Edited after the send, saved without sending: k-222 went with order(1), so it is not written beside order(7).
    await app.setBody(order(7));
    await app.page.keyboard.press('Control+s');
    await expect.poll(async () => (JSON.parse(await readFile(file, 'utf8')) as SavedRequest).body, { timeout: 10_000 }).toMatchObject({ text: order(7) });
    const savedKey = keyIn(JSON.parse(await readFile(file, 'utf8')) as SavedRequest);
    expect(savedKey).toBeDefined();
    expect(savedKey).not.toBe('k-222');
    expect(await app.byTestId('key-value').innerText()).toBe(savedKey);
    expect(await app.byTestId('key-renewed-note').innerText()).toMatch(/saved with a new Idempotency-Key/);
    await app.page.close();

    // Reopened in a new tab of the browser (as after a restart): the file's pair goes out as saved.
    const again = await openSaved(CHANGED);
    expect(await again.byTestId('key-value').innerText()).toBe(savedKey);
    await again.send();
    expect(await again.responseStatus()).toBe('200 OK');
    const sent = (await receivedBy(forms, '/orders')).map((entry) => ({ key: headerValues(entry, 'idempotency-key')[0], body: entry.body }));
    expect(sent).toEqual([
      { key: 'k-222', body: order(1) },
      { key: savedKey, body: order(7) },
    ]);
    // The same key never reached the server with two different bodies.
    for (const { key, body } of sent) expect(sent.filter((other) => other.key === key).map((other) => other.body)).toEqual(sent.filter((other) => other.key === key).map(() => body));
    await again.page.close();
  });

  it('saves a reopened request whose key header is not the last back byte for byte', async () => {
    const written = await readFile(layoutFile(), 'utf8');
    const app = await openSaved(LAYOUT);
    expect(await app.byTestId('key-value').innerText()).toBe('k-333');
    await app.page.keyboard.press('Control+s');
    await app.page.getByText(`Saved ${LAYOUT}.`).waitFor();
    expect(await readFile(layoutFile(), 'utf8')).toBe(written);
    // And sent in that order too.
    await forgetReceived(forms);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [entry] = await receivedBy(forms, '/orders');
    expect(entry?.headers.map(([name]) => name.toLowerCase()).filter((name) => ['x-client', 'idempotency-key', 'x-trace-id'].includes(name))).toEqual(['x-client', 'idempotency-key', 'x-trace-id']);
    await app.page.close();
  });
});

// POST /orders of the forms service: no parameters, a required JSON body.
const ORDERS_SIGNATURE = legacyOperationSignature({ method: 'POST', path: '/orders', parameters: [], requestBody: { required: true, content: [{ mediaType: 'application/json' }] } } as unknown as SignedOperation);

function keyIn(saved: SavedRequest): string | undefined {
  return saved.headers.find((h) => h.name === 'Idempotency-Key')?.value;
}
