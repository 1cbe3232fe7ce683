import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { toRequestDescription } from '../../../../shared/collections/to-request';

describe('to-request', () => {
  it('fills variables, applies the inherited auth and sets the body Content-Type', () => {
    const request = newSavedRequest({ name: 'x', method: 'POST', url: '{{base}}/items', headers: [{ name: 'X-A', value: '{{a}}' }, { name: 'X-Off', value: '1', disabled: true }], body: { mode: 'raw', mediaType: 'application/json', text: '{"a":"{{a}}"}' }, settings: { followRedirects: false }, operation: { key: 'POST /items' } });
    expect(toRequestDescription(request, [{ key: 'base', value: 'http://h' }, { key: 'a', value: '1' }], { type: 'basic', username: 'u', password: 'ü' })).toEqual({
      method: 'POST',
      url: 'http://h/items',
      headers: [
        { name: 'X-A', value: '1' },
        { name: 'Authorization', value: `Basic ${Buffer.from('u:ü').toString('base64')}` },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: { mediaType: 'application/json', text: '{"a":"1"}' },
      maxRedirects: 0,
      opKey: 'POST /items',
    });
  });

  it('encodes url-encoded fields and puts a query api key on the URL', () => {
    const request = newSavedRequest({ name: 'x', method: 'PUT', url: 'http://h/f?z=1', body: { mode: 'urlencoded', fields: [{ name: 'a b', value: 'c&d' }] }, auth: { type: 'apikey', name: 'key', value: 'v 1', in: 'query' } });
    expect(toRequestDescription(request, [])).toMatchObject({ url: 'http://h/f?z=1&key=v%201', body: { mediaType: 'application/x-www-form-urlencoded', text: 'a+b=c%26d' } });
  });
});
