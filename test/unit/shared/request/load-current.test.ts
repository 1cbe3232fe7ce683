import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../../shared/model/api-model';
import { bodyFromCurrent, currentStateRequest, preconditionsFrom, readOperationFor } from '../../../../shared/request/load-current';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';

function op(method: OperationModel['method'], path: string): OperationModel {
  return { key: `${method} ${path}`, method, path, tags: [], group: 'g', deprecated: false, idempotency: 'idempotent', parameters: [], responses: [], servers: [] };
}

function answer(status: number, text: string, statusText = 'OK'): ResponseSnapshot {
  return { url: 'http://h/books/1', method: 'GET', status, statusText, headers: [], contentType: 'application/json', body: { kind: 'text', text, truncated: false }, sizeBytes: text.length, timeMs: 1 };
}

const bookIn = { type: 'object', required: ['title', 'year'], properties: { title: { type: 'string' }, year: { type: 'integer' }, id: { type: 'integer', readOnly: true } } };

describe('load-current', () => {
  it('finds the GET on the same path, only for a PUT', () => {
    const operations = [op('GET', '/books'), op('GET', '/books/{id}'), op('PUT', '/books/{id}'), op('PUT', '/notes/{id}')];
    expect(readOperationFor(op('PUT', '/books/{id}'), operations)?.key).toBe('GET /books/{id}');
    expect(readOperationFor(op('PUT', '/notes/{id}'), operations)).toBeUndefined();
    expect(readOperationFor(op('PATCH', '/books/{id}'), operations)).toBeUndefined();
  });

  it('reads the same URL with the same credentials, without the body headers and the key', () => {
    const put = {
      method: 'PUT' as const,
      url: 'http://h/books/1?api_key=k',
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'X-API-Key', value: 'secret' },
        { name: 'Idempotency-Key', value: 'abc' },
      ],
      body: { mediaType: 'application/json', text: '{}' },
      secretValues: ['secret'],
    };
    expect(currentStateRequest(put)).toEqual({ method: 'GET', url: 'http://h/books/1?api_key=k', headers: [{ name: 'X-API-Key', value: 'secret' }], secretValues: ['secret'] });    // A saved request's read goes with its collection's certificates, as its PUT does.
    const fromCollection = { root: '/c', id: 'books/put.request.json', variables: { p: 'x' } };
    expect(currentStateRequest({ ...put, fromCollection }).fromCollection).toEqual(fromCollection);
  });

  it('leaves the credentials and preconditions out of the read when its GET requires none', () => {
    const put = {
      method: 'PUT' as const,
      url: 'http://h/products/4?access_token=t1&lang=en',
      headers: [
        { name: 'Authorization', value: 'Bearer t0' },
        { name: 'X-Shop-Key', value: 'k' },
        { name: 'If-Match', value: '"v1"' },
        { name: 'Accept-Language', value: 'en' },
      ],
      credentialNames: { headers: ['X-Shop-Key'], query: [] },
    };
    const open = currentStateRequest(put, { security: [] });
    expect(open.url).toBe('http://h/products/4?lang=en');
    expect(open.headers).toEqual([{ name: 'Accept-Language', value: 'en' }]);
    const guarded = currentStateRequest(put, { security: [{ bearer: [] }] });
    expect(guarded.url).toBe(put.url);
    expect(guarded.headers.map((h) => h.name)).toEqual(['Authorization', 'X-Shop-Key', 'Accept-Language']);
  });

  it('takes If-Match from the ETag and If-Unmodified-Since from Last-Modified, for the headers the PUT declares', () => {
    const put = { ...op('PUT', '/products/{id}'), parameters: [{ name: 'if-match', in: 'header' as const, required: true, schema: { type: 'string' }, style: 'simple', explode: false }] } as unknown as OperationModel;
    const read = { headers: [{ name: 'ETag', value: '"2a70"' }, { name: 'Last-Modified', value: 'Tue, 01 Dec 2026 10:00:00 GMT' }] };
    expect(preconditionsFrom(put, read)).toEqual([{ name: 'if-match', value: '"2a70"' }]);
    expect(preconditionsFrom(op('PUT', '/x'), read)).toEqual([]);
  });

  it('turns the answer into a body the PUT may send: read-only and undeclared properties left out', () => {
    const loaded = bodyFromCurrent(answer(200, '{"id": 1, "title": "Dune", "year": 1965, "rating": 5}'), bookIn, {});
    expect(loaded).toEqual({ ok: true, text: JSON.stringify({ title: 'Dune', year: 1965 }, null, 2) });
  });

  it('says what went wrong instead of loading an error answer or text that is not JSON', () => {
    const missing = bodyFromCurrent(answer(404, '{"detail": "Book 9 not found"}', 'Not Found'), bookIn, {});
    expect(missing).toEqual({ ok: false, message: 'GET http://h/books/1 answered 404 Not Found: nothing was loaded. Check the path parameters and the credentials.' });
    const text = bodyFromCurrent(answer(200, 'hello'), bookIn, {});
    expect(text.ok === false && text.message).toMatch(/not JSON/);
  });
});
