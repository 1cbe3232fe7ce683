import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

interface OrderEcho {
  order: Record<string, unknown>;
  raw: string;
}

function field(app: RoundtripPage, path: string) {
  return app.page.locator(`[data-testid="body-field"][data-path='${path}']`).first();
}

describe('the JSON body form with an unquoted {{variable}} on a FastAPI service', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  const text = ['{', '  "customer": {', '    "name": "Ada",', '    "address": { "street": "1 Loop Road", "city": "Paris" }', '  },', '  "lines": [{ "sku": "A-1", "quantity": {{qty}} }],', '  "payment": { "method": "transfer", "iban": "DE44500105175407324931" }', '}'].join('\n');

  it('keeps the form editable, shows the field as holding the variable and writes it back unquoted', async () => {
    await app.selectOperation('POST', '/orders');
    await app.setBody(text);
    const form = await app.bodyForm();
    expect(await app.byTestId('body-parse-error').count()).toBe(0);
    expect(await form.getAttribute('disabled')).toBeNull();
    const quantity = field(app, '$.lines[0].quantity');
    expect(await quantity.getByTestId('body-input').inputValue()).toBe('{{qty}}');
    expect(await quantity.getByTestId('body-variable').innerText()).toContain('variable');
    // The variable's value is known only when sent: no "must be integer" for it.
    expect(await quantity.getByTestId('body-field-problem').count()).toBe(0);

    await app.bodyInput('$.customer.name').fill('Grace');
    await field(app, '$.lines').screenshot({ path: '/tmp/body-form-variable.png' });
    const raw = await (await app.rawBody()).inputValue();
    expect(raw).toContain('"quantity": {{qty}}');
    expect(raw).toContain('"name": "Grace"');
  });

  it('sends the variable\'s value in place, as a number', async () => {
    await app.newEnvironment([{ name: 'qty', value: '3' }]);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const echo = (await app.responseJson()) as OrderEcho;
    expect(JSON.parse(echo.raw)).toMatchObject({ customer: { name: 'Grace' }, lines: [{ sku: 'A-1', quantity: 3 }] });
  });
});
