import { describe, expect, it } from 'vitest';
import { formTemplate } from '../../../../shared/collections/form-template';
import { savedFromDescription } from '../../../../shared/collections/from-description';
import { formValuesFromSaved } from '../../../../shared/collections/form-values';
import { operation, param } from '../../../support/operation-fixture';

const BASE = 'http://127.0.0.1:8000';

const getBook = operation({
  key: 'GET /books/{book_id}',
  path: '/books/{book_id}',
  parameters: [
    param({ name: 'book_id', in: 'path', required: true, schema: { type: 'integer' }, schemaType: 'integer' }),
    param({ name: 'size', in: 'query', schema: { type: 'integer' }, schemaType: 'integer' }),
    param({ name: 'X-Trace', in: 'header' }),
    param({ name: 'session', in: 'cookie' }),
  ],
});

const upload = operation({
  key: 'POST /upload',
  method: 'POST',
  path: '/upload',
  parameters: [],
  requestBody: {
    required: true,
    content: [{ mediaType: 'multipart/form-data', schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' } } }, examples: [] }],
  },
});

describe('form-template', () => {
  it('keeps each {{variable}} in the path, query, header and cookie as typed', () => {
    const params = { 'path:book_id': '{{bookId}}', 'query:size': '{{bookId}}', 'header:X-Trace': 'run-{{$guid}}', 'cookie:session': '{{session}}' };
    const request = formTemplate(getBook, { baseUrl: BASE, params });
    expect(request?.url).toBe(`${BASE}/books/{{bookId}}?size={{bookId}}`);
    expect(request?.headers).toEqual(expect.arrayContaining([{ name: 'X-Trace', value: 'run-{{$guid}}' }, { name: 'Cookie', value: 'session={{session}}' }]));
  });

  it('makes a request though a variable has no value anywhere (it may live in another environment)', () => {
    const request = formTemplate(getBook, { baseUrl: BASE, params: { 'path:book_id': '{{loanId}}' } });
    expect(request?.url).toBe(`${BASE}/books/{{loanId}}`);
  });

  it('keeps literal values, encoded as they are sent', () => {
    expect(formTemplate(getBook, { baseUrl: BASE, params: { 'path:book_id': '7', 'query:size': '3' } })?.url).toBe(`${BASE}/books/7?size=3`);
  });

  it('makes nothing while a required path value is missing', () => {
    expect(formTemplate(getBook, { baseUrl: BASE, params: {} })).toBeUndefined();
  });

  it('keeps variables in a JSON body, inside strings and standing alone', () => {
    const create = operation({ key: 'POST /books', method: 'POST', path: '/books', parameters: [], requestBody: { required: true, content: [{ mediaType: 'application/json', schema: { type: 'object' }, examples: [] }] } });
    const text = '{"title": "{{title}}", "year": {{year}}}';
    expect(formTemplate(create, { baseUrl: BASE, params: {}, body: { mediaType: 'application/json', text } })?.body?.text).toBe(text);
  });

  it('keeps variables in multipart text parts and in undeclared extras', () => {
    const request = formTemplate(upload, { baseUrl: BASE, params: {}, body: { mediaType: 'multipart/form-data', text: JSON.stringify({ caption: 'by {{author}}' }) } }, { extras: [{ in: 'query', name: 'trace', value: '{{trace}}' }, { in: 'header', name: 'X-Run', value: '{{run}}' }] });
    expect(request?.body?.parts).toEqual([{ name: 'caption', value: 'by {{author}}' }]);
    expect(request?.url).toBe(`${BASE}/upload?trace={{trace}}`);
    expect(request?.headers).toContainEqual({ name: 'X-Run', value: '{{run}}' });
  });

  it('keeps a file still to pick where its part was, so saving a reopened request writes the same parts', () => {
    const text = JSON.stringify({ file: { $pick: 'cover.bin' }, caption: 'front cover' });
    const request = formTemplate(upload, { baseUrl: BASE, params: {}, body: { mediaType: 'multipart/form-data', text } });
    expect(request?.body?.parts).toEqual([{ name: 'file', filename: 'cover.bin' }, { name: 'caption', value: 'front cover' }]);
    if (request === undefined) throw new Error('no request');
    const saved = savedFromDescription(request, 'Upload', upload, BASE);
    expect(saved.body).toEqual({ mode: 'form-data', parts: [{ name: 'file', file: 'cover.bin' }, { name: 'caption', value: 'front cover' }] });
    // Reopened, the same file is asked for again and the caption is back.
    expect(JSON.parse(formValuesFromSaved(saved, upload).body?.text ?? '')).toEqual({ file: { $pick: 'cover.bin' }, caption: 'front cover' });
  });

  it('saves the URL under the base as {{baseUrl}} with the typed variables after it', () => {
    const request = formTemplate(getBook, { baseUrl: BASE, params: { 'path:book_id': '{{bookId}}' } });
    if (request === undefined) throw new Error('no request');
    expect(savedFromDescription(request, 'Get', getBook, BASE).url).toBe('{{baseUrl}}/books/{{bookId}}');
  });
});
