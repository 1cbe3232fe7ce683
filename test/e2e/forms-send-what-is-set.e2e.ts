import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, receivedBy } from '../support/fastapi/received-requests';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

interface Book {
  id: number;
  title: string;
  author: string;
  year: number;
}

/** The book as the server holds it now, read outside the UI. */
async function serverBook(server: FastApiServer, id: number): Promise<Book> {
  const response = await fetch(`${server.baseUrl}/books/${id}`);
  return (await response.json()) as Book;
}

describe('forms send only what the person set (FastAPI books)', () => {
  const served = useServedApp(() => startFastApi());
  let fastapi: FastApiServer;
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ server: fastapi, app } = served());
  });

  it('starts a PATCH with every optional field unset, the example only as placeholder', async () => {
    await app.selectOperation('PATCH', '/books/{book_id}');
    await app.bodyForm();
    const title = app.page.locator(`[data-testid="body-field"][data-path='$.title']`);
    expect(await title.getAttribute('data-unset')).toBe('true');
    expect(await app.bodyInput('$.title').inputValue()).toBe('');
    expect(await app.bodyInput('$.title').getAttribute('placeholder')).toMatch(/^not set · e\.g\. /);
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({});
    await app.bodyForm();
    await app.page.screenshot({ path: '/tmp/patch-unset.png', fullPage: true });
  });

  it('PATCHes one field and the server keeps the others', async () => {
    const before = await serverBook(fastapi, 1);
    await app.fillParam('path:book_id', '1');
    await app.bodyForm();
    await app.bodyInput('$.year').fill('2000');
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({ year: 2000 });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await serverBook(fastapi, 1)).toEqual({ ...before, year: 2000 });
  });

  it('leaves an optional field out again once it is emptied, and fills the example on request', async () => {
    await app.bodyForm();
    await app.bodyInput('$.title').fill('Draft');
    await app.bodyInput('$.title').fill('');
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({ year: 2000 });
    await app.bodyForm();
    await app.byTestId('body-fill-example').click();
    const filled = JSON.parse(await (await app.rawBody()).inputValue()) as Record<string, unknown>;
    // What was set stays; the rest comes from the example.
    expect(filled).toMatchObject({ year: 2000 });
    expect(Object.keys(filled).sort()).toEqual(['author', 'title', 'year']);
  });

  it('PUT after Load current keeps the real values and changes only the one edited', async () => {
    const before = await serverBook(fastapi, 2);
    await app.selectOperation('PUT', '/books/{book_id}');
    expect(await app.byTestId('load-current').isDisabled()).toBe(true);
    await app.fillParam('path:book_id', '2');
    await app.byTestId('load-current').click();
    await app.byTestId('load-current-done').waitFor();
    // The server's representation, without the id the PUT body does not declare.
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({ title: before.title, author: before.author, year: before.year });
    await app.bodyForm();
    await app.bodyInput('$.title').fill('DDIA');
    await app.page.screenshot({ path: '/tmp/put-load-current.png', fullPage: true });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await serverBook(fastapi, 2)).toEqual({ ...before, title: 'DDIA' });
  });

  it('says why nothing was loaded when the resource does not exist, and keeps the body', async () => {
    const body = await (await app.rawBody()).inputValue();
    await app.fillParam('path:book_id', '999');
    await app.byTestId('load-current').click();
    expect(await app.byTestId('load-current-error').innerText()).toMatch(/\/books\/999 answered 404 Not Found: nothing was loaded/);
    expect(await (await app.rawBody()).inputValue()).toBe(body);
  });

  it('starts a PUT with no made-up value: sent untouched, the server refuses it and the book keeps its title', async () => {
    const before = await serverBook(fastapi, 2);
    // The body as the form starts it again (the one above holds what Load current read).
    await app.byTestId('body-reset').click();
    await app.fillParam('path:book_id', '2');
    // The 404 above was about /books/999.
    expect(await app.byTestId('load-current-error').count()).toBe(0);
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({});
    await app.bodyForm();
    const title = app.page.locator(`[data-testid="body-field"][data-path='$.title']`);
    expect(await title.getAttribute('data-unset')).toBe('true');
    expect(await app.bodyInput('$.title').inputValue()).toBe('');
    expect(await app.bodyInput('$.title').getAttribute('placeholder')).toBe('not set · e.g. string');
    expect(await app.byTestId('put-body-note').innerText()).toBe(
      'A PUT replaces what the resource holds: the body starts with only the values the document states, never made-up ones. Fill in the fields, or Load current to start from what it holds now.',
    );
    await app.page.screenshot({ path: '/tmp/put-unset.png', fullPage: true });
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await serverBook(fastapi, 2)).toEqual(before);
  });
});

describe("a document's own example (FastAPI schema_extra)", () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('starts from its required fields and shows the optional ones as placeholders from the same example', async () => {
    await app.selectOperation('POST', '/members');
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({ name: 'Grace', age: 36 });
    await app.bodyForm();
    expect(await app.bodyInput('$.email').getAttribute('placeholder')).toBe('not set · e.g. grace@example.com');
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.responseJson()).toEqual({ name: 'Grace', age: 36, email: null });
  });
});

describe('Load current with an API key in the query (FastAPI)', () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;
  let fastapi: FastApiServer;

  beforeAll(async () => {
    ({ app, server: fastapi } = served());
  });

  const keyField = () => app.apiKeyField('APIKeyQuery');

  it('reads with the same credentials, says so when they are wrong, and history keeps no key', async () => {
    await app.selectOperation('PUT', '/profiles/{profile_id}');
    await app.fillParam('path:profile_id', '1');
    await keyField().fill('wrong-key');
    await app.byTestId('load-current').click();
    expect(await app.byTestId('load-current-error').innerText()).toMatch(/answered 401 Unauthorized: nothing was loaded\. Check the path parameters and the credentials\./);
    await keyField().fill('q-secret-555');
    await app.byTestId('load-current').click();
    await app.byTestId('load-current-done').waitFor();
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual({ name: 'Ada', city: 'London', bio: 'Wrote the first program.' });
    await app.bodyForm();
    await app.bodyInput('$.city').fill('Marylebone');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const stored = await fetch(`${fastapi.baseUrl}/profiles/1?api_key=q-secret-555`);
    expect(await stored.json()).toEqual({ name: 'Ada', city: 'Marylebone', bio: 'Wrote the first program.' });

    await app.byTestId('history-toggle').click();
    await app.byTestId('history-search').fill('profiles');
    await app.byTestId('history-entry').first().waitFor();
    expect(await app.byTestId('history-drawer').innerText()).not.toContain('q-secret-555');
  });

  it('reads an article its GET declares open without the key, and takes If-Match from the ETag read', async () => {
    await forgetReceived(fastapi);
    // The History drawer the test above opened would cover the form.
    if ((await app.byTestId('history-drawer').count()) > 0) await app.byTestId('history-toggle').click();
    await app.byTestId('history-drawer').waitFor({ state: 'detached' });
    await app.selectOperation('PUT', '/articles/{article_id}');
    await app.fillParam('path:article_id', '1');
    await keyField().fill('q-secret-555');
    await app.byTestId('load-current').click();
    expect(await app.byTestId('load-current-done').innerText()).toMatch(/^Filled from GET http:\/\/127\.0\.0\.1:\d+\/articles\/1; if-match "v1" taken from its answer\.$/);
    const [read] = await receivedBy(fastapi, '/articles/1');
    expect(read?.method).toBe('GET');
    expect(read?.query).toBe('');
    expect(await app.param('header:if-match').inputValue()).toBe('"v1"');
    await app.bodyForm();
    await app.bodyInput('$.body').fill('Second words.');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const stored = await fetch(`${fastapi.baseUrl}/articles/1`);
    expect(await stored.json()).toEqual({ title: 'Hello', body: 'Second words.' });
  });
});
