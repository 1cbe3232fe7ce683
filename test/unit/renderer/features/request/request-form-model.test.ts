import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../../../shared/model/api-model';
import { exampleBodyText, initialForm } from '../../../../../renderer/features/request/request-form-model';

const defs = {
  '#/components/schemas/BookPatch': { type: 'object', properties: { title: { type: 'string', minLength: 1 }, year: { type: 'integer' } } },
  '#/components/schemas/BookIn': { type: 'object', required: ['title', 'year'], properties: { title: { type: 'string' }, year: { type: 'integer' }, note: { type: 'string' } } },
};

function op(method: OperationModel['method'], schema: string, mediaType = 'application/json'): OperationModel {
  return {
    key: `${method} /books/{id}`,
    method,
    path: '/books/{id}',
    tags: [],
    group: 'books',
    deprecated: false,
    idempotency: 'idempotent',
    parameters: [],
    responses: [],
    servers: [],
    requestBody: { required: true, content: [{ mediaType, schema: { $ref: schema }, examples: [] }] },
  };
}

describe('request-form-model', () => {
  it('starts a PATCH body with no field set, so nothing the person did not type is sent', () => {
    expect(initialForm(op('PATCH', '#/components/schemas/BookPatch'), defs).bodies['application/json']).toBe('{}');
  });

  it('starts from the example of the required fields only, a form\'s text field with no stated value empty', () => {
    expect(JSON.parse(exampleBodyText(op('POST', '#/components/schemas/BookIn'), 'application/json', defs))).toEqual({ title: 'string', year: 0 });
    expect(JSON.parse(exampleBodyText(op('POST', '#/components/schemas/BookIn', 'application/x-www-form-urlencoded'), 'application/x-www-form-urlencoded', defs))).toEqual({ title: '', year: 0 });
  });

  it('starts a PUT body with no made-up value, so a careless Send cannot overwrite a real resource', () => {
    expect(JSON.parse(exampleBodyText(op('PUT', '#/components/schemas/BookIn'), 'application/json', defs))).toEqual({});
    const stated = { ...defs, '#/components/schemas/BookIn': { ...defs['#/components/schemas/BookIn'], properties: { title: { type: 'string', default: 'Untitled' }, year: { type: 'integer' } } } };
    expect(JSON.parse(exampleBodyText(op('PUT', '#/components/schemas/BookIn'), 'application/json', stated))).toEqual({ title: 'Untitled' });
  });
});
