import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import type { SavedRequest } from '../../shared/collections/format-v1';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { writeCollection } from '../support/runner-collections';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { startSpecGate, type SpecGate } from './support/spec-gate';
import { useUiSession } from './support/ui-session';

interface Order {
  readonly id: number;
  readonly item: string;
  readonly quantity: number;
}

const SMALL = 'Create order: small';
const BIG = 'Create order: big';
const LAMP = 'Create order: lamp';
const KITE = 'Create order: kite';

const order = (name: string, item: string, quantity: number, note: string): SavedRequest =>
  newSavedRequest({
    name,
    method: 'POST',
    url: '{{baseUrl}}/orders',
    headers: [{ name: 'X-Order-Note', value: note }],
    body: { mode: 'raw', mediaType: 'application/json', text: JSON.stringify({ item, quantity }) },
    operation: { key: 'POST /orders', operationId: 'create_order_orders_post' },
  });

// Two saved requests of one operation (POST /orders of the books service), each its own document.
describe('two saved requests of one operation, open side by side', () => {
  const session = useUiSession();
  let books: FastApiServer;
  // Its document can be held back, to open saved requests before it arrives.
  let gate: SpecGate;
  let collectionDir: string;
  const smallFile = (): string => path.join(collectionDir, '01-step.request.json');
  const bigFile = (): string => path.join(collectionDir, '02-step.request.json');

  // A server of its own for the one test that holds an answer back.
  let held: ((response: ServerResponse) => void) | undefined;
  let holding: Server;
  let holdingBase: string;

  beforeAll(async () => {
    holding = createServer((request, response) => {
      request.resume();
      held?.(response);
    });
    await new Promise<void>((resolve) => holding.listen(0, '127.0.0.1', resolve));
    holdingBase = `http://127.0.0.1:${(holding.address() as AddressInfo).port}`;
    books = await startFastApi();
    gate = await startSpecGate(books.baseUrl);
    const dir = await writeCollection('Shop', [order(SMALL, 'pen', 1, 'small'), order(BIG, 'desk', 40, 'big')], {
      variables: [{ key: 'baseUrl', value: books.baseUrl }],
      spec: { source: gate.url },
    });
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    collectionDir = path.join(root, 'shop');
    await cp(dir, collectionDir, { recursive: true });
  });
  afterAll(async () => {
    holding.closeAllConnections();
    await new Promise((resolve) => holding.close(resolve));
    gate.open();
    await gate.stop();
    await books.stop();
  });

  /** What the service holds: every order a Send created, oldest first. */
  const ordersOnServer = async (): Promise<Order[]> => (await (await fetch(`${books.baseUrl}/orders`)).json()) as Order[];
  const sendAndReadOrder = async (app: RoundtripPage): Promise<Order | undefined> => {
    const before = (await ordersOnServer()).length;
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    const after = await ordersOnServer();
    expect(after.length).toBe(before + 1);
    return after.at(-1);
  };
  const savedBody = async (file: string): Promise<unknown> => JSON.parse((JSON.parse(await readFile(file, 'utf8')) as { body: { text: string } }).body.text);
  const noteSaved = async (file: string): Promise<string[]> =>
    (JSON.parse(await readFile(file, 'utf8')) as { headers: { name: string; value: string }[] }).headers.filter((header) => header.name === 'X-Order-Note').map((header) => header.value);
  /** Opens saved request `name` in a tab that stays, the drawer left open. */
  const keepInDrawer = async (app: RoundtripPage, panel: CollectionsPanel, name: string): Promise<void> => {
    // A single click shows it in the preview tab first: the drawer's save box above the list settles, so
    // the double click's two clicks land on the same row.
    await panel.request(name).getByRole('button', { name, exact: true }).click();
    await tab(app, name).and(app.page.locator('[aria-selected="true"]')).waitFor();
    await panel.request(name).getByRole('button', { name, exact: true }).dblclick();
    await tab(app, name).and(app.page.locator('[aria-selected="true"][data-preview="false"]')).waitFor();
  };
  const keepSaved = async (app: RoundtripPage, name: string): Promise<void> => {
    const panel = new CollectionsPanel(app);
    await panel.open();
    await keepInDrawer(app, panel, name);
    await panel.close();
  };
  const tab = (app: RoundtripPage, name: string) => app.byTestId('tab').filter({ hasText: name });
  const showTab = async (app: RoundtripPage, name: string): Promise<void> => {
    await tab(app, name).click();
    await tab(app, name).and(app.page.locator('[aria-selected="true"]')).waitFor();
  };
  const bodyShown = async (app: RoundtripPage): Promise<unknown> => JSON.parse(await (await app.rawBody()).inputValue());
  const changed = async (app: RoundtripPage, name: string): Promise<string | null> => tab(app, name).getAttribute('data-changed');
  const saveActive = async (app: RoundtripPage, file: string, expected: unknown): Promise<void> => {
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => savedBody(file), { timeout: 10_000 }).toEqual(expected);
  };

  it('each tab shows, sends and saves its own values; the operation from the list is a third form', async () => {
    const app = await session().openApp();
    await app.openUrl(books.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    await app.waitForValidation();

    await keepSaved(app, SMALL);
    await keepSaved(app, BIG);
    expect(await app.byTestId('tab').count()).toBe(2);

    // Big: edited, then sent; the service receives big's edited body.
    expect(await bodyShown(app)).toEqual({ item: 'desk', quantity: 40 });
    await app.setBody(JSON.stringify({ item: 'desk', quantity: 41 }));
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'desk', quantity: 41 });
    expect(await changed(app, BIG)).toBe('true');
    expect(await changed(app, SMALL)).toBe('false');

    // Small still holds its own body, unedited, and sends it.
    await showTab(app, SMALL);
    expect(await bodyShown(app)).toEqual({ item: 'pen', quantity: 1 });
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'pen', quantity: 1 });

    // Ctrl/Cmd+S in each tab writes that tab's values to that tab's file, and only there.
    await app.setBody(JSON.stringify({ item: 'pen', quantity: 2 }));
    await saveActive(app, smallFile(), { item: 'pen', quantity: 2 });
    expect(await savedBody(bigFile())).toEqual({ item: 'desk', quantity: 40 });
    expect(await changed(app, SMALL)).toBe('false');
    expect(await changed(app, BIG)).toBe('true');
    await showTab(app, BIG);
    expect(await bodyShown(app)).toEqual({ item: 'desk', quantity: 41 });
    // Each tab shows the answer to its own send.
    expect(await app.responseJson()).toMatchObject({ item: 'desk', quantity: 41 });
    await saveActive(app, bigFile(), { item: 'desk', quantity: 41 });
    expect(await savedBody(smallFile())).toEqual({ item: 'pen', quantity: 2 });
    // The undeclared header each file holds stays that file's.
    expect(await noteSaved(smallFile())).toEqual(['small']);
    expect(await noteSaved(bigFile())).toEqual(['big']);

    // The operation opened from the resource list is the operation's own form, in a third tab.
    await app.keepOperation('POST', '/orders');
    expect(await app.byTestId('tab').count()).toBe(3);
    const fresh = await bodyShown(app);
    expect(fresh).not.toEqual({ item: 'pen', quantity: 2 });
    expect(fresh).not.toEqual({ item: 'desk', quantity: 41 });
    await app.setBody(JSON.stringify({ item: 'lamp', quantity: 3 }));
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'lamp', quantity: 3 });
    // Editing it marks neither saved request edited, and leaves their values as they were.
    expect(await changed(app, SMALL)).toBe('false');
    expect(await changed(app, BIG)).toBe('false');
    await showTab(app, SMALL);
    expect(await bodyShown(app)).toEqual({ item: 'pen', quantity: 2 });
    await showTab(app, BIG);
    expect(await bodyShown(app)).toEqual({ item: 'desk', quantity: 41 });

    // Closed with unsaved edits and opened again, a saved request shows what its file holds.
    await app.setBody(JSON.stringify({ item: 'desk', quantity: 99 }));
    app.page.once('dialog', (dialog) => void dialog.accept());
    await tab(app, BIG).getByTestId('tab-close').click();
    await tab(app, BIG).waitFor({ state: 'detached' });
    await keepSaved(app, BIG);
    expect(await bodyShown(app)).toEqual({ item: 'desk', quantity: 41 });
    expect(await changed(app, BIG)).toBe('false');
    // Its answer went with its tab.
    expect(await app.byTestId('response-panel').count()).toBe(0);
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'desk', quantity: 41 });
  });

  it("the operation's form saved as a file becomes that request's, its answer with it; the list opens a fresh form", async () => {
    const app = await session().openApp();
    await app.openUrl(books.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    await app.waitForValidation();
    await app.keepOperation('POST', '/orders');
    await app.setBody(JSON.stringify({ item: 'lamp', quantity: 3 }));
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'lamp', quantity: 3 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.saveCurrent(LAMP, 'Shop');
    await panel.close();
    await tab(app, LAMP).and(app.page.locator('[aria-selected="true"]')).waitFor();
    expect(await changed(app, LAMP)).toBe('false');
    expect(await app.responseJson()).toMatchObject({ item: 'lamp', quantity: 3 });
    const lampFiles = (await readdir(collectionDir)).filter((name) => name.endsWith('.request.json') && !['01-step.request.json', '02-step.request.json'].includes(name));
    expect(lampFiles).toHaveLength(1);
    expect(await savedBody(path.join(collectionDir, lampFiles[0] ?? ''))).toEqual({ item: 'lamp', quantity: 3 });

    // The operation from the list is its own form again, fresh, in a tab of its own.
    await app.keepOperation('POST', '/orders');
    expect(await app.byTestId('tab').count()).toBe(2);
    expect(await bodyShown(app)).not.toEqual({ item: 'lamp', quantity: 3 });
    expect(await app.byTestId('response-panel').count()).toBe(0);
    await showTab(app, LAMP);
    expect(await bodyShown(app)).toEqual({ item: 'lamp', quantity: 3 });
  });

  it('a form saved as a file while its request is in flight gets its answer there', async () => {
    // A server that holds the order until the form is saved, then answers.
    let answer: (() => void) | undefined;
    const arrived = new Promise<void>((resolve) => {
      held = (response) => {
        answer = () => void response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"id":7,"item":"kite","quantity":1}');
        resolve();
      };
    });
    const app = await session().openApp();
    await app.openUrl(books.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    await app.waitForValidation();
    await app.keepOperation('POST', '/orders');
    await app.setBaseUrl(holdingBase);
    await app.setBody(JSON.stringify({ item: 'kite', quantity: 1 }));
    await app.byTestId('send-button').click();
    await arrived;
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.saveCurrent(KITE, 'Shop');
    await panel.close();
    await tab(app, KITE).and(app.page.locator('[aria-selected="true"]')).waitFor();
    answer?.();
    // Before, the answer went to the key the form had when Send was pressed: dropped, and the tab stayed "Sending…".
    await app.byTestId('response-panel').waitFor({ timeout: 10_000 });
    expect(await app.responseJson()).toMatchObject({ id: 7, item: 'kite' });
    expect(await app.byTestId('send-button').isEnabled()).toBe(true);
  });

  it('after a restart, both opened before the document arrives become separate forms once it does', async () => {
    gate.shut();
    const app = await session().openApp();
    // Nothing open yet: each opens at once as the request it is; the collection's document waits at the gate.
    const panel = new CollectionsPanel(app);
    await panel.open();
    await keepInDrawer(app, panel, SMALL);
    await keepInDrawer(app, panel, BIG);
    expect(await app.byTestId('tab').count()).toBe(2);
    expect(await app.byTestId('op-header').count()).toBe(0);

    // The document arrives: each tab turns into a form of its own, with its file's values (as the test above saved them).
    gate.open();
    await app.byTestId('op-header').filter({ hasText: '/orders' }).waitFor({ timeout: 20_000 });
    // (The start screen's drawer went with it.)
    expect(await app.byTestId('tab').count()).toBe(2);
    await showTab(app, BIG);
    expect(await bodyShown(app)).toEqual({ item: 'desk', quantity: 41 });
    expect(await changed(app, BIG)).toBe('false');
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'desk', quantity: 41 });
    await showTab(app, SMALL);
    expect(await bodyShown(app)).toEqual({ item: 'pen', quantity: 2 });
    expect(await changed(app, SMALL)).toBe('false');
    expect(await sendAndReadOrder(app)).toMatchObject({ item: 'pen', quantity: 2 });
    await app.setBody(JSON.stringify({ item: 'pen', quantity: 5 }));
    await saveActive(app, smallFile(), { item: 'pen', quantity: 5 });
    expect(await savedBody(bigFile())).toEqual({ item: 'desk', quantity: 41 });

    // A reload starts over: opened with the document already there, each shows its file once more.
    await app.page.reload();
    await app.byTestId('open-demo-button').waitFor({ timeout: 20_000 });
    await panel.open();
    await panel.request(BIG).getByRole('button', { name: BIG, exact: true }).click();
    await app.byTestId('op-header').filter({ hasText: '/orders' }).waitFor({ timeout: 20_000 });
    // The drawer belonged to the start screen: the document's workspace has its own.
    await panel.open();
    await keepInDrawer(app, panel, BIG);
    await keepInDrawer(app, panel, SMALL);
    await panel.close();
    expect(await app.byTestId('tab').count()).toBe(2);
    expect(await bodyShown(app)).toEqual({ item: 'pen', quantity: 5 });
    await showTab(app, BIG);
    expect(await bodyShown(app)).toEqual({ item: 'desk', quantity: 41 });
    expect(await changed(app, BIG)).toBe('false');
  });
});
