import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../../../shared/spec/normalize-document';
import { createdIdentifier, evaluateLinkValue, linkedCreator } from '../../../../shared/verify/link-expression';

const doc = {
  openapi: '3.0.3',
  info: { title: 'Notes', version: '1' },
  paths: {
    '/notes': {
      post: {
        responses: {
          '201': {
            description: 'Created',
            links: {
              GetNote: { operationId: 'getNote', parameters: { note_id: '$response.body#/key' } },
              ByRef: { $ref: '#/components/links/NoteByLocation' },
              Broken: { parameters: { note_id: '$response.body#/key' } },
            },
          },
        },
      },
    },
    '/notes/{note_id}': { get: { operationId: 'getNote', parameters: [{ name: 'note_id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': { description: 'A note' } } } },
  },
  components: { links: { NoteByLocation: { operationRef: '#/paths/~1notes~1{note_id}/get', parameters: { 'path.note_id': 'n-{$response.header.X-Note}' } } } },
};

describe('link-expression', () => {
  const { model } = normalizeDocument(structuredClone(doc));
  const source = { headers: [{ name: 'x-note', value: '9' }], body: { key: 7, text: 'hi' } };

  it('normalizes links with operationId or operationRef, refs followed, and drops those with neither', () => {
    const links = model.operations.find((o) => o.key === 'POST /notes')?.responses[0]?.links;
    expect(links).toEqual([
      { name: 'GetNote', operationId: 'getNote', parameters: { note_id: '$response.body#/key' } },
      { name: 'ByRef', operationRef: '#/paths/~1notes~1{note_id}/get', parameters: { 'path.note_id': 'n-{$response.header.X-Note}' } },
    ]);
  });

  it('evaluates body pointers, headers, embedded expressions and constants', () => {
    expect(evaluateLinkValue('$response.body#/key', source)).toBe('7');
    expect(evaluateLinkValue('$response.header.X-Note', source)).toBe('9');
    expect(evaluateLinkValue('n-{$response.header.X-Note}', source)).toBe('n-9');
    expect(evaluateLinkValue('constant', source)).toBe('constant');
    expect(evaluateLinkValue('$response.body#/missing', source)).toBeUndefined();
  });

  it('finds the linking operation for a path parameter and reads the created id through the link', () => {
    expect(linkedCreator('/notes/{note_id}', 'note_id', model)).toMatchObject({ op: { key: 'POST /notes' }, expression: '$response.body#/key' });
    const creator = model.operations.find((o) => o.key === 'POST /notes');
    // Inference alone would find nothing: the body has no "note_id" and no "id".
    expect(creator && createdIdentifier(creator, '/notes/{note_id}', source, model)).toBe('7');
  });
});
