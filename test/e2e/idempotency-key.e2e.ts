import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';
import { useUiSession } from './support/ui-session';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const KEY_PARAM = 'header:Idempotency-Key';

describe('the Idempotency-Key lifecycle against the demo API', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('POST', '/items');
    await app.setBody(JSON.stringify({ name: 'Teapot', price: 12 }));
  });

  async function itemId(): Promise<string> {
    return ((await app.responseJson()) as { id: string }).id;
  }

  it('fills a fresh UUID v4 key and shows it', async () => {
    const key = await app.byTestId('key-value').innerText();
    expect(key).toMatch(UUID_V4);
    expect(await app.param(KEY_PARAM).inputValue()).toBe(key);
  });

  let firstId: string;

  it('keeps the key on Retry, and the server replays the first answer, explained in words', async () => {
    const key = await app.byTestId('key-value').innerText();
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    firstId = await itemId();
    expect(await app.byTestId('key-note').getAttribute('data-kind')).toBe('first');

    const before = await app.currentExchangeSeq();
    await app.byTestId('retry-button').click();
    await app.waitForExchangeAfter(before);
    expect(await app.byTestId('key-value').innerText()).toBe(key);
    expect(await itemId()).toBe(firstId);
    expect(await app.byTestId('key-note').innerText()).toMatch(/^Replayed: the server had already handled Idempotency-Key/);
  });

  it('does not ask before a repeat that carries the key: Send again is a retry too', async () => {
    await app.send();
    expect(await app.byTestId('confirm-dialog').count()).toBe(0);
    expect(await itemId()).toBe(firstId);
  });

  it('explains a 422 when the same key, pinned, goes with another body', async () => {
    // Pinned: the key stays although the body changes (unpinned, a changed body gets a new key; see below).
    await app.byTestId('key-pin').check();
    await app.setBody(JSON.stringify({ name: 'Teapot', price: 13 }));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await app.byTestId('key-note').innerText()).toMatch(/already used with a different body/);
  });

  it('gives a changed body a new key, says so under Send, and the server creates a new item', async () => {
    await app.byTestId('key-pin').uncheck();
    await app.send();
    const created = await itemId();
    const key = await app.byTestId('key-value').innerText();
    await app.setBody(JSON.stringify({ name: 'Teapot', price: 14 }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    // Server side: a new item, not the replay of the one before.
    expect(await itemId()).not.toBe(created);
    expect((await app.responseJson()) as { price: number }).toMatchObject({ price: 14 });
    expect(await app.byTestId('key-value').innerText()).not.toBe(key);
    expect(await app.byTestId('key-renewed-note').innerText()).toMatch(/changed since the last send, so this one carries a new Idempotency-Key/);
    // The same body again keeps the key: a retry the server replays.
    const renewed = await app.byTestId('key-value').innerText();
    await app.send();
    expect(await app.byTestId('key-value').innerText()).toBe(renewed);
    expect(await app.byTestId('key-note').innerText()).toMatch(/^Replayed/);
  });

  it('makes a new key only on New key, and then creates a new item', async () => {
    const old = await app.byTestId('key-value').innerText();
    await app.byTestId('new-key-button').click();
    const fresh = await app.byTestId('key-value').innerText();
    expect(fresh).toMatch(UUID_V4);
    expect(fresh).not.toBe(old);
    expect(await app.byTestId('key-note').count()).toBe(0);
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await itemId()).not.toBe(firstId);
  });

  it('without a key, asks before a repeat and offers to send with an Idempotency-Key', async () => {
    await app.fillParam(KEY_PARAM, '');
    await app.setBody(JSON.stringify({ name: 'Kettle', price: 30 }));
    await app.send();
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    const dialog = app.byTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/accepts an Idempotency-Key header/);
    await app.byTestId('confirm-send-with-key').click();
    await app.waitForExchangeAfter(before);
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.byTestId('key-value').innerText()).toMatch(UUID_V4);
    expect(await app.byTestId('retry-button').isVisible()).toBe(true);
  });

  it('lets the guard be turned off for this request', async () => {
    await app.fillParam(KEY_PARAM, '');
    await app.byTestId('guard-toggle').uncheck();
    await app.send();
    await app.send();
    expect(await app.byTestId('confirm-dialog').count()).toBe(0);
    await app.byTestId('guard-toggle').check();
  });
});

describe('Add Idempotency-Key on a POST whose document declares none (FastAPI)', () => {
  const served = useServedApp(() => startFastApi());
  let app: RoundtripPage;
  let books: FastApiServer;

  beforeAll(async () => {
    ({ app, server: books } = served());
    await app.selectOperation('POST', '/books');
  });

  it('adds a key with one click, shows it, and can remove it', async () => {
    expect(await app.byTestId('key-value').count()).toBe(0);
    await app.byTestId('add-key-button').click();
    expect(await app.byTestId('key-value').innerText()).toMatch(UUID_V4);
    await app.byTestId('remove-key-button').click();
    expect(await app.byTestId('add-key-button').isVisible()).toBe(true);
  });

  it('asks before the same POST without a key, with no key option the API does not declare', async () => {
    await app.setBody(JSON.stringify({ title: 'Refactoring', author: 'Martin Fowler', year: 1999 }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    await app.clickSend();
    await app.byTestId('confirm-dialog').waitFor();
    expect(await app.byTestId('confirm-send-with-key').count()).toBe(0);
    await app.byTestId('confirm-cancel').click();
    await app.byTestId('confirm-dialog').waitFor({ state: 'detached' });
  });

  it('still asks before the same POST with a key it added, since nothing shows the server honours it, and the server does make two', async () => {
    await app.setBody(JSON.stringify({ title: 'Keyed twice', author: 'Key Tester', year: 2001 }));
    await app.byTestId('add-key-button').click();
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    await app.clickSend();
    await app.byTestId('confirm-dialog').waitFor();
    expect(await app.byTestId('confirm-key-note').innerText()).toContain('But the document does not say this API honours it, and no answer so far was a replay: if it ignores the key, sending again will create a second item.');
    await app.page.screenshot({ path: '/tmp/confirm-added-key.png' });
    await app.byTestId('confirm-send-again').click();
    await app.byTestId('confirm-dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => ((await (await fetch(`${books.baseUrl}/books?author=Key%20Tester`)).json()) as unknown[]).length).toBe(2);
  });
});
