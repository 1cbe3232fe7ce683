import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { startWireTarget, type WireTarget } from '../support/wire-target';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

describe('responses checked against the spec', () => {
  const session = useUiSession();
  let target: WireTarget;
  let fastapi: FastApiServer;
  let app: RoundtripPage;

  beforeAll(async () => {
    [target, fastapi] = await Promise.all([startWireTarget(), startFastApi()]);
    app = await session().openApp();
    await app.openUrl(target.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await Promise.all([target?.stop(), fastapi?.stop()]);
  });

  it('says a body that matches its 3.0 schema (with a null nullable field) conforms', async () => {
    await app.selectOperation('GET', '/item');
    await app.send();
    const panel = app.byTestId('response-validation');
    expect(await panel.getAttribute('data-conforms')).toBe('true');
    expect(await panel.innerText()).toContain('Conforms to the spec');
  });

  it('lists each violation of the schema with its JSON pointer beside the body', async () => {
    await app.selectOperation('GET', '/bad-item');
    await app.send();
    const panel = app.byTestId('response-validation');
    expect(await panel.getAttribute('data-conforms')).toBe('false');
    const pointers = await app.byTestId('violation').evaluateAll((items) => items.map((item) => item.getAttribute('data-pointer')));
    expect(pointers.sort()).toEqual(['/id', '/price']);
    expect(await panel.innerText()).toContain('must be integer');
    await app.page.screenshot({ path: '/tmp/roundtrip-violations.png' });
  });

  it('says a fault repeated in every item of a list once, with its count and where it starts', async () => {
    await app.selectOperation('GET', '/bad-items');
    await app.send();
    const panel = app.byTestId('response-validation');
    expect(await panel.locator('.validation-title').innerText()).toBe('✗ 2,001 violations of the spec (response 200)');
    const rows = await app.byTestId('violation').evaluateAll((items) => items.map((item) => [item.getAttribute('data-pointer'), item.getAttribute('data-count'), item.textContent]));
    expect(rows).toEqual([
      ['/*/price', '2000', '/*/price must be >= 0 (2,000 times: at /0/price, /1/price, /2/price, …)'],
      ['/5/id', '1', '/5/id must be integer'],
    ]);
    await app.page.screenshot({ path: '/tmp/roundtrip-violation-groups.png' });
  });

  it('names a required response header the answer lacks', async () => {
    await app.selectOperation('GET', '/unrated-item');
    await app.send();
    const panel = app.byTestId('response-validation');
    expect(await panel.getAttribute('data-conforms')).toBe('false');
    expect(await panel.innerText()).toContain('The required header X-Rate-Limit is missing');
    expect(await panel.innerText()).not.toContain('X-Trace');
    await app.page.screenshot({ path: '/tmp/roundtrip-header-violation.png' });
  });

  it("shows FastAPI's 422 and checks it against the declared HTTPValidationError", async () => {
    await app.showOpenPanel();
    await app.openUrl(fastapi.specUrl);
    await app.byTestId('api-title').filter({ hasText: 'books' }).waitFor({ timeout: 20_000 });
    await app.selectOperation('POST', '/books');
    await app.setBody(JSON.stringify({ title: 'No author' }));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(JSON.stringify(await app.responseJson())).toContain('author');
    const panel = app.byTestId('response-validation');
    expect(await panel.innerText()).toContain('Conforms to the spec');
    expect(await panel.innerText()).toContain('422');
  });
});
