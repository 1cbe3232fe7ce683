import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

const SECRET = 'k-secret-9876';

const order = {
  customer: { name: 'Zeppelin', address: { street: '1 Loop Road', city: 'Paris' } },
  lines: [{ sku: 'A-1', quantity: 2 }],
  payment: { method: 'card', last4: '1234' },
};

describe('history as a request log (FastAPI forms)', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
    await app.selectOperation('GET', '/keyed');
    await app.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]').getByTestId('auth-api-key').fill(SECRET);
    await app.send();
    await app.selectOperation('POST', '/orders');
    await app.setBody(JSON.stringify(order));
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    await app.byTestId('history-toggle').click();
    await app.byTestId('history-entry').first().waitFor();
  });

  /** Shows only the entries matching `query` and waits for the list to say how many. */
  async function search(query: string, count: number): Promise<void> {
    await app.byTestId('history-search').fill(query);
    await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid="history-entry"]').length === n, count);
  }

  it('finds entries by words of the request body and of the response body', async () => {
    await search('zeppelin', 1);
    expect(await app.byTestId('history-entry').innerText()).toContain('/orders');
    // "medium" is only in the answer: FastAPI filled the line's default size.
    await search('medium', 1);
    await search('zeppelin nowhere-to-be-found', 0);
  });

  it('shows the request as sent beside the response: method, URL, headers and the body', async () => {
    await search('zeppelin', 1);
    await app.byTestId('history-entry').first().click();
    const opened = app.byTestId('history-opened');
    const sent = opened.getByTestId('sent-request');
    await sent.waitFor();
    expect(await sent.getByTestId('sent-url').innerText()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/orders$/);
    expect(await sent.getByText('POST', { exact: true }).count()).toBe(1);
    expect(await sent.getByTestId('sent-headers').innerText()).toMatch(/Content-Type\s+application\/json/);
    expect(JSON.parse(await sent.getByTestId('sent-body').innerText())).toEqual(order);
    expect(await opened.getByTestId('response-status').innerText()).toBe('200 OK');
    const [request, response] = await Promise.all([sent.boundingBox(), opened.getByTestId('response-panel').boundingBox()]);
    // Side by side in a window this wide.
    expect(request !== null && response !== null && request.x + request.width <= response.x).toBe(true);
    await app.page.screenshot({ path: '/tmp/history-request-log.png' });
  });

  it('masks the credential in the logged request, and the key appears nowhere in the entry', async () => {
    await app.page.getByRole('button', { name: '← All entries' }).click();
    await search('keyed', 1);
    await app.byTestId('history-entry').first().click();
    const sent = app.byTestId('sent-request');
    await sent.waitFor();
    const apiKeyRow = sent.getByTestId('sent-headers').locator('tr', { hasText: 'X-API-Key' });
    expect(await apiKeyRow.locator('td').innerText()).toBe('[redacted]');
    expect(await app.byTestId('history-opened').innerText()).not.toContain(SECRET);
    await search(SECRET, 0);
  });
});
