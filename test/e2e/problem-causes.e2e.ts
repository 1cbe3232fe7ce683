import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

describe("Problems of a FastAPI document with pydantic 1's exclusive bounds", () => {
  // bounds_app.py: three numeric exclusiveMinimum values and one exclusiveMaximum, in an OpenAPI 3.0 document.
  const served = useServedApp(() => startFastApi('bounds_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
    await app.waitForValidation();
  });

  it('names one problem per bound, where it is written, as a warning', async () => {
    const panel = app.byTestId('problems');
    await panel.locator('summary').click();
    expect(await panel.locator('summary').innerText()).toContain('Problems (4)');
    const problems = app.byTestId('problem');
    expect(await problems.count()).toBe(4);
    const texts = await problems.allInnerTexts();
    for (const text of texts) {
      expect(text).toMatch(/^warning/i);
      // FastAPI serves its document on one line, so every line is 1: still a line.
      expect(text).toMatch(/exclusiveM(in|ax)imum: \d+ is a number, .*FastAPI with pydantic 1.*Treated as a JSON Schema 2020-12 bound/s);
      expect(text).toMatch(/· line \d+/);
      expect(text).not.toMatch(/oneOf|required property '\$ref'/);
    }
    expect(texts.map((text) => /#\/\S+/.exec(text)?.[0])).toEqual([
      '#/paths/~1orders/get/parameters/0/schema/exclusiveMinimum',
      '#/components/schemas/OrderIn/properties/price/exclusiveMinimum',
      '#/components/schemas/OrderIn/properties/quantity/exclusiveMinimum',
      '#/components/schemas/OrderIn/properties/discount/exclusiveMaximum',
    ]);
  });

  it('marks a value past the bound as the warning says, sends it when asked, and FastAPI refuses it too', async () => {
    await app.selectOperation('GET', '/orders');
    await app.fillParam('query:limit', '0');
    // A value the schema refuses is marked, not held: sending it is how a person tests the server's own check.
    await app.send();
    const problem = app.page.locator('[data-testid="field-problem"][data-param-key="query:limit"]');
    expect(await problem.innerText()).toContain('must be greater than 0');
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await app.page.locator('.field').filter({ has: app.param('query:limit') }).getByTestId('server-field-error').innerText()).toBe('Server: ensure this value is greater than 0');

    await app.fillParam('query:limit', '1');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    // What the server received: FastAPI echoes the limit it parsed.
    expect(await app.responseJson()).toEqual({ limit: 1, orders: [] });
  });
});
