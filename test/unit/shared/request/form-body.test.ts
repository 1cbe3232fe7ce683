import { describe, it, expect } from 'vitest';
import { bodyFile, formBodyKind, formFields, multipartParts, urlEncodedText } from '../../../../shared/request/form-body';
import { buildRequest } from '../../../../shared/request/build-request';
import type { OperationModel } from '../../../../shared/model/api-model';

const file = { $file: 'u1', name: 'a b.txt', size: 3, type: 'text/plain' };

describe('form-body', () => {
  it('tells form and file bodies from text bodies', () => {
    expect(formBodyKind('application/x-www-form-urlencoded; charset=utf-8')).toBe('urlencoded');
    expect(formBodyKind('multipart/form-data')).toBe('multipart');
    expect(formBodyKind('application/octet-stream')).toBe('file');
    expect(formBodyKind('image/png')).toBe('file');
    expect(formBodyKind('text/csv', { type: 'string', format: 'binary' })).toBe('file');
    expect(formBodyKind('text/plain')).toBeUndefined();
    expect(formBodyKind('application/json')).toBeUndefined();
  });

  it('encodes urlencoded fields as HTML forms do, repeating array names', () => {
    expect(urlEncodedText({ name: 'Ada Lovelace', size: 'large', tags: ['a&b', 'c'], n: 3, skip: undefined })).toBe('name=Ada+Lovelace&size=large&tags=a%26b&tags=c&n=3');
  });

  it('turns fields into multipart parts, files by their staged id', () => {
    expect(multipartParts({ caption: 'Hi', file, tags: ['x', 'y'], meta: { a: 1 } })).toEqual([
      { name: 'caption', value: 'Hi' },
      { name: 'file', fileId: 'u1', filename: 'a b.txt', mediaType: 'text/plain' },
      { name: 'tags', value: 'x' },
      { name: 'tags', value: 'y' },
      { name: 'meta', value: '{"a":1}', mediaType: 'application/json' },
    ]);
  });

  it('reads fields and file references from the body text, forgiving anything else', () => {
    expect(formFields('{"a":1}')).toEqual({ a: 1 });
    expect(formFields('not json')).toEqual({});
    expect(bodyFile(JSON.stringify(file))).toEqual(file);
    expect(bodyFile('plain text')).toBeUndefined();
  });

  it('builds multipart, urlencoded and file requests from what the form keeps', () => {
    const op: OperationModel = {
      key: 'POST /up',
      method: 'POST',
      path: '/up',
      tags: [],
      group: 'up',
      deprecated: false,
      idempotency: 'not-idempotent',
      parameters: [],
      responses: [],
      servers: [],
      requestBody: { required: true, content: [{ mediaType: 'multipart/form-data', examples: [] }, { mediaType: 'application/octet-stream', examples: [] }] },
    };
    const base = { baseUrl: 'http://127.0.0.1:1', params: {} };
    const multipart = buildRequest(op, { ...base, body: { mediaType: 'multipart/form-data', text: JSON.stringify({ caption: 'Hi', file }) } });
    expect(multipart.request?.body).toEqual({ mediaType: 'multipart/form-data', text: '', parts: [{ name: 'caption', value: 'Hi' }, { name: 'file', fileId: 'u1', filename: 'a b.txt', mediaType: 'text/plain' }] });
    const form = buildRequest(op, { ...base, body: { mediaType: 'application/x-www-form-urlencoded', text: '{"q":"a b"}' } });
    expect(form.request?.body).toEqual({ mediaType: 'application/x-www-form-urlencoded', text: 'q=a+b' });
    const withSchema: OperationModel = {
      ...op,
      requestBody: { required: true, content: [{ mediaType: 'multipart/form-data', examples: [], schema: { type: 'object', properties: { caption: { type: 'string' }, file: { type: 'string', format: 'binary' }, more: { type: 'array', items: { type: 'string', format: 'binary' } } } } }] },
    };
    // The generated example's "string" in a file field is a placeholder, not a file: it is left out.
    const placeholder = buildRequest(withSchema, { ...base, body: { mediaType: 'multipart/form-data', text: JSON.stringify({ caption: 'string', file: 'string', more: ['string', file] }) } });
    expect(placeholder.request?.body?.parts).toEqual([{ name: 'caption', value: 'string' }, { name: 'more', fileId: 'u1', filename: 'a b.txt', mediaType: 'text/plain' }]);
    const binary = buildRequest(op, { ...base, body: { mediaType: 'application/octet-stream', text: JSON.stringify(file) } });
    expect(binary.request?.body).toEqual({ mediaType: 'application/octet-stream', text: '', fileId: 'u1' });
  });
});
