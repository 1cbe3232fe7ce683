import { describe, expect, it } from 'vitest';
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
    await app.byTestId('url-input').focus();
    await app.page.evaluate((command) => {
      const input = document.querySelector('[data-testid="url-input"]');
      const data = new DataTransfer();
      data.setData('text/plain', command);
      input?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `curl -X POST '${base}/items' -H 'Content-Type: application/json' -H 'X-Trace: t-1' --data-raw '{"name":"pasted pen","price":2}'`);
    await expect.poll(() => app.byTestId('url-input').inputValue()).toBe(`${base}/items`);
    expect(await app.byTestId('method-select').inputValue()).toBe('POST');
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    expect(await app.byTestId('doc-headers').getByTestId('kv-name').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['X-Trace']);
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.responseJson()).toMatchObject({ name: 'pasted pen', price: 2 });
    await app.page.screenshot({ path: '/tmp/free-form.png' });
  });
});
