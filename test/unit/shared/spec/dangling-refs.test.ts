import { describe, expect, it } from 'vitest';
import { danglingRefs } from '../../../../shared/spec/dangling-refs';

describe('dangling-refs', () => {
  it('reports each $ref that points at nothing, at the $ref, in document order', () => {
    const document = {
      paths: { '/a/{id}': { get: { responses: { '200': { $ref: '#/components/responses/Gone' } } } } },
      components: { schemas: { A: { properties: { b: { $ref: '#/components/schemas/B' }, self: { $ref: '#/components/schemas/A' } } } }, responses: {} },
      examples: [{ $ref: '#/nowhere' }],
    };
    expect(danglingRefs(document).map((p) => [p.severity, p.pointer])).toEqual([
      ['error', '#/paths/~1a~1{id}/get/responses/200/$ref'],
      ['error', '#/components/schemas/A/properties/b/$ref'],
      ['error', '#/examples/0/$ref'],
    ]);
    expect(danglingRefs(document)[1]?.message).toBe('$ref "#/components/schemas/B" points at nothing in this document: fix the pointer or add what it names.');
  });

  it('finds nothing in a document whose refs all resolve', () => {
    expect(danglingRefs({ a: { $ref: '#/b' }, b: { $ref: '#' } })).toEqual([]);
  });
});
