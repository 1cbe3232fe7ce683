import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

/** What the server said under the parameter field with form key `key`. */
function paramServerErrors(app: RoundtripPage, key: string) {
  return app.page.locator('.field').filter({ has: app.param(key) }).getByTestId('server-field-error');
}

/** What the server said under the body field at `path` ("$.a.b"), not counting the fields inside it. */
function bodyServerErrors(app: RoundtripPage, path: string) {
  return app.page.locator(`[data-testid="body-field"][data-path='${path}'] > .server-field-errors [data-testid="server-field-error"]`);
}

describe("a validation answer's messages under the fields they name (FastAPI)", () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it("places FastAPI's 422 detail[].loc under the path, query and header parameters and the body fields", async () => {
    await app.selectOperation('POST', '/reports/{year}');
    await app.fillParam('path:year', '1999');
    await app.fillParam('query:month', '13');
    await app.fillParam('header:x-tenant', 'nope');
    await app.setBody(JSON.stringify({ title: 'ab', pages: 0, address: { city: 'P' } }));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    await app.bodyForm();
    expect(await paramServerErrors(app, 'path:year').innerText()).toBe('Server: ensure this value is greater than or equal to 2000');
    expect(await paramServerErrors(app, 'query:month').innerText()).toBe('Server: ensure this value is less than or equal to 12');
    expect(await paramServerErrors(app, 'header:x-tenant').innerText()).toMatch(/^Server: string does not match regex/);
    expect(await bodyServerErrors(app, '$.title').innerText()).toBe('Server: ensure this value has at least 3 characters');
    expect(await bodyServerErrors(app, '$.pages').innerText()).toBe('Server: ensure this value is greater than or equal to 1');
    expect(await bodyServerErrors(app, '$.address.city').innerText()).toBe('Server: ensure this value has at least 2 characters');
    expect(await app.param('query:month').getAttribute('aria-invalid')).toBe('true');
    expect(await app.byTestId('server-errors-summary').innerText()).toBe('The server rejected 6 fields: each message is under its field.')
    // A 422 without an Idempotency-Key says nothing about keys.
    expect(await app.byTestId('response-key-note').count()).toBe(0);
    await app.page.screenshot({ path: '/tmp/server-errors-422.png', fullPage: true });
  });

  it('clears the messages once the server accepts the request', async () => {
    await app.fillParam('path:year', '2024');
    await app.fillParam('query:month', '5');
    await app.fillParam('header:x-tenant', 't-7');
    await app.setBody(JSON.stringify({ title: 'Q2 numbers', pages: 3, address: { city: 'Paris' } }));
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ year: 2024, month: 5, tenant: 't-7', report: { title: 'Q2 numbers', pages: 3, address: { city: 'Paris', postcode: null } } });
    expect(await app.byTestId('server-field-error').count()).toBe(0);
  });

  it('places RFC 9457 problem details (errors[].pointer and .parameter) under the body fields and the query parameter', async () => {
    await app.selectOperation('POST', '/members');
    await app.fillParam('query:invite', 'friend');
    await app.setBody(JSON.stringify({ name: 'Ada', age: 12, email: 'ada.example.com' }));
    await app.send();
    expect(await app.responseStatus()).toBe('400 Bad Request');
    await app.bodyForm();
    expect(await bodyServerErrors(app, '$.age').innerText()).toBe('Server: must be 18 or older');
    expect(await bodyServerErrors(app, '$.email').innerText()).toBe('Server: is not an email address');
    expect(await paramServerErrors(app, 'query:invite').innerText()).toBe('Server: is not an invitation code (inv-...)');
    await app.page.screenshot({ path: '/tmp/server-errors-problem.png', fullPage: true });
  });

  it('lists under Send what the server tied to no field of the form', async () => {
    await app.fillParam('query:invite', '');
    await app.setBody(JSON.stringify({ name: 'Newcomer', age: 12 }));
    await app.send();
    expect(await app.responseStatus()).toBe('400 Bad Request');
    const summary = app.byTestId('server-errors-summary');
    expect(await summary.getByTestId('server-unplaced-error').innerText()).toBe('Server: newcomers need an invitation this week');
    // The raw editor shows no fields: the age message is listed above the body until the form shows its field.
    expect(await app.byTestId('server-body-error').innerText()).toBe('Server: $.age must be 18 or older');
    await app.bodyForm();
    await app.byTestId('server-body-error').waitFor({ state: 'detached' });
    expect(await summary.innerText()).toContain('The server rejected 1 field: its message is under it.');
  });
});

describe('the 422 explanation speaks of a reused Idempotency-Key only when one was reused (FastAPI orders)', () => {
  const served = useServedApp(() => startFastApi());
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('a validation 422 of a keyed POST maps to the field and mentions no key', async () => {
    await app.selectOperation('POST', '/orders');
    expect(await app.param('header:Idempotency-Key').inputValue()).not.toBe('');
    await app.setBody(JSON.stringify({ item: '' }));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    await app.bodyForm();
    expect(await bodyServerErrors(app, '$.item').innerText()).toBe('Server: ensure this value has at least 1 characters');
    expect(await app.byTestId('response-key-note').count()).toBe(0);
    expect(await app.byTestId('key-note').count()).toBe(0);
  });

  it('the same key sent again with another body is explained as a reused key', async () => {
    await app.setBody(JSON.stringify({ item: 'lamp' }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    const key = await app.param('header:Idempotency-Key').inputValue();
    // The person keeps the key on purpose (pinned), so a changed body goes with the same key.
    await app.byTestId('key-pin').check();
    await app.setBody(JSON.stringify({ item: 'desk' }));
    expect(await app.param('header:Idempotency-Key').inputValue()).toBe(key);
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await app.byTestId('response-key-note').getAttribute('data-kind')).toBe('key-reused');
    expect(await app.byTestId('response-key-note').innerText()).toContain(`Idempotency-Key ${key} was already used with a different body`);
    expect(await app.byTestId('server-field-error').count()).toBe(0);
  });
});
