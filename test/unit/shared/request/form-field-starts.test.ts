import { describe, expect, it } from 'vitest';
import { importedBody } from '../../../../shared/collections/openapi-import-body';
import { formFieldStarts } from '../../../../shared/request/form-field-starts';

const login = {
  type: 'object',
  required: ['username', 'password', 'grant_type'],
  properties: { username: { type: 'string' }, password: { type: 'string' }, grant_type: { type: 'string', enum: ['password'] }, client: { type: 'string', default: 'web' }, count: { type: 'integer' } },
};

describe('form-field-starts', () => {
  it('leaves a field the document gives no value for empty, and keeps stated examples, defaults and enums', () => {
    const media = { schema: login, examples: [] };
    expect(formFieldStarts({ username: 'string', password: 'string', grant_type: 'password', client: 'web', count: 0 }, media, {})).toEqual({ username: '', password: '', grant_type: 'password', client: 'web', count: 0 });
  });

  it("keeps the media type's own example whole", () => {
    const media = { schema: login, example: { username: 'ann', password: 'pw' }, examples: [] };
    expect(formFieldStarts({ username: 'ann', password: 'pw' }, media, {})).toEqual({ username: 'ann', password: 'pw' });
  });

  it('gives an imported url-encoded or multipart body empty text fields, never the made-up "string"', () => {
    const form = importedBody({ mediaType: 'application/x-www-form-urlencoded', schema: login, examples: [] }, {}, 'POST');
    expect(form.body).toMatchObject({ mode: 'urlencoded', fields: expect.arrayContaining([{ name: 'username', value: '' }, { name: 'password', value: '' }, { name: 'grant_type', value: 'password' }]) as unknown });
    const parts = importedBody({ mediaType: 'multipart/form-data', schema: { type: 'object', properties: { caption: { type: 'string' }, file: { type: 'string', format: 'binary' } } }, examples: [] }, {}, 'POST');
    expect(parts.body).toMatchObject({ mode: 'form-data', parts: [{ name: 'caption', value: '' }, { name: 'file', file: '' }] });
  });
});
