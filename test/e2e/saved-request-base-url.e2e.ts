import { cp, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { writeCollection } from '../support/runner-collections';
import { closeServer, listen } from '../support/wire-target';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

/** What the local API received: path and query of each request. */
interface Received {
  readonly path: string;
  readonly query: string;
}

/** A local API whose document names a server that is not it (as a production document does). */
async function startElsewhereApi(): Promise<{ base: string; specUrl: string; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const document = {
    openapi: '3.0.3',
    info: { title: 'Elsewhere API', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/items/{itemId}': {
        get: {
          operationId: 'readItem',
          parameters: [
            { name: 'itemId', in: 'path', required: true, schema: { type: 'integer' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { '200': { description: 'The item' } },
        },
      },
    },
  };
  const server = createServer((req, res) => {
    const [route = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
    if (route === '/openapi.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(document));
      return;
    }
    received.push({ path: route, query });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: route.split('/').at(-1) }));
  });
  const base = `http://127.0.0.1:${await listen(server)}`;
  return { base, specUrl: `${base}/openapi.json`, received, stop: () => closeServer(server) };
}

describe('a saved request opened in its operation form sends where it was saved to, not to the document server', () => {
  const session = useUiSession();
  let api: Awaited<ReturnType<typeof startElsewhereApi>>;
  let collectionDir: string;

  beforeAll(async () => {
    api = await startElsewhereApi();
    const dir = await writeCollection(
      'Elsewhere',
      [
        newSavedRequest({ name: 'Read seven', method: 'GET', url: '{{baseUrl}}/items/7?limit=2', operation: { key: 'GET /items/{itemId}', operationId: 'readItem' } }),
        newSavedRequest({ name: 'Read eight', method: 'GET', url: `${api.base}/items/8?limit=3`, operation: { key: 'GET /items/{itemId}', operationId: 'readItem' } }),
      ],
      { variables: [{ key: 'baseUrl', value: api.base }], spec: { source: api.specUrl } },
    );
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    collectionDir = path.join(root, 'elsewhere');
    await cp(dir, collectionDir, { recursive: true });
    return () => api.stop();
  });

  const openSaved = async (app: RoundtripPage, name: string, close = true): Promise<void> => {
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.request(name).getByRole('button', { name, exact: true }).click();
    if (close) await panel.close();
  };

  const sendAndReceive = async (app: RoundtripPage): Promise<Received | undefined> => {
    const before = api.received.length;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    return api.received.slice(before).at(-1);
  };

  it('with nothing open: the free-form request becomes the form and still sends to {{baseUrl}}', async () => {
    const app = await session().openApp();
    // The drawer stays: the workspace under it changes when the document arrives.
    await openSaved(app, 'Read seven', false);
    // The collection's document loads behind the request; the tab turns into the operation's form.
    await app.byTestId('op-header').filter({ hasText: '/items/{itemId}' }).waitFor({ timeout: 20_000 });
    expect(await sendAndReceive(app)).toEqual({ path: '/items/7', query: 'limit=2' });
    // Saved from the form, it keeps its {{baseUrl}}: the file still follows the collection's variable.
    await app.fillParam('query:limit', '5');
    await app.page.keyboard.press('Control+s');
    const file = path.join(collectionDir, '01-step.request.json');
    await expect.poll(async () => (JSON.parse(await readFile(file, 'utf8')) as { url: string }).url, { timeout: 10_000 }).toBe('{{baseUrl}}/items/7?limit=5');
  });

  it('with its document open: both a {{baseUrl}} and a literal base are where the form sends', async () => {
    const app = await session().openApp();
    await app.openUrl(api.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    // (Saved with limit=5 by the test above.)
    await openSaved(app, 'Read seven');
    await app.byTestId('op-header').filter({ hasText: '/items/{itemId}' }).waitFor();
    expect(await sendAndReceive(app)).toEqual({ path: '/items/7', query: 'limit=5' });
    await openSaved(app, 'Read eight');
    expect(await sendAndReceive(app)).toEqual({ path: '/items/8', query: 'limit=3' });
  });

  it("the saved base leaves with the saved request's tab: the operation opened afresh sends to the base the person typed", async () => {
    const app = await session().openApp();
    await app.openUrl(api.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    // The person's own base over the document's server (which is not this machine's).
    await app.selectOperation('GET', '/items/{itemId}');
    const typed = `${api.base}/typed`;
    await app.setBaseUrl(typed);
    // (Which limit Read seven holds depends on the first test's save: only where it goes counts here.)
    await openSaved(app, 'Read seven');
    expect((await sendAndReceive(app))?.path).toBe('/items/7');
    // The list shows the operation's own form, not the saved request's: it sends to the base the person typed.
    const activeTab = app.page.locator('[data-testid="tab"][aria-selected="true"]');
    await app.selectOperation('GET', '/items/{itemId}');
    await activeTab.filter({ hasNotText: 'Read' }).waitFor();
    expect(await app.byTestId('base-url-input').inputValue()).toBe(typed);
    await app.fillParam('path:itemId', '9');
    expect((await sendAndReceive(app))?.path).toBe('/typed/items/9');
    // Another saved request of the operation opens in a tab of its own, with its own (literal) base.
    await openSaved(app, 'Read eight');
    await activeTab.filter({ hasText: 'Read eight' }).waitFor();
    expect(await sendAndReceive(app)).toEqual({ path: '/items/8', query: 'limit=3' });

    await activeTab.getByTestId('tab-close').click();
    await activeTab.filter({ hasText: 'Read eight' }).waitFor({ state: 'detached' });
    await app.selectOperation('GET', '/items/{itemId}');
    await activeTab.filter({ hasNotText: 'Read' }).waitFor();
    expect((await sendAndReceive(app))?.path).toBe('/typed/items/9');
    expect(await app.byTestId('base-url-input').inputValue()).toBe(typed);

    // Opened again, a saved request sends where its file says once more.
    await openSaved(app, 'Read seven');
    expect((await sendAndReceive(app))?.path).toBe('/items/7');
  });
});

describe('a saved base written with other variables is saved back as written', () => {
  const session = useUiSession();
  let api: Awaited<ReturnType<typeof startElsewhereApi>>;
  let collectionDir: string;

  beforeAll(async () => {
    api = await startElsewhereApi();
    const port = new URL(api.base).port;
    const dir = await writeCollection(
      'Variable bases',
      [
        newSavedRequest({ name: 'Under a host', method: 'GET', url: '{{host}}/api/items/3?limit=1', operation: { key: 'GET /items/{itemId}', operationId: 'readItem' } }),
        newSavedRequest({ name: 'On a tenant', method: 'GET', url: `http://{{tenant}}:${port}/items/4?limit=1`, operation: { key: 'GET /items/{itemId}', operationId: 'readItem' } }),
      ],
      { variables: [{ key: 'host', value: api.base }, { key: 'tenant', value: '127.0.0.1' }], spec: { source: api.specUrl } },
    );
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    collectionDir = path.join(root, 'variable-bases');
    await cp(dir, collectionDir, { recursive: true });
    return () => api.stop();
  });

  const openDocument = async (app: RoundtripPage): Promise<void> => {
    await app.openUrl(api.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
  };
  const openSaved = async (app: RoundtripPage, name: string): Promise<void> => {
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.request(name).getByRole('button', { name, exact: true }).click();
    await panel.close();
    await app.byTestId('op-header').filter({ hasText: '/items/{itemId}' }).waitFor();
  };
  const sendAndReceive = async (app: RoundtripPage): Promise<Received | undefined> => {
    const before = api.received.length;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    return api.received.slice(before).at(-1);
  };
  const savedUrl = async (file: string): Promise<string> => (JSON.parse(await readFile(path.join(collectionDir, file), 'utf8')) as { url: string }).url;

  it('keeps {{host}}/api through Ctrl/Cmd+S and https://{{tenant}}... through the drawer, and both still send after a restart', async () => {
    const app = await session().openApp();
    await openDocument(app);
    await openSaved(app, 'Under a host');
    expect(await sendAndReceive(app)).toEqual({ path: '/api/items/3', query: 'limit=1' });
    await app.fillParam('query:limit', '5');
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => savedUrl('01-step.request.json'), { timeout: 10_000 }).toBe('{{host}}/api/items/3?limit=5');

    await openSaved(app, 'On a tenant');
    expect(await sendAndReceive(app)).toEqual({ path: '/items/4', query: 'limit=1' });
    await app.fillParam('query:limit', '6');
    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-save-over').click();
    await expect.poll(() => savedUrl('02-step.request.json'), { timeout: 10_000 }).toBe(`http://{{tenant}}:${new URL(api.base).port}/items/4?limit=6`);
    await panel.close();
    // The files hold the variables, never the values they resolved to.
    for (const file of ['01-step.request.json', '02-step.request.json']) {
      const text = await readFile(path.join(collectionDir, file), 'utf8');
      expect(text).not.toContain(api.base);
      expect(text).not.toContain('127.0.0.1');
    }

    // A restart: the requests come back from their files and send where their variables say.
    await app.goto(session().host.url);
    await openDocument(app);
    await openSaved(app, 'Under a host');
    expect(await sendAndReceive(app)).toEqual({ path: '/api/items/3', query: 'limit=5' });
    await openSaved(app, 'On a tenant');
    expect(await sendAndReceive(app)).toEqual({ path: '/items/4', query: 'limit=6' });
  });
});
