import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

/** The products the server holds now, read outside the UI. */
async function serverProducts(server: FastApiServer): Promise<unknown[]> {
  const response = await fetch(`${server.baseUrl}/products`);
  return (await response.json()) as unknown[];
}

function field(app: RoundtripPage, path: string) {
  return app.page.locator(`[data-testid="body-field"][data-path='${path}']`).first();
}

async function problemsOf(app: RoundtripPage, path: string): Promise<string[]> {
  return field(app, path).getByTestId('body-field-problem').allInnerTexts();
}

async function rawBodyValue(app: RoundtripPage): Promise<Record<string, unknown>> {
  return JSON.parse(await (await app.rawBody()).inputValue()) as Record<string, unknown>;
}

describe('a number field sends what it shows (FastAPI products)', () => {
  const served = useServedApp(() => startFastApi('products_app'));
  let fastapi: FastApiServer;
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ server: fastapi, app } = served());
  });

  it('marks "12,50" typed key by key, keeps it through Raw JSON, and sends it as shown', async () => {
    await app.selectOperation('POST', '/products');
    await app.bodyForm();
    await app.bodyInput('$.name').fill('Comma price');
    await app.bodyInput('$.quantity').fill('2');
    const price = app.bodyInput('$.price');
    // A value from before, as a field can hold when it is typed into: "1", then "12,50" typed after it.
    await price.fill('1');
    await price.press('End');
    await price.pressSequentially('2,50');
    expect(await price.inputValue()).toBe('12,50');
    expect(await problemsOf(app, '$.price')).toEqual(['must be number, not the text "12,50" (use a dot for decimals)']);
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    await field(app, '$.price').screenshot({ path: '/tmp/number-field-comma.png' });

    expect(await rawBodyValue(app)).toMatchObject({ name: 'Comma price', price: '12,50', quantity: 2 });
    await app.bodyForm();
    expect(await price.inputValue()).toBe('12,50');

    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await field(app, '$.price').getByTestId('server-field-error').innerText()).toMatch(/^Server: value is not a valid float/);
    expect(await serverProducts(fastapi)).toEqual([]);
    await app.page.screenshot({ path: '/tmp/number-field-comma-sent.png', fullPage: true });
  });

  it('marks "abc" set in one go and sends it, not the last number', async () => {
    const price = app.bodyInput('$.price');
    await price.fill('1e3');
    expect((await rawBodyValue(app)).price).toBe(1000);
    await app.bodyForm();
    await price.fill('abc');
    expect(await problemsOf(app, '$.price')).toEqual(['must be number, not the text "abc"']);
    expect((await rawBodyValue(app)).price).toBe('abc');
    await app.bodyForm();
    expect(await price.inputValue()).toBe('abc');
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await serverProducts(fastapi)).toEqual([]);
  });

  it('marks "4x" in an integer field and sends it as shown', async () => {
    await app.bodyInput('$.price').fill('12.5');
    const quantity = app.bodyInput('$.quantity');
    await quantity.fill('');
    await quantity.pressSequentially('4x');
    expect(await quantity.inputValue()).toBe('4x');
    expect(await problemsOf(app, '$.quantity')).toEqual(['must be integer, not the text "4x"']);
    expect(await rawBodyValue(app)).toMatchObject({ price: 12.5, quantity: '4x' });
    await app.bodyForm();
    expect(await quantity.inputValue()).toBe('4x');
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await field(app, '$.quantity').getByTestId('server-field-error').innerText()).toMatch(/^Server: value is not a valid integer/);
    expect(await serverProducts(fastapi)).toEqual([]);
  });

  it('keeps unfinished numbers as typed and sends the finished one', async () => {
    const quantity = app.bodyInput('$.quantity');
    await quantity.fill('');
    await quantity.pressSequentially('3');
    const price = app.bodyInput('$.price');
    await price.fill('');
    for (const [typed, shown] of [
      ['-', '-'],
      ['1', '-1'],
      ['.', '-1.'],
      ['5', '-1.5'],
    ] as const) {
      await price.press(typed);
      expect(await price.inputValue()).toBe(shown);
    }
    expect(await problemsOf(app, '$.price')).toEqual(['must be greater than 0']);
    await price.fill('');
    await price.pressSequentially('1.');
    expect(await price.inputValue()).toBe('1.');
    await price.pressSequentially('25');
    expect(await price.inputValue()).toBe('1.25');
    expect(await problemsOf(app, '$.price')).toEqual([]);
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await serverProducts(fastapi)).toEqual([{ id: 1, name: 'Comma price', price: 1.25, quantity: 3, attributes: null }]);
  });

  it('turns a {{variable}} typed into a number field into one, in the same input', async () => {
    const quantity = app.bodyInput('$.quantity');
    await quantity.fill('');
    await quantity.pressSequentially('{{qty}}');
    expect(await quantity.inputValue()).toBe('{{qty}}');
    // Still the input typed into: the field did not swap its control half-way.
    expect(await quantity.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field(app, '$.quantity').getByTestId('body-variable').innerText()).toContain('variable');
    expect(await (await app.rawBody()).inputValue()).toContain('"quantity": {{qty}}');
    await app.bodyForm();
    await quantity.fill('3');
  });

  it('sends a text that is not JSON in an untyped field as that text, and says so', async () => {
    await field(app, '$').locator('[data-testid="body-add-property"][data-name="attributes"]').first().click();
    const attributes = app.bodyInput('$.attributes');
    await attributes.fill('{"colour": "red"}');
    expect((await rawBodyValue(app)).attributes).toEqual({ colour: 'red' });
    await app.bodyForm();
    await attributes.fill('{"colour": red}');
    expect(await field(app, '$.attributes').getByTestId('body-input-note').innerText()).toBe('Not JSON: sent as the text "{\\"colour\\": red}".');
    // Clear of the sticky Send bar.
    await field(app, '$.attributes').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await field(app, '$.attributes').screenshot({ path: '/tmp/untyped-field-text.png' });
    expect((await rawBodyValue(app)).attributes).toBe('{"colour": red}');
    await app.bodyForm();
    expect(await attributes.inputValue()).toBe('{"colour": red}');
  });
});
