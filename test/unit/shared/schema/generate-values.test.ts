import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../../../electron/services/validation/schema-validator';
import type { JsonSchema } from '../../../../shared/model/api-model';
import { invalidValues } from '../../../../shared/schema/generate-invalid';
import { boundaryValues, validValue } from '../../../../shared/schema/generate-valid';
import type { GenerateContext } from '../../../../shared/schema/schema-facts';
import { seededRandom } from '../../../../shared/schema/seeded-random';

const defs: Record<string, JsonSchema> = {
  '#/components/schemas/Category': {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: { name: { type: 'string', minLength: 1 }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
  },
  '#/components/schemas/Item': {
    type: 'object',
    required: ['name', 'price'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', format: 'uuid', readOnly: true },
      name: { type: 'string', minLength: 1, maxLength: 40 },
      price: { type: 'number', minimum: 0, exclusiveMaximum: 1000 },
      quantity: { type: 'integer', minimum: 1, maximum: 99 },
      status: { type: 'string', enum: ['draft', 'published', 'archived'] },
      note: { type: ['string', 'null'] },
      code: { type: 'string', pattern: '^[A-Z]{3}$', example: 'ABC' },
      tags: { type: 'array', items: { type: 'string', minLength: 2 }, maxItems: 3, uniqueItems: true },
      email: { type: 'string', format: 'email' },
      when: { type: 'string', format: 'date-time' },
      category: { $ref: '#/components/schemas/Category' },
    },
  },
};
const item: JsonSchema = { $ref: '#/components/schemas/Item' };
const ctx31: GenerateContext = { defs, openapi30: false, direction: 'request' };

const legacy: JsonSchema = {
  type: 'object',
  required: ['title', 'year'],
  properties: {
    title: { type: 'string', minLength: 1 },
    year: { type: 'integer', minimum: 1450, maximum: 2100, exclusiveMaximum: true },
    subtitle: { type: 'string', nullable: true },
    kind: { oneOf: [{ type: 'string', enum: ['book'] }, { type: 'integer' }] },
  },
};
const ctx30: GenerateContext = { defs: {}, openapi30: true, direction: 'request' };

function errors(value: unknown, schema: JsonSchema, modern: boolean, schemaDefs: Record<string, JsonSchema> = defs): string[] {
  return validateAgainstSchema(value, schema, schemaDefs, modern).map((e) => `${e.pointer} ${e.message}`);
}

describe('generate-values', () => {
  it('makes valid values that validate (3.1 and 3.0 dialects)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 50; i++) {
      expect(errors(validValue(item, ctx31, random), item, true)).toEqual([]);
      expect(errors(validValue(legacy, ctx30, random), legacy, false, {})).toEqual([]);
    }
  });

  it('leaves readOnly properties out of request values', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 20; i++) expect(validValue(item, ctx31, random, { optional: 'all' })).not.toHaveProperty('id');
  });

  it('makes boundary values that validate and reach each limit', () => {
    const boundaries = boundaryValues(item, ctx31, seededRandom(3));
    for (const each of boundaries) expect(errors(each.value, item, true), each.label).toEqual([]);
    const labels = boundaries.map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['optional fields absent', 'all fields present', 'name: minLength 1', 'name: maxLength 40', 'price: minimum 0', 'price: maximum 999.5', 'quantity: minimum 1', 'quantity: maximum 99', 'status: enum "draft"', 'status: enum "archived"', 'note: null', 'email: format email', 'tags: maxItems 3', 'tags: minItems 0']));
    const byLabel = (label: string): Record<string, unknown> => boundaries.find((b) => b.label === label)?.value as Record<string, unknown>;
    expect(byLabel('name: maxLength 40').name).toHaveLength(40);
    expect(byLabel('quantity: maximum 99').quantity).toBe(99);
    expect(Object.keys(byLabel('optional fields absent')).sort()).toEqual(['name', 'price']);
    const legacyBoundaries = boundaryValues(legacy, ctx30, seededRandom(3));
    for (const each of legacyBoundaries) expect(errors(each.value, legacy, false, {}), each.label).toEqual([]);
    expect(legacyBoundaries.map((b) => b.label)).toEqual(expect.arrayContaining(['year: maximum 2099', 'subtitle: null', 'kind: variant 2']));
  });

  it('makes invalid values that each fail validation, one constraint at a time', () => {
    const invalids = invalidValues(item, ctx31, seededRandom(5));
    expect(invalids.length).toBeGreaterThan(15);
    for (const each of invalids) expect(errors(each.value, item, true), each.label).not.toEqual([]);
    const labels = invalids.map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['missing required name', 'missing required price', 'an unexpected property (additionalProperties: false)', 'name: shorter than minLength 1', 'name: longer than maxLength 40', 'name: wrong type: integer', 'price: below the minimum (-1)', 'quantity: not an integer', 'status: not one of the enum ["draft","published","archived"]', 'code: not matching pattern ^[A-Z]{3}$', 'tags: duplicate items (uniqueItems)', 'wrong type: string']));
    // Optional properties are not given null by default: servers commonly read it as "not sent".
    expect(labels).not.toContain('quantity: null where null is not allowed');
    expect(labels).toContain('name: null where null is not allowed');
    for (const each of invalidValues(legacy, ctx30, seededRandom(5))) expect(errors(each.value, legacy, false, {}), each.label).not.toEqual([]);
  });

  it('breaks text parameters only where text can be wrong', () => {
    const random = seededRandom(2);
    expect(invalidValues({ type: 'integer', minimum: 1 }, ctx31, random, { asText: true }).map((v) => v.value)).toEqual(['not-a-number', 0]);
    expect(invalidValues({ type: 'string' }, ctx31, random, { asText: true })).toEqual([]);
  });

  it('gives the same values for the same seed, and others for another', () => {
    const run = (seed: number): unknown[] => {
      const random = seededRandom(seed);
      return [...Array.from({ length: 5 }, () => validValue(item, ctx31, random)), boundaryValues(item, ctx31, random), invalidValues(item, ctx31, random)];
    };
    expect(run(42)).toEqual(run(42));
    expect(run(43)).not.toEqual(run(42));
  });
});
