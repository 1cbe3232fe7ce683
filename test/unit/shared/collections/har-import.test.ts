import { describe, expect, it } from 'vitest';
import { fromHar } from '../../../../shared/collections/har-import';
import { fixtureText } from '../../../support/importer-fixtures';

describe('har-import', () => {
  it('makes one request per entry, without computed headers, with bodies and form fields', () => {
    const outcome = fromHar(JSON.parse(fixtureText('shop.har')), 'shop');
    if (!outcome.ok) throw new Error(outcome.message);
    const requests = outcome.tree.items.map((i) => (i.kind === 'request' ? i.request : undefined));
    expect(outcome.tree.collection.name).toBe('shop');
    expect(requests.map((r) => r?.name)).toEqual(['GET /items', 'POST /items', 'POST /login', 'DELETE /items/2']);
    expect(requests[0]).toMatchObject({ method: 'GET', url: 'http://127.0.0.1:8000/items?limit=10', body: { mode: 'none' } });
    expect(requests[0]?.headers.map((h) => h.name)).toEqual(['Accept', 'Cookie', 'User-Agent']);
    expect(requests[1]).toMatchObject({ body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"lamp","price":12}' }, headers: [{ name: 'Accept', value: 'application/json' }, { name: 'Authorization', value: 'Bearer eyJhbGciOiJIUzI1NiJ9.c2hvcA.sig' }] });
    // The body as sent is decoded into fields (+ is a space).
    expect(requests[2]?.body).toEqual({ mode: 'urlencoded', fields: [{ name: 'user', value: 'ada' }, { name: 'note', value: 'hello world!' }] });
    expect(requests[2]?.headers).toEqual([{ name: 'Origin', value: 'http://127.0.0.1:8000' }]);
    // HTTP/2 pseudo-headers are not headers a client sets.
    expect(requests[3]?.headers).toEqual([{ name: 'accept', value: '*/*' }, { name: 'x-api-key', value: 'live-key-7d1e' }]);
    expect(outcome.warnings).toEqual([
      'The recorded cookies lists (1 cookie) were left out; a request that sent a Cookie header keeps it.',
      'The recorded responses and timings were left out (a collection keeps requests; send them again to see answers).',
    ]);
  });

  it('groups entries by page when the log has several, and reports files it cannot carry', () => {
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'x', version: '1' },
        pages: [{ id: 'p1', title: 'Home' }, { id: 'p2', title: 'Upload' }],
        entries: [
          { pageref: 'p1', request: { method: 'GET', url: 'http://h/', headers: [], queryString: [], cookies: [] } },
          { pageref: 'p2', request: { method: 'POST', url: 'http://h/up', headers: [{ name: 'Content-Type', value: 'multipart/form-data; boundary=x' }], queryString: [], cookies: [], postData: { mimeType: 'multipart/form-data; boundary=x', params: [{ name: 'f', fileName: 'a.png', contentType: 'image/png' }, { name: 'n', value: '1' }] } } },
        ],
      },
    };
    const outcome = fromHar(har);
    expect(outcome.ok && outcome.tree.items.map((i) => (i.kind === 'folder' ? i.folder.name : ''))).toEqual(['Home', 'Upload']);
    const upload = outcome.ok ? outcome.tree.items[1] : undefined;
    expect(upload?.kind === 'folder' && upload.items[0]?.kind === 'request' && upload.items[0].request).toMatchObject({ headers: [], body: { mode: 'form-data', parts: [{ name: 'f', file: 'a.png', mediaType: 'image/png' }, { name: 'n', value: '1' }] } });
    expect(outcome.ok && outcome.warnings).toEqual(['Request "POST /up": the file "a.png" of the form field "f" was not recorded in the HAR; pick it again before sending.']);
  });

  it('keeps a recorded Idempotency-Key as the request\'s fixed key, not a header', () => {
    const outcome = fromHar({ log: { version: '1.2', entries: [{ request: { method: 'POST', url: 'http://h/pay', headers: [{ name: 'Idempotency-Key', value: 'k-1' }], queryString: [], cookies: [] } }] } });
    const item = outcome.ok ? outcome.tree.items[0] : undefined;
    expect(item?.kind === 'request' && item.request).toMatchObject({ headers: [], idempotencyKey: { policy: 'fixed', header: 'Idempotency-Key', value: 'k-1' } });
  });

  it('refuses a file without log.entries', () => {
    expect(fromHar({ log: {} })).toEqual({ ok: false, message: expect.stringContaining('This is not a HAR file') });
  });
});
