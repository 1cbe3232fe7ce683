import { describe, expect, it } from 'vitest';
import { baseCase, caseIsValid, invalidCases, validCases, type CaseInputs } from '../../../../../electron/services/verify/request-cases';
import type { ApiModel, OperationModel } from '../../../../../shared/model/api-model';
import { normalizeDocument } from '../../../../../shared/spec/normalize-document';
import { seededRandom } from '../../../../../shared/schema/seeded-random';

const doc = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1' },
  paths: {
    '/shops/{shop_id}/items': {
      post: {
        parameters: [
          { name: 'shop_id', in: 'path', required: true, schema: { type: 'integer' } },
          { name: 'dry_run', in: 'query', schema: { type: 'boolean' } },
          { name: 'limit', in: 'query', required: true, schema: { type: 'integer', minimum: 1, maximum: 50 } },
          { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ItemIn' } } } },
        responses: { '201': { description: 'Created' } },
      },
    },
  },
  components: {
    schemas: {
      ItemIn: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1, maxLength: 20 }, price: { type: 'number', minimum: 0 }, kind: { enum: ['a', 'b'] } } },
    },
  },
};

describe('request-cases', () => {
  const { model } = normalizeDocument(structuredClone(doc)) as { model: ApiModel };
  const op = model.operations[0] as OperationModel;
  const inputs: CaseInputs = { model, op, fixed: { shop_id: '12' }, random: seededRandom(3) };

  it('builds the base case from required values, with the chained path value and no Idempotency-Key', () => {
    const base = baseCase(inputs);
    expect(Object.keys(base.params).sort()).toEqual(['path:shop_id', 'query:limit']);
    expect(base.params['path:shop_id']).toBe('12');
    expect(Object.keys(base.body?.value as object)).toEqual(['name']);
    expect(caseIsValid(inputs, base)).toBe(true);
  });

  it('makes valid cases, boundaries first, each valid, at most the cap', () => {
    const cases = validCases(inputs, 16);
    expect(cases).toHaveLength(16);
    for (const each of cases) expect(caseIsValid(inputs, each), each.label).toBe(true);
    expect(cases[0]?.label).toBe('required values only');
    // A boundary equal to the base case's value is the same request, sent once.
    const limits = cases.map((c) => c.params['query:limit']);
    expect(limits).toContain(1);
    expect(limits).toContain(50);
    expect(cases.map((c) => c.label)).toEqual(expect.arrayContaining(['dry_run: true', 'dry_run: false', 'body: name: maxLength 20', 'body: kind: enum "b"']));
  });

  it('makes invalid cases, each invalid: required ones missing first, then one value broken at a time', () => {
    const cases = invalidCases(inputs, 40);
    for (const each of cases) expect(caseIsValid(inputs, each), each.label).toBe(false);
    const labels = cases.map((c) => c.label);
    expect(labels.slice(0, 2)).toEqual(['missing required query parameter limit', 'missing required body']);
    expect(labels).toEqual(expect.arrayContaining(['limit: above the maximum (51)', 'dry_run: wrong type: text', 'body: name: longer than maxLength 20', 'body: an unexpected property (additionalProperties: false)', 'body: kind: not one of the enum ["a","b"]']));
    expect(labels.some((l) => l.startsWith('shop_id') || l.startsWith('Idempotency-Key'))).toBe(false);
  });

  it('gives the same cases for the same seed', () => {
    const again: CaseInputs = { ...inputs, random: seededRandom(3) };
    expect(validCases(again, 20)).toEqual(validCases({ ...inputs, random: seededRandom(3) }, 20));
    expect(invalidCases(again, 20)).toEqual(invalidCases({ ...inputs, random: seededRandom(3) }, 20));
  });
});
