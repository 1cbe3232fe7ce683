import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';
import { useUiSession } from './support/ui-session';

async function runCheck(app: RoundtripPage): Promise<{ verdict: string | null; summary: string }> {
  await app.byTestId('check-button').click();
  const report = app.byTestId('check-report');
  await report.waitFor();
  return { verdict: await report.getAttribute('data-verdict'), summary: await app.byTestId('check-summary').innerText() };
}

describe('the idempotency check against FastAPI: one endpoint honours keys, one ignores them', () => {
  const served = useServedApp(() => startFastApi());
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('passes POST /orders, which replays the same key', async () => {
    await app.selectOperation('POST', '/orders');
    await app.setBody(JSON.stringify({ item: 'tea', quantity: 2 }));
    const { verdict, summary } = await runCheck(app);
    expect(verdict).toBe('idempotent');
    expect(summary).toBe('POST /orders is idempotent with the same Idempotency-Key: state after 1st and 2nd send identical.');
    expect(await app.byTestId('check-report').innerText()).toMatch(/replayed the first answer/);
    expect(await app.byTestId('check-exchange').count()).toBe(4);
  });

  it('fails POST /tickets, which ignores the key, with the two ids and the diff', async () => {
    await app.selectOperation('POST', '/tickets');
    await app.setBody(JSON.stringify({ item: 'concert' }));
    const { verdict, summary } = await runCheck(app);
    expect(verdict).toBe('not-idempotent');
    expect(summary).toBe('POST /tickets with the same Idempotency-Key created two tickets: ids 1 and 2.');
    const diff = app.byTestId('check-diff');
    expect(await diff.innerText()).toMatch(/\/\[id=2\]\s+added/);
  });

  it('refuses a POST without a key and says why', async () => {
    await app.selectOperation('POST', '/books');
    expect(await app.byTestId('check-panel').innerText()).toMatch(/without an Idempotency-Key would simply do it twice/);
  });
});

describe('the idempotency check of a POST whose collection has no GET (FastAPI)', () => {
  const served = useServedApp(() => startFastApi('stranger_library'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('reads back the created hold with GET /holds/{hold_id}, and the replay\'s other date-time text is no difference', async () => {
    await app.selectOperation('POST', '/holds');
    await app.setBody(JSON.stringify({ book_id: 1, member: 'ann' }));
    const { verdict, summary } = await runCheck(app);
    expect(summary).toBe('POST /holds is idempotent with the same Idempotency-Key: state after 1st and 2nd send identical.');
    expect(verdict).toBe('idempotent');
    const exchanges = await app.byTestId('check-exchange').allInnerTexts();
    expect(exchanges).toHaveLength(4);
    expect(exchanges[1]).toMatch(/GET \S*\/holds\/1\b/);
    expect(await app.byTestId('check-report').innerText()).not.toMatch(/no GET/);
  });
});

describe('the idempotency check against the demo API', () => {
  const session = useUiSession();
  let app: RoundtripPage;
  let id: string;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('POST', '/items');
    await app.setBody(JSON.stringify({ name: 'Check cup', price: 3 }));
    await app.send();
    id = ((await app.responseJson()) as { id: string }).id;
  });

  it('passes a keyed POST /items (the demo replays keys)', async () => {
    await app.byTestId('new-key-button').click();
    expect((await runCheck(app)).verdict).toBe('idempotent');
  });

  it('passes PUT /items/{itemId}: the state after both sends is identical', async () => {
    await app.selectOperation('PUT', '/items/{itemId}');
    await app.fillParam('path:itemId', id);
    await app.setBody(JSON.stringify({ name: 'Check cup', price: 5 }));
    const { verdict, summary } = await runCheck(app);
    expect(verdict).toBe('idempotent');
    expect(summary).toBe(`PUT /items/${id} is idempotent: state after 1st and 2nd send identical.`);
  });

  it('passes DELETE /items/{itemId} although the second DELETE answers 404', async () => {
    await app.selectOperation('DELETE', '/items/{itemId}');
    await app.fillParam('path:itemId', id);
    const { verdict } = await runCheck(app);
    expect(verdict).toBe('idempotent');
    expect(await app.byTestId('check-report').innerText()).toMatch(/second DELETE answered 404: that is still idempotent/);
  });
});
