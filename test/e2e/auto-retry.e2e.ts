import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlakyServer, type FlakyServer } from '../support/flaky-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

describe('automatic retry against a server that drops the first connection', () => {
  const session = useUiSession();
  let flaky: FlakyServer;
  let app: RoundtripPage;

  beforeAll(async () => {
    [flaky, app] = await Promise.all([startFlakyServer(), session().openApp()]);
    await app.openUrl(flaky.specUrl);
    await app.byTestId('api-title').waitFor();
  });
  afterAll(() => flaky?.stop());

  it('is off by default, and once on retries a dropped GET, showing each attempt', async () => {
    await app.selectOperation('GET', '/flaky');
    expect(await app.byTestId('auto-retry-toggle').isChecked()).toBe(false);
    await app.byTestId('auto-retry-toggle').check();
    await app.byTestId('auto-retry-backoff').fill('100');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(flaky.received.get('GET /flaky')).toBe(2);
    const attempts = await app.byTestId('retry-attempt').allInnerTexts();
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(/^Attempt 1: .*closed by the server.* — retrying after 100 ms$/);
    expect(attempts[1]).toBe('Attempt 2: HTTP 200');
  });

  it('never retries a POST without an Idempotency-Key, and says so', async () => {
    await app.selectOperation('POST', '/orders');
    await app.byTestId('auto-retry-toggle').check();
    await app.byTestId('auto-retry-backoff').fill('100');
    expect(await app.byTestId('auto-retry-refused').innerText()).toMatch(/POST is not idempotent and carries no Idempotency-Key/);
    await app.setBody('{"item":"tea"}');
    await app.send();
    expect(await app.responseError()).toMatch(/closed by the server|connection/i);
    expect(flaky.received.get('POST /orders')).toBe(1);
  });

  it('retries the same POST once it carries a key: the dropped attempt, the wait, then 201', async () => {
    await app.byTestId('add-key-button').click();
    // The first POST got no answer, and nothing shows this server honours a key the person added: it asks.
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    expect(await app.byTestId('confirm-key-note').innerText()).toContain('the document does not say this API honours it');
    await app.byTestId('confirm-send-again').click();
    await app.waitForExchangeAfter(before);
    expect(await app.responseStatus()).toBe('201 Created');
    expect(flaky.received.get('POST /orders')).toBe(3);
    const attempts = await app.byTestId('retry-attempt').allInnerTexts();
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(/^Attempt 1: .*closed by the server.* — retrying after 100 ms$/);
    expect(attempts[1]).toBe('Attempt 2: HTTP 201');
  });
});
