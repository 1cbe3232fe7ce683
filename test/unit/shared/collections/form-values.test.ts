import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { formValuesFromSaved, withExtraParams } from '../../../../shared/collections/form-values';
import type { ParameterModel } from '../../../../shared/model/api-model';

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
  it('lists undeclared query values and headers with their values, and sends them with the request', () => {
    const listOp = { path: '/items', parameters: [param('limit', 'query')] };
    const saved = newSavedRequest({ name: 'x', method: 'GET', url: '{{baseUrl}}/items?limit=5&debug=1', headers: [{ name: 'X-Trace', value: '{{trace}}' }, { name: 'X-Off', value: 'n', disabled: true }] });
    const values = formValuesFromSaved(saved, listOp);
    expect(values.extras).toEqual([
      { in: 'query', name: 'debug', value: '1' },
      { in: 'header', name: 'X-Trace', value: '{{trace}}' },
    ]);
    const request = withExtraParams({ method: 'GET', url: 'http://h/items?limit=5#top', headers: [{ name: 'Accept', value: '*/*' }] }, values.extras, { trace: 't-1' });
    expect(request.url).toBe('http://h/items?limit=5&debug=1#top');
    expect(request.headers).toEqual([{ name: 'Accept', value: '*/*' }, { name: 'X-Trace', value: 't-1' }]);
    expect(withExtraParams({ method: 'GET', url: 'http://h/a', headers: [] }, [{ in: 'query', name: 'q', value: 'a b' }]).url).toBe('http://h/a?q=a%20b');
  });
});
