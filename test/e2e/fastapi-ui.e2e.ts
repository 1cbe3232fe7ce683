import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

interface Book {
  id: number;
  title: string;
  author: string;
  year: number;
}

describe("a FastAPI service's /openapi.json in the browser host", () => {
  const served = useServedApp(() => startFastApi());
  let fastapi: FastApiServer;
  let app: RoundtripPage;
  let book: Book;

  beforeAll(async () => {
    ({ server: fastapi, app } = served());
  });

  it('loads the document by URL and resolves its relative server against it', async () => {
    expect(await app.byTestId('api-title').innerText()).toContain('Roundtrip test books API');
    expect(await app.byTestId('operation-row').count()).toBe(11);
    await app.selectOperation('GET', '/books');
    expect(await app.byTestId('base-url-input').inputValue()).toBe(fastapi.baseUrl);
  });

  it('GETs the list', async () => {
    await app.selectOperation('GET', '/books');
    await app.fillParam('query:limit', '5');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(((await app.responseJson()) as Book[]).length).toBeGreaterThanOrEqual(2);
  });

  it('POSTs a book from the body prefilled by the schema', async () => {
    await app.selectOperation('POST', '/books');
    const example = JSON.parse(await (await app.rawBody()).inputValue()) as Record<string, unknown>;
    expect(Object.keys(example).sort()).toEqual(['author', 'title', 'year']);
    await app.setBody(JSON.stringify({ title: 'Release It!', author: 'Michael Nygard', year: 2007 }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    book = (await app.responseJson()) as Book;
    expect(book).toMatchObject({ title: 'Release It!', year: 2007 });
  });

  it("shows FastAPI's 422 for a body that fails its validation", async () => {
    await app.setBody(JSON.stringify({ title: 'No author' }));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(JSON.stringify(await app.responseJson())).toContain('author');
  });

  it('PUTs a replacement', async () => {
    await app.selectOperation('PUT', '/books/{book_id}');
    await app.fillParam('path:book_id', String(book.id));
    await app.setBody(JSON.stringify({ title: 'Release It! (2nd ed.)', author: 'Michael T. Nygard', year: 2018 }));
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ id: book.id, title: 'Release It! (2nd ed.)', author: 'Michael T. Nygard', year: 2018 });
  });

  it('PATCHes one field', async () => {
    await app.selectOperation('PATCH', '/books/{book_id}');
    await app.fillParam('path:book_id', String(book.id));
    await app.setBody('{"year": 2019}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toMatchObject({ id: book.id, year: 2019 });
  });

  it('DELETEs the book, and a second GET answers 404', async () => {
    await app.selectOperation('DELETE', '/books/{book_id}');
    await app.fillParam('path:book_id', String(book.id));
    await app.send();
    expect(await app.responseStatus()).toBe('204 No Content');
    await app.selectOperation('GET', '/books/{book_id}');
    await app.fillParam('path:book_id', String(book.id));
    await app.send();
    expect(await app.responseStatus()).toBe('404 Not Found');
    expect(await app.responseJson()).toEqual({ detail: `Book ${book.id} not found` });
  });

  it('flags a path value that is not an integer before sending', async () => {
    await app.fillParam('path:book_id', 'abc');
    const problem = app.page.locator('[data-testid="field-problem"][data-param-key="path:book_id"]');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/integer/i);
  });
});
