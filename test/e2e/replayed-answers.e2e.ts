import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { receivedBy } from '../support/fastapi/received-requests';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

// The books service's /orders replays with Idempotent-Replayed; the forms service's /payments replays silently, whatever the body.
describe('an answer the server replayed for an earlier request (books service)', () => {
  const served = useServedApp(() => startFastApi());
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
    await app.waitForValidation();
    await app.selectOperation('POST', '/orders');
    await app.setBody(JSON.stringify({ item: 'pen', quantity: 1 }));
  });

  it('shows the first answer plainly, and flags the replayed one beside its status', async () => {
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.byTestId('response-replayed').count()).toBe(0);

    const before = await app.currentExchangeSeq();
    await app.byTestId('retry-button').click();
    await app.waitForExchangeAfter(before);
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.byTestId('response-replayed').innerText()).toBe('Answer to an earlier request');
    expect(await app.byTestId('response-key-note').getAttribute('data-kind')).toBe('replayed');
    // Server side: one order, although the request went out twice.
    const orders = (await (await fetch(`${served().server.baseUrl}/orders`)).json()) as unknown[];
    expect(orders).toHaveLength(1);
  });
});

describe('an answer to the same key sent earlier with another body (forms service)', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;
  let base: string;

  beforeAll(async () => {
    ({ app } = served());
    base = served().server.baseUrl;
    await app.waitForValidation();
    await app.selectOperation('POST', '/payments');
  });

  it('never shows a plain 201 when the pinned key went out with another body, and the server got both bodies under one key', async () => {
    await app.setBody(JSON.stringify({ amount: 10, currency: 'EUR' }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.byTestId('response-replayed').count()).toBe(0);

    await app.byTestId('key-pin').check();
    await app.setBody(JSON.stringify({ amount: 99, currency: 'EUR' }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    // The server answered with the payment of 10 it stored for the key: the pane says so.
    expect(await app.responseJson()).toMatchObject({ amount: 10 });
    expect(await app.byTestId('response-replayed').isVisible()).toBe(true);
    expect(await app.byTestId('response-key-note').innerText()).toMatch(/^Not the answer to what was just sent/);
    await app.page.screenshot({ path: '/tmp/replayed-answer.png' });

    const sent = await receivedBy(base, '/payments');
    expect(sent.map((entry) => JSON.parse(entry.body) as unknown)).toEqual([{ amount: 10, currency: 'EUR' }, { amount: 99, currency: 'EUR' }]);
    const keys = sent.map((entry) => entry.headers.find(([name]) => name === 'idempotency-key')?.[1]);
    expect(keys[0]).toBeDefined();
    expect(keys[1]).toBe(keys[0]);
  });

  it('unpinned, the next changed body goes with a new key and gets an answer of its own', async () => {
    await app.byTestId('key-pin').uncheck();
    await app.setBody(JSON.stringify({ amount: 42, currency: 'EUR' }));
    await app.send();
    expect(await app.responseJson()).toMatchObject({ amount: 42 });
    expect(await app.byTestId('response-replayed').count()).toBe(0);
  });
});
