import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { receivedBy, type Received } from '../support/fastapi/received-requests';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

function field(app: RoundtripPage, path: string) {
  return app.page.locator(`[data-testid="body-field"][data-path='${path}']`).first();
}

describe('body fields and what the server says about them (FastAPI forms service)', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;
  let base: string;

  beforeAll(async () => {
    ({ app } = served());
    base = served().server.baseUrl;
    await app.waitForValidation();
  });

  async function lastReceived(path: string): Promise<Received | undefined> {
    return (await receivedBy(base, path)).at(-1);
  }

  it('lists above the body the 422 messages for places no field shows, with their path, and moves them under fields once shown', async () => {
    await app.selectOperation('POST', '/orders');
    const sent = { customer: { name: 'Ada', address: { street: '1 Loop Road' } }, lines: [{ sku: 'A-1', quantity: 0 }], payment: { method: 'card', last4: '12' } };
    await app.setBody(JSON.stringify(sent));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(JSON.parse((await lastReceived('/orders'))?.body ?? 'null')).toEqual(sent);

    // Raw JSON shows no fields: every message is listed above the body, none is dropped.
    const listed = app.byTestId('server-body-error');
    expect(await listed.evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))).toEqual(['$.customer.address.city', '$.lines[0].quantity', '$.payment.Card.last4']);
    expect(await listed.nth(2).innerText()).toMatch(/^Server: \$\.payment\.Card\.last4 string does not match regex/);
    await app.page.screenshot({ path: '/tmp/body-server-errors.png' });

    // The form shows city and quantity: their messages go under them; pydantic's path through the union stays listed.
    await app.bodyForm();
    await field(app, '$.lines[0].quantity').locator('[data-testid="server-field-error"]').waitFor();
    expect(await field(app, '$.customer.address.city').locator('[data-testid="server-field-error"]').innerText()).toBe('Server: field required');
    expect(await listed.evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))).toEqual(['$.payment.Card.last4']);
    expect(await app.byTestId('server-errors-summary').innerText()).toMatch(/1 message names a place in the body no field shows/);
  });

  it("fills one field with the example or default its schema states, and the server receives it", async () => {
    await app.selectOperation('POST', '/payments');
    await app.bodyForm();
    // amount states nothing to fill in; currency's default is EUR.
    expect(await field(app, '$.amount').locator('[data-testid="body-field-fill-example"]').count()).toBe(0);
    const currency = field(app, '$.currency');
    expect(await currency.getAttribute('data-unset')).toBe('true');
    await app.bodyInput('$.amount').fill('5');
    await app.page.screenshot({ path: '/tmp/body-fill-example.png' });
    await currency.locator('[data-testid="body-field-fill-example"]').click();
    expect(await app.bodyInput('$.currency').inputValue()).toBe('EUR');
    expect(await currency.locator('[data-testid="body-field-fill-example"]').count()).toBe(0);
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(JSON.parse((await lastReceived('/payments'))?.body ?? 'null')).toEqual({ amount: 5, currency: 'EUR' });
  });
});
