import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { completeFormRequest, formValuesFromSaved } from '../../../../shared/collections/form-values';
import { recordScope } from '../../../../shared/request/variable-scopes';
import type { ParameterModel } from '../../../../shared/model/api-model';
import type { RequestDescription } from '../../../../shared/request/request-model';
import { savedFromDescription } from '../../../../shared/collections/from-description';
import { stableStringify } from '../../../../shared/collections/stable-json';

const param = (name: string, where: ParameterModel['in']): ParameterModel => ({ name, in: where, required: false, deprecated: false, schema: {}, schemaType: 'string' });
const op = { path: '/items/{itemId}/notes/{noteId}', parameters: [param('itemId', 'path'), param('noteId', 'path'), param('tag', 'query'), param('X-Trace', 'header')] };

describe('form-values', () => {
  it('maps path, query and header values onto the operation parameters, and the raw body', () => {
    const saved = newSavedRequest({
      name: 'n',
      method: 'PUT',
      url: '{{baseUrl}}/items/a%20b/notes/7?tag=x&tag=y&extra=1',
      headers: [{ name: 'x-trace', value: 't1' }, { name: 'X-Other', value: 'o' }],
      body: { mode: 'raw', mediaType: 'application/json', text: '{"a":1}' },
    });
    expect(formValuesFromSaved(saved, op)).toEqual({
      params: { 'path:itemId': 'a b', 'path:noteId': '7', 'query:tag': 'x,y', 'header:X-Trace': 't1' },
      body: { mediaType: 'application/json', text: '{"a":1}' },
      unmatched: ['query extra', 'header X-Other'],
      extras: [
        { in: 'query', name: 'extra', value: '1' },
        { in: 'header', name: 'X-Other', value: 'o' },
      ],
    });
  });

  it('strips a literal base URL or any origin', () => {
    const saved = newSavedRequest({ name: 'n', method: 'GET', url: 'http://h:1/v1/items/3/notes/4' });
    expect(formValuesFromSaved(saved, op, 'http://h:1/v1').params).toEqual({ 'path:itemId': '3', 'path:noteId': '4' });
    expect(formValuesFromSaved(newSavedRequest({ name: 'n', method: 'GET', url: 'http://elsewhere/items/5/notes/6' }), op).params).toEqual({ 'path:itemId': '5', 'path:noteId': '6' });
  });
});

describe('form values: what the operation does not declare', () => {
  it('does not count the Accept the form sets, nor the Authorization of a bearer scheme, as undeclared', () => {
    const listOp = { path: '/items', parameters: [], responses: [{ status: '200', description: 'ok', content: [{ mediaType: 'application/json' }], headers: [] }] } as unknown as Parameters<typeof formValuesFromSaved>[1];
    const headers = [
      { name: 'Accept', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer {{HTTPBearer.token}}' },
    ];
    const bearer = new Map([['authorization', { scheme: 'HTTPBearer', kind: 'bearer' as const }]]);
    expect(formValuesFromSaved(newSavedRequest({ name: 'x', method: 'GET', url: '{{baseUrl}}/items', headers }), listOp, undefined, bearer).extras).toEqual([]);
    // Another Accept, or another Authorization, is the request's own.
    const own = [{ name: 'Accept', value: 'text/csv' }, { name: 'Authorization', value: 'Basic YTpi' }];
    expect(formValuesFromSaved(newSavedRequest({ name: 'x', method: 'GET', url: '{{baseUrl}}/items', headers: own }), listOp, undefined, bearer).extras).toEqual(own.map((h) => ({ in: 'header', ...h })));
  });

  it('lists undeclared query values and headers with their values, and sends them with the request', () => {
    const listOp = { path: '/items', parameters: [param('limit', 'query')] };
    const saved = newSavedRequest({ name: 'x', method: 'GET', url: '{{baseUrl}}/items?limit=5&debug=1', headers: [{ name: 'X-Trace', value: '{{trace}}' }, { name: 'X-Off', value: 'n', disabled: true }] });
    const values = formValuesFromSaved(saved, listOp);
    expect(values.extras).toEqual([
      { in: 'query', name: 'debug', value: '1' },
      { in: 'header', name: 'X-Trace', value: '{{trace}}' },
    ]);
    const { request } = completeFormRequest({ method: 'GET', url: 'http://h/items?limit=5#top', headers: [{ name: 'Accept', value: '*/*' }] }, { extras: values.extras, scopes: [recordScope('the environment "Dev"', { trace: 't-1' })] });
    expect(request?.url).toBe('http://h/items?limit=5&debug=1#top');
    expect(request?.headers).toEqual([{ name: 'Accept', value: '*/*' }, { name: 'X-Trace', value: 't-1' }]);
    expect(completeFormRequest({ method: 'GET', url: 'http://h/a', headers: [] }, { extras: [{ in: 'query', name: 'q', value: 'a b' }] }).request?.url).toBe('http://h/a?q=a%20b');
  });
});

describe('form values: completing the form’s request', () => {
  it('keeps what the form built besides the wire parts: the credential names, the deadline and the expectation', () => {
    const credentialNames = { headers: ['X-Partner-Credential'], query: ['partner_code'] };
    const { request } = completeFormRequest({ method: 'PUT', url: 'http://h/things/7?partner_code=c', headers: [], timeoutMs: 5000, credentialNames, secretValues: ['c'], opKey: 'PUT /things/{id}' });
    expect(request).toMatchObject({ credentialNames, timeoutMs: 5000, secretValues: ['c'], opKey: 'PUT /things/{id}' });
  });

  const built = { method: 'GET' as const, url: 'http://h/products', headers: [{ name: 'X-API-Key', value: 'typed' }, { name: 'Accept', value: 'application/json' }] };
  it('sends a saved copy of the auth header and of Accept once, and does not need its variable', () => {
    const extras = [
      { in: 'header' as const, name: 'X-API-Key', value: '{{APIKeyHeader.apiKey}}' },
      { in: 'header' as const, name: 'Accept', value: 'application/json' },
    ];
    const { request, unresolved } = completeFormRequest(built, { extras, authHeaders: [{ name: 'X-API-Key', value: 'typed' }] });
    expect(unresolved).toEqual([]);
    expect(request?.headers).toEqual([
      { name: 'X-API-Key', value: 'typed' },
      { name: 'Accept', value: 'application/json' },
    ]);
  });
  it('blocks on an extra whose variable has no value', () => {
    const { request, unresolved } = completeFormRequest(built, { extras: [{ in: 'header', name: 'X-Trace', value: '{{trace}}' }], scopes: [recordScope('the environment "Dev"', {})] });
    expect(request).toBeUndefined();
    expect(unresolved.map((u) => u.message)).toEqual(['`{{trace}}` (in header X-Trace) has no value in the environment "Dev" (set it in the environment "Dev").']);
  });
  it('puts an added Idempotency-Key in place of any key header', () => {
    const { request } = completeFormRequest({ ...built, headers: [{ name: 'Idempotency-Key', value: 'old' }] }, { extras: [{ in: 'header', name: 'idempotency-key', value: 'saved' }], addedKey: 'new' });
    expect(request?.headers).toEqual([{ name: 'Idempotency-Key', value: 'new' }]);
  });
});

describe('form values: an Idempotency-Key the form added', () => {
  const postOp = { method: 'post', path: '/orders', parameters: [param('X-Trace', 'header')] };

  it('brings a literal Idempotency-Key header back as the added key, not as an undeclared header', () => {
    const saved = newSavedRequest({ name: 'x', method: 'POST', url: '{{baseUrl}}/orders', headers: [{ name: 'X-Other', value: 'o' }, { name: 'Idempotency-Key', value: 'k-111' }] });
    const values = formValuesFromSaved(saved, postOp);
    expect(values.addedKey).toBe('k-111');
    expect(values.extras).toEqual([{ in: 'header', name: 'X-Other', value: 'o' }]);
    expect(values.unmatched).toEqual(['header X-Other']);
  });

  it('remembers where the key header sat, by the header before it', () => {
    const at = (headers: { name: string; value: string; disabled?: boolean }[]) => formValuesFromSaved(newSavedRequest({ name: 'x', method: 'POST', url: '/orders', headers }), postOp).addedKeyPlace;
    expect(at([{ name: 'X-Other', value: 'o' }, { name: 'Idempotency-Key', value: 'k-1' }, { name: 'X-Last', value: 'l' }])).toEqual({ after: 'X-Other' });
    expect(at([{ name: 'Idempotency-Key', value: 'k-1' }, { name: 'X-Last', value: 'l' }])).toEqual({});
    // A disabled header is not sent, so the key goes after the last one that is.
    expect(at([{ name: 'X-Other', value: 'o' }, { name: 'X-Off', value: 'n', disabled: true }, { name: 'Idempotency-Key', value: 'k-1' }])).toEqual({ after: 'X-Other' });
  });

  it('puts the added key in its place among the headers, and last when its neighbour is gone', () => {
    const built: RequestDescription = { method: 'POST', url: 'http://h/orders', headers: [{ name: 'X-Trace', value: 't' }] };
    const extras = [
      { in: 'header' as const, name: 'X-Other', value: 'o' },
      { in: 'header' as const, name: 'X-Last', value: 'l' },
    ];
    const names = (place: { after?: string }) => completeFormRequest(built, { extras, addedKey: 'k-1', addedKeyPlace: place }).request?.headers.map((h) => h.name);
    expect(names({ after: 'x-other' })).toEqual(['X-Trace', 'X-Other', 'Idempotency-Key', 'X-Last']);
    expect(names({})).toEqual(['Idempotency-Key', 'X-Trace', 'X-Other', 'X-Last']);
    expect(names({ after: 'X-Gone' })).toEqual(['X-Trace', 'X-Other', 'X-Last', 'Idempotency-Key']);
    expect(completeFormRequest(built, { extras, addedKey: 'k-1' }).request?.headers.map((h) => h.name)).toEqual(['X-Trace', 'X-Other', 'X-Last', 'Idempotency-Key']);
  });

  it('saves a reopened request whose key header is not the last back byte for byte', () => {
    const built: RequestDescription = { method: 'POST', url: 'http://h/orders', headers: [], body: { mediaType: 'application/json', text: '{"n":1}' } };
    const saved = newSavedRequest({
      name: 'Order',
      method: 'POST',
      url: '{{baseUrl}}/orders',
      headers: [{ name: 'X-Other', value: 'o' }, { name: 'Idempotency-Key', value: 'k-111' }, { name: 'X-Last', value: 'l' }],
      body: { mode: 'raw', mediaType: 'application/json', text: '{"n":1}' },
      operation: { key: 'post /orders' },
    });
    const values = formValuesFromSaved(saved, postOp, 'http://h');
    const again = completeFormRequest(built, { extras: values.extras, ...(values.addedKey !== undefined ? { addedKey: values.addedKey } : {}), ...(values.addedKeyPlace !== undefined ? { addedKeyPlace: values.addedKeyPlace } : {}) }).request;
    if (again === undefined) throw new Error('no request');
    expect(stableStringify(savedFromDescription(again, 'Order', { key: 'post /orders' }, 'http://h'))).toBe(stableStringify(saved));
  });

  it('leaves a key header with a variable, a disabled one, or one the operation declares where it was', () => {
    const keyOp = { path: '/orders', parameters: [param('Idempotency-Key', 'header')] };
    const declared = formValuesFromSaved(newSavedRequest({ name: 'x', method: 'POST', url: '/orders', headers: [{ name: 'Idempotency-Key', value: 'k-1' }] }), keyOp);
    expect(declared).toMatchObject({ params: { 'header:Idempotency-Key': 'k-1' }, extras: [] });
    expect(declared.addedKey).toBeUndefined();
    const variable = formValuesFromSaved(newSavedRequest({ name: 'x', method: 'POST', url: '/orders', headers: [{ name: 'Idempotency-Key', value: '{{$guid}}' }] }), postOp);
    expect(variable.addedKey).toBeUndefined();
    expect(variable.extras).toEqual([{ in: 'header', name: 'Idempotency-Key', value: '{{$guid}}' }]);
    const disabled = formValuesFromSaved(newSavedRequest({ name: 'x', method: 'POST', url: '/orders', headers: [{ name: 'Idempotency-Key', value: 'k-2', disabled: true }] }), postOp);
    expect(disabled.addedKey).toBeUndefined();
  });

  it('saves the reopened request back byte for byte', () => {
    const built: RequestDescription = { method: 'POST', url: 'http://h/orders', headers: [{ name: 'X-Trace', value: 't' }], body: { mediaType: 'application/json', text: '{"n":1}' } };
    const first = completeFormRequest(built, { extras: [{ in: 'header', name: 'X-Other', value: 'o' }], addedKey: 'k-111' }).request;
    if (first === undefined) throw new Error('no request');
    const saved = savedFromDescription(first, 'Order', { key: 'post /orders' }, 'http://h');
    const values = formValuesFromSaved(saved, postOp, 'http://h');
    expect(values.addedKey).toBe('k-111');
    const again = completeFormRequest(built, { extras: values.extras, ...(values.addedKey !== undefined ? { addedKey: values.addedKey } : {}) }).request;
    if (again === undefined) throw new Error('no request');
    expect(stableStringify(savedFromDescription(again, 'Order', { key: 'post /orders' }, 'http://h'))).toBe(stableStringify(saved));
  });
});

describe('form values: form bodies', () => {
  const formOp = (mediaType: string) => ({ path: '/upload', parameters: [], requestBody: { required: true, content: [{ mediaType, schema: { type: 'object' }, examples: [] }] } });

  it('brings back a multipart body’s text parts, JSON parts as objects, repeated names as lists, files to pick again', () => {
    const saved = newSavedRequest({
      name: 'Upload cover',
      method: 'POST',
      url: '{{baseUrl}}/upload',
      body: {
        mode: 'form-data',
        parts: [
          { name: 'file', file: 'cover.bin', mediaType: 'application/octet-stream' },
          { name: 'caption', value: 'front cover' },
          { name: 'meta', value: '{"a":1}', mediaType: 'application/json' },
          { name: 'tags', value: 'x' },
          { name: 'tags', value: 'y' },
          { name: 'off', value: 'z', disabled: true },
        ],
      },
    });
    const body = formValuesFromSaved(saved, formOp('multipart/form-data')).body;
    expect(body?.mediaType).toBe('multipart/form-data');
    expect(JSON.parse(body?.text ?? '')).toEqual({ file: { $pick: 'cover.bin', type: 'application/octet-stream' }, caption: 'front cover', meta: { a: 1 }, tags: ['x', 'y'] });
  });

  it('opens a file part an import left empty as a file still to pick', () => {
    const saved = newSavedRequest({ name: 'Upload cover', method: 'POST', url: '{{baseUrl}}/upload', body: { mode: 'form-data', parts: [{ name: 'file', file: '' }, { name: 'caption', value: 'string' }] } });
    const body = formValuesFromSaved(saved, formOp('multipart/form-data')).body;
    // Kept where it was, naming no file, so a save writes it back and the form asks for one.
    expect(JSON.parse(body?.text ?? '')).toEqual({ file: { $pick: '' }, caption: 'string' });
  });

  it('brings back an urlencoded body’s fields, saved as the text it sent', () => {
    const saved = newSavedRequest({ name: 'f', method: 'POST', url: '{{baseUrl}}/form', body: { mode: 'raw', mediaType: 'application/x-www-form-urlencoded', text: 'name=Ada+L&size=small' } });
    const body = formValuesFromSaved(saved, formOp('application/x-www-form-urlencoded')).body;
    expect(JSON.parse(body?.text ?? '')).toEqual({ name: 'Ada L', size: 'small' });
  });
});
