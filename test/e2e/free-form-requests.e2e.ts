import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

describe('free-form requests: a URL bar, a method, params, headers, body and auth of their own', () => {
  const session = useUiSession();

  it('opens an empty request on "+", links a URL of the open document, sends it and turns a pasted curl command into a request', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    const itemsUrl = (await app.page.locator('.send-url').innerText()).split('?')[0] ?? '';
    const base = itemsUrl.replace(/\/items$/, '');

    await app.byTestId('tab-new').click();
    await app.byTestId('new-tab-hint').waitFor();
    await app.byTestId('url-input').fill(`${base}/items/1`);
    await app.byTestId('operation-link').waitFor();
    expect(await app.byTestId('operation-link').innerText()).toContain('Linked to GET /items/{itemId} of the open document');
    await app.send();
    expect(await app.responseStatus()).toMatch(/^(200|404)/);
    // Linked: the answer is checked against the operation.
    await app.byTestId('response-validation').waitFor();

    // The link can be removed, and comes back on request.
    await app.byTestId('operation-unlink').click();
    expect(await app.byTestId('operation-link').getAttribute('data-linked')).toBe('false');
    await app.byTestId('operation-relink').click();
    expect(await app.byTestId('operation-link').getAttribute('data-linked')).toBe('true');

    // The query is edited as rows and in the URL alike.
    await app.byTestId('url-input').fill(`${base}/items?limit=2`);
    expect(await app.byTestId('doc-params').getByTestId('kv-value').first().inputValue()).toBe('2');
    await app.byTestId('doc-params').getByTestId('kv-value').first().fill('3');
    expect(await app.byTestId('url-input').inputValue()).toBe(`${base}/items?limit=3`);

    // {{variables}} are marked in the URL; one without a value blocks the send.
    await app.byTestId('url-input').fill('{{demoBase}}/items');
    expect(await app.page.locator('[data-testid="url-variable"][data-name="demoBase"]').getAttribute('title')).toBe('{{demoBase}} has no value');
    await app.page.locator('[data-testid="missing-variable"][data-name="demoBase"]').waitFor();
    await app.byTestId('missing-variable-value').fill(base);
    await app.byTestId('missing-variable-set').click();
    expect(await app.page.locator('[data-testid="url-variable"][data-name="demoBase"]').getAttribute('title')).toBe(`demoBase = ${base}`);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');

    // A curl command pasted into the URL bar becomes the request.
    await app.byTestId('url-input').fill('');
    await app.pasteIntoUrlBar(`curl -X POST '${base}/items' -H 'Content-Type: application/json' -H 'X-Trace: t-1' --data-raw '{"name":"pasted pen","price":2}'`);
    await expect.poll(() => app.byTestId('url-input').inputValue()).toBe(`${base}/items`);
    expect(await app.byTestId('method-select').inputValue()).toBe('POST');
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    expect(await app.byTestId('doc-headers').getByTestId('kv-name').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['X-Trace']);
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.responseJson()).toMatchObject({ name: 'pasted pen', price: 2 });
    await app.page.screenshot({ path: '/tmp/free-form.png' });
  });

  it('opens a saved request of another API as it is saved, and saves edits over that file only', async () => {
    const app = await session().openApp();
    await app.openDemo();
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Elsewhere');
    const file = path.join(session().host.dataDir, 'collections', 'elsewhere', 'other.request.json');
    const saved = {
      format: 'roundtrip.request',
      version: 1,
      name: 'Other API',
      method: 'GET',
      url: 'http://127.0.0.1:9/v2/things?page=1',
      headers: [{ name: 'X-API-Key', value: '{{otherKey}}' }],
      body: { mode: 'none' },
      auth: { type: 'none' },
      assertions: [{ type: 'status', equals: 200 }],
    };
    await writeFile(file, JSON.stringify(saved));
    await app.byTestId('collections-changed').filter({ hasText: 'other.request.json' }).waitFor();
    await panel.request('Other API').getByRole('button', { name: 'Other API', exact: true }).click();
    await app.byTestId('document-editor').waitFor();
    expect(await app.byTestId('url-input').inputValue()).toBe('http://127.0.0.1:9/v2/things?page=1');
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    expect(await app.byTestId('doc-headers').getByTestId('kv-name').inputValue()).toBe('X-API-Key');
    await app.byTestId('doc-section').filter({ hasText: 'Tests' }).click();
    expect(await app.byTestId('tests-status').inputValue()).toBe('200');
    // The Tests tab edits what the file holds: a save writes it.
    await app.byTestId('tests-status').fill('204');
    // Nothing hidden: the header's variable has no value, and the request says so instead of sending it.
    await app.page.locator('[data-testid="missing-variable"][data-name="otherKey"]').waitFor();

    await app.byTestId('url-input').fill('http://127.0.0.1:9/v2/things?page=2');
    const tab = app.page.locator('[data-testid="tab"][aria-selected="true"]');
    await tab.getByTestId('tab-unsaved').waitFor();
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-notice').filter({ hasText: 'Saved Other API' }).waitFor();
    await tab.getByTestId('tab-unsaved').waitFor({ state: 'detached' });
    const written = JSON.parse(await readFile(file, 'utf8')) as typeof saved;
    expect(written).toMatchObject({ name: 'Other API', url: 'http://127.0.0.1:9/v2/things?page=2', headers: [{ name: 'X-API-Key', value: '{{otherKey}}' }], assertions: [{ type: 'status', equals: 204 }] });
  });
});
