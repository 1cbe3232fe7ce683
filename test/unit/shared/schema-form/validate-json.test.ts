import { describe, it, expect } from 'vitest';
import { describeField } from '../../../../shared/schema-form/field-shape';
import { pickVariant } from '../../../../shared/schema-form/pick-variant';
import { pathLabel, validateJson as validateWithPaths } from '../../../../shared/schema-form/validate-json';

// These tests read places as labels; the paths are checked in problem-lines.test.ts.
const validateJson = (...args: Parameters<typeof validateWithPaths>) => validateWithPaths(...args).map(({ at, message }) => ({ at, message }));

const defs = {
  '#/s/Node': { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 }, children: { type: 'array', items: { $ref: '#/s/Node' } } } },
  '#/s/Cat': { type: 'object', required: ['kind', 'lives'], properties: { kind: { type: 'string' }, lives: { type: 'integer', maximum: 9 } } },
  '#/s/Dog': { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, bark: { type: 'boolean' } } },
};
const pet = { oneOf: [{ $ref: '#/s/Cat' }, { $ref: '#/s/Dog' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/s/Cat', dog: '#/s/Dog' } } };

describe('validate-json', () => {
  it('names each problem by its place in the value, through recursive schemas', () => {
    const value = { name: 'root', children: [{ name: '' }, { children: [] }] };
    expect(validateJson({ $ref: '#/s/Node' }, value, defs)).toEqual([
      { at: '$.children[0].name', message: 'must be at least 1 characters long' },
      { at: '$.children[1]', message: 'is missing the required property "name"' },
    ]);
  });

  it('checks types, null, enums, bounds, patterns, item counts and extra properties', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        n: { type: 'integer', minimum: 1, exclusiveMaximum: 5 },
        s: { type: 'string', pattern: '^a' },
        e: { enum: ['x'] },
        maybe: { type: ['string', 'null'] },
        old: { type: 'string', nullable: true },
        list: { type: 'array', minItems: 2, items: { type: 'number' } },
      },
    };
    const problems = validateJson(schema, { n: 5, s: 'b', e: 'y', maybe: null, old: null, list: ['1'], extra: 1 }, defs);
    expect(problems.map((p) => `${p.at} ${p.message}`)).toEqual([
      '$.n must be less than 5',
      '$.s must match the pattern ^a',
      '$.e must be one of "x"',
      '$.list must have at least 2 items',
      '$.list[0] must be number, not the text "1"',
      '$ has the property "extra", which the schema does not allow',
    ]);
    expect(validateJson({ type: 'number' }, 3, defs)).toEqual([]);
    expect(validateJson({ type: 'integer' }, 3.5, defs)).toEqual([{ at: '$', message: 'must be integer, not number' }]);
  });

  it('checks the common string formats as it checks a pattern, and ignores unknown ones', () => {
    const schema = { type: 'object', properties: { at: { type: 'string', format: 'date-time' }, id: { type: 'string', format: 'uuid' }, hue: { type: 'string', format: 'color' } } };
    expect(validateJson(schema, { at: 'tomorrow', id: 'x', hue: 'tomorrow' }, defs)).toEqual([
      { at: '$.at', message: 'must be an RFC 3339 date-time, such as 2026-05-01T09:30:00Z' },
      { at: '$.id', message: 'must be a UUID, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
    ]);
    expect(validateJson(schema, { at: '2026-05-01T09:30:00+02:00', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' }, defs)).toEqual([]);
  });

  it('validates a oneOf value against the variant its discriminator names', () => {
    expect(validateJson(pet, { kind: 'cat', lives: 10 }, defs)).toEqual([{ at: '$.lives', message: 'must be at most 9' }]);
    expect(validateJson(pet, { kind: 'dog', bark: true }, defs)).toEqual([]);
    const noTag = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
    expect(validateJson(noTag, true, defs)).toEqual([{ at: '$', message: 'matches none of string, integer' }]);
  });

  it('picks the variant by discriminator, else by the first that fits', () => {
    const shape = describeField(pet, defs);
    if (shape.kind !== 'union') throw new Error('expected a union');
    expect(pickVariant(shape, { kind: 'dog' }, defs)).toBe(1);
    expect(pickVariant(shape, { kind: 'cat', lives: 1 }, defs)).toBe(0);
    const plain = describeField({ oneOf: [{ type: 'string' }, { type: 'integer' }] }, defs);
    if (plain.kind !== 'union') throw new Error('expected a union');
    expect(pickVariant(plain, 4, defs)).toBe(1);
  });

  it('quotes a text where a number goes, and says so when a decimal comma explains it', () => {
    const schema = { type: 'object', properties: { price: { type: 'number' }, quantity: { type: 'integer' }, maybe: { type: 'number', nullable: true } } };
    const problems = validateJson(schema, { price: '12,50', quantity: '4x', maybe: 'abc' }, defs);
    expect(problems.map((p) => `${p.at} ${p.message}`)).toEqual([
      '$.price must be number, not the text "12,50" (use a dot for decimals)',
      '$.quantity must be integer, not the text "4x"',
      '$.maybe must be number or null, not the text "abc"',
    ]);
    expect(validateJson({ type: 'string' }, 12, defs)[0]?.message).toBe('must be string, not integer');
  });

  it('labels paths the way JSONPath does', () => {
    expect(pathLabel(['a', 0, 'b c'])).toBe('$.a[0]["b c"]');
  });
});
