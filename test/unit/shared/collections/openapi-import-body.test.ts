import { describe, expect, it } from 'vitest';
import { importedBody } from '../../../../shared/collections/openapi-import-body';

const defs = {
  '#/components/schemas/Cover': {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string', example: 'front cover' }, pages: { type: 'array', items: { type: 'string', format: 'binary' } }, meta: { type: 'object', properties: { dpi: { type: 'integer', example: 300 } } } },
  },
};

describe('importedBody', () => {
  it('makes multipart a body of parts, file parts left to pick', () => {
    const out = importedBody({ mediaType: 'multipart/form-data', schema: { $ref: '#/components/schemas/Cover' }, examples: [] }, defs, 'POST');
    expect(out.body).toEqual({
      mode: 'form-data',
      parts: [{ name: 'file', file: '' }, { name: 'caption', value: 'front cover' }, { name: 'pages', file: '' }, { name: 'meta', value: '{"dpi":300}', mediaType: 'application/json' }],
    });
    expect(out.filesToPick).toEqual(['part "file"', 'part "pages"']);
  });

  it('makes a form a body of fields, repeating an array field', () => {
    const out = importedBody({ mediaType: 'application/x-www-form-urlencoded', schema: { type: 'object' }, example: { username: 'ada', scope: ['read', 'write'], remember: true }, examples: [] }, {}, 'POST');
    expect(out.body).toEqual({ mode: 'urlencoded', fields: [{ name: 'username', value: 'ada' }, { name: 'scope', value: 'read' }, { name: 'scope', value: 'write' }, { name: 'remember', value: 'true' }] });
    expect(out.filesToPick).toEqual([]);
  });

  it('starts a PUT body with only what the document states, as the operation form does', () => {
    const schema = { type: 'object', required: ['sku', 'name', 'kind', 'tags'], properties: { sku: { type: 'string', example: 'L-1' }, name: { type: 'string' }, kind: { enum: ['lamp', 'desk'] }, tags: { type: 'array', items: { type: 'string' } } } };
    expect(importedBody({ mediaType: 'application/json', schema, examples: [] }, {}, 'PUT').body).toEqual({ mode: 'raw', mediaType: 'application/json', text: '{\n  "sku": "L-1"\n}' });
  });

  it('starts a JSON body with its required properties only, as the operation form does: a PATCH sends nothing unasked', () => {
    const schema = { type: 'object', required: ['sku'], properties: { sku: { type: 'string', example: 'L-1' }, name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } };
    expect(importedBody({ mediaType: 'application/json', schema, examples: [] }, {}, 'POST').body).toEqual({ mode: 'raw', mediaType: 'application/json', text: '{\n  "sku": "L-1"\n}' });
    expect(importedBody({ mediaType: 'application/merge-patch+json', schema: { ...schema, required: [] }, examples: [] }, {}, 'PATCH').body).toEqual({ mode: 'raw', mediaType: 'application/merge-patch+json', text: '{}' });
  });

  it('makes a binary body a file to pick, and JSON raw text', () => {
    expect(importedBody({ mediaType: 'application/octet-stream', schema: { type: 'string', format: 'binary' }, examples: [] }, {}, 'POST')).toEqual({ body: { mode: 'file', file: '', mediaType: 'application/octet-stream' }, filesToPick: ['the body'] });
    expect(importedBody({ mediaType: 'application/json', example: { name: 'lamp' }, examples: [] }, {}, 'POST')).toEqual({ body: { mode: 'raw', mediaType: 'application/json', text: '{\n  "name": "lamp"\n}' }, filesToPick: [] });
  });
});
