import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

interface Item {
  id: string;
  name: string;
  price: number;
  status: string;
}

describe('the demo API in the browser host', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
  });

  it('lists the resources grouped by tag with method, path and idempotency class', async () => {
    expect(await app.byTestId('api-title').innerText()).toContain('Roundtrip demo API');
    const rows = app.byTestId('operation-row');
    expect(await rows.count()).toBe(7);
    expect(await app.operationRow('GET', '/items').innerText()).toContain('List items');
    expect(await app.operationRow('GET', '/items').getByTestId('idempotency-tip').textContent()).toMatch(/^Safe/);
    expect(await app.operationRow('PUT', '/items/{itemId}').locator('.idem-marker').innerText()).toContain('Idempotent');
    // POST declares an Idempotency-Key, so the sidebar calls it idempotent with a key rather than plainly not idempotent.
    expect(await app.operationRow('POST', '/items').locator('.idem-marker').innerText()).toContain('Idempotent with a key');
  });

  it('filters the resource list', async () => {
    await app.byTestId('filter-input').fill('delete');
    await app.waitForOperationCount(1);
    expect(await app.operationRow('DELETE', '/items/{itemId}').count()).toBe(1);
    await app.byTestId('filter-input').fill('');
    await app.waitForOperationCount(7);
  });

  let created: Item;

  it('POSTs the example body built from the schema and shows 201 with the new item', async () => {
    await app.selectOperation('POST', '/items');
    expect(await app.byTestId('idempotency-hint').innerText()).toMatch(/Idempotent with a key/);
    const example = JSON.parse(await (await app.rawBody()).inputValue()) as Record<string, unknown>;
    expect(example).toMatchObject({ name: expect.any(String), price: expect.any(Number) });
    expect(example).not.toHaveProperty('id'); // readOnly: never part of a request
    await app.setBody(JSON.stringify({ name: 'Espresso cup', price: 4.5, tags: ['kitchen'], status: 'draft' }, null, 2));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    created = (await app.responseJson()) as Item;
    expect(created).toMatchObject({ name: 'Espresso cup', price: 4.5, status: 'draft' });
    expect(await app.byTestId('response-time').innerText()).toMatch(/\d+(\.\d+)? ms/);
    expect(await app.byTestId('response-size').innerText()).toMatch(/\d+ B/);
  });

  it('asks before sending the same POST again, and sends only when confirmed', async () => {
    // Without its Idempotency-Key (filled in by default) a repeat is a real second POST.
    await app.fillParam('header:Idempotency-Key', '');
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    await app.byTestId('confirm-dialog').waitFor();
    expect(await app.byTestId('confirm-dialog').innerText()).toMatch(/not idempotent/i);
    await app.byTestId('confirm-cancel').click();
    await app.byTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await app.currentExchangeSeq()).toBe(before);

    await app.clickSend();
    await app.byTestId('confirm-send-again').click();
    await app.waitForExchangeAfter(before);
    expect(await app.responseStatus()).toBe('201 Created');
    expect(((await app.responseJson()) as Item).id).not.toBe(created.id);
  });

  it('sends a refused POST again without asking: a 4xx made nothing', async () => {
    await app.setBody(JSON.stringify({ name: 'Bad price', price: -1, status: 'draft' }, null, 2));
    await app.send();
    expect(await app.responseStatus()).toMatch(/^4\d\d /);
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    await app.waitForExchangeAfter(before);
    expect(await app.byTestId('confirm-dialog').count()).toBe(0);
    expect(await app.responseStatus()).toMatch(/^4\d\d /);
  });

  it('GETs the list with a query parameter', async () => {
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '50');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const items = (await app.responseJson()) as Item[];
    expect(items.map((item) => item.id)).toContain(created.id);
  });

  it('GETs one item by its path parameter', async () => {
    await app.selectOperation('GET', '/items/{itemId}');
    await app.fillParam('path:itemId', created.id);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toMatchObject({ id: created.id, name: 'Espresso cup' });
  });

  it('PUTs a replacement and repeats it without a confirmation, since PUT is idempotent', async () => {
    await app.selectOperation('PUT', '/items/{itemId}');
    expect(await app.byTestId('idempotency-hint').innerText()).toMatch(/Idempotent/);
    await app.fillParam('path:itemId', created.id);
    await app.setBody(JSON.stringify({ name: 'Tea cup', price: 3, status: 'active' }));
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    await app.send();
    expect(await app.byTestId('confirm-dialog').count()).toBe(0);
    expect(await app.responseJson()).toMatchObject({ id: created.id, name: 'Tea cup', price: 3, status: 'active' });
  });

  it('PATCHes one field and explains that PATCH depends on the patch document', async () => {
    await app.selectOperation('PATCH', '/items/{itemId}');
    expect(await app.byTestId('idempotency-hint').innerText()).toMatch(/patch document/i);
    await app.fillParam('path:itemId', created.id);
    await app.setBody('{"price": 3.25}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toMatchObject({ id: created.id, name: 'Tea cup', price: 3.25 });
  });

  it('DELETEs the item, then GET answers 404 as a response, not an error', async () => {
    await app.selectOperation('DELETE', '/items/{itemId}');
    await app.fillParam('path:itemId', created.id);
    await app.send();
    expect(await app.responseStatus()).toBe('204 No Content');
    await app.selectOperation('GET', '/items/{itemId}');
    await app.fillParam('path:itemId', created.id);
    await app.send();
    expect(await app.responseStatus()).toBe('404 Not Found');
    expect(await app.byTestId('response-body').first().innerText()).toContain('message');
  });

  it('shows a field problem and sends nothing when a required path parameter is empty', async () => {
    await app.selectOperation('GET', '/items/{itemId}');
    await app.fillParam('path:itemId', '');
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    await app.page.locator('[data-testid="field-problem"][data-param-key="path:itemId"]').waitFor();
    expect(await app.currentExchangeSeq()).toBe(before);
  });

  it('names the URL and what to do when the server cannot be reached', async () => {
    await app.selectOperation('GET', '/items');
    await app.setBaseUrl('http://127.0.0.1:9');
    await app.send();
    expect(await app.responseError()).toContain('Could not reach http://127.0.0.1:9/items');
    expect(await app.responseError()).toContain('Is the server running?');
  });
});
