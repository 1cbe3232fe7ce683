import { describe, it, expect } from 'vitest';
import { exampleForMediaType, exampleFromSchema, statedValue } from '../../../../shared/schema/example-from-schema';
import type { JsonSchema } from '../../../../shared/model/api-model';

const none: Readonly<Record<string, JsonSchema>> = {};

describe('example-from-schema', () => {
  it('prefers example, then the first of examples, const, default and enum', () => {
    expect(exampleFromSchema({ type: 'string', example: 'ex', examples: ['first'], default: 'd' }, none)).toBe('ex');
    expect(exampleFromSchema({ type: 'string', examples: ['first', 'second'], default: 'd' }, none)).toBe('first');
    expect(exampleFromSchema({ const: 42, default: 1 }, none)).toBe(42);
    expect(exampleFromSchema({ type: 'integer', default: 7, enum: [1, 7] }, none)).toBe(7);
    expect(exampleFromSchema({ type: 'string', enum: ['red', 'green'] }, none)).toBe('red');
  });

  it('returns undefined without a schema and null for an untyped one', () => {
    expect(exampleFromSchema(undefined, none)).toBeUndefined();
    expect(exampleFromSchema({}, none)).toBeNull();
  });

  it('makes strings, respecting known formats and length limits', () => {
    expect(exampleFromSchema({ type: 'string' }, none)).toBe('string');
    expect(exampleFromSchema({ type: 'string', format: 'date-time' }, none)).toBe('2024-01-01T00:00:00Z');
    expect(exampleFromSchema({ type: 'string', format: 'date' }, none)).toBe('2024-01-01');
    expect(exampleFromSchema({ type: 'string', format: 'email' }, none)).toBe('user@example.com');
    expect(exampleFromSchema({ type: 'string', format: 'uuid' }, none)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(exampleFromSchema({ type: 'string', format: 'uri' }, none)).toBe('https://example.com');
    expect(exampleFromSchema({ type: 'string', minLength: 8 }, none)).toBe('stringxx');
    expect(exampleFromSchema({ type: 'string', maxLength: 3 }, none)).toBe('str');
  });

  it('makes numbers, booleans and null, respecting minimum and maximum', () => {
    expect(exampleFromSchema({ type: 'integer' }, none)).toBe(0);
    expect(exampleFromSchema({ type: 'integer', minimum: 5 }, none)).toBe(5);
    expect(exampleFromSchema({ type: 'integer', minimum: 1.5 }, none)).toBe(2);
    expect(exampleFromSchema({ type: 'integer', exclusiveMinimum: 0 }, none)).toBe(1);
    expect(exampleFromSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true }, none)).toBe(1);
    expect(exampleFromSchema({ type: 'number', maximum: -3 }, none)).toBe(-3);
    expect(exampleFromSchema({ type: 'number' }, none)).toBe(0);
    expect(exampleFromSchema({ type: 'boolean' }, none)).toBe(true);
    expect(exampleFromSchema({ type: 'null' }, none)).toBeNull();
  });

  it('picks the first non-null type of a 3.1 type array', () => {
    expect(exampleFromSchema({ type: ['null', 'integer'] }, none)).toBe(0);
    expect(exampleFromSchema({ type: ['null'] }, none)).toBeNull();
  });

  it('fills objects with required and optional properties, leaving read-only ones out', () => {
    const schema = {
      type: 'object',
      required: ['name'],
      properties: {
        id: { type: 'integer', readOnly: true },
        name: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        created: { $ref: '#/components/schemas/Stamp' },
      },
    };
    const defs = { '#/components/schemas/Stamp': { type: 'string', format: 'date-time', readOnly: true } };
    expect(exampleFromSchema(schema, defs)).toEqual({ name: 'string', tags: ['string'] });
  });

  it('gives a map one entry from additionalProperties', () => {
    expect(exampleFromSchema({ type: 'object', additionalProperties: { type: 'integer' } }, none)).toEqual({ key: 0 });
  });

  it('merges allOf parts and takes the first oneOf or anyOf variant', () => {
    const defs = { '#/c/Base': { type: 'object', properties: { id: { type: 'integer' } } } };
    const allOf = { allOf: [{ $ref: '#/c/Base' }, { type: 'object', properties: { name: { type: 'string' } } }] };
    expect(exampleFromSchema(allOf, defs)).toEqual({ id: 0, name: 'string' });
    expect(exampleFromSchema({ oneOf: [{ type: 'boolean' }, { type: 'string' }] }, none)).toBe(true);
    expect(exampleFromSchema({ anyOf: [{ $ref: '#/c/Base' }, { type: 'null' }] }, defs)).toEqual({ id: 0 });
  });

  it('resolves $ref through defs, and a missing def gives null', () => {
    const defs = { '#/components/schemas/Id': { type: 'integer', minimum: 10 } };
    expect(exampleFromSchema({ $ref: '#/components/schemas/Id' }, defs)).toBe(10);
    expect(exampleFromSchema({ $ref: '#/components/schemas/Gone' }, defs)).toBeNull();
  });

  it('terminates on a recursive schema: [] for arrays, optional properties left out, null when required', () => {
    const defs: Record<string, JsonSchema> = {
      '#/s/Node': {
        type: 'object',
        required: ['name', 'parent'],
        properties: {
          name: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/s/Node' } },
          next: { $ref: '#/s/Node' },
          parent: { $ref: '#/s/Node' },
        },
      },
    };
    expect(exampleFromSchema({ $ref: '#/s/Node' }, defs)).toEqual({ name: 'string', children: [], parent: null });
  });

  it('stops at maxDepth', () => {
    const deep = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'string' } } } } } } };
    expect(exampleFromSchema(deep, none, 1)).toEqual({ a: {} });
    expect(exampleFromSchema(deep, none)).toEqual({ a: { b: { c: 'string' } } });
  });

  it('takes a media type example, else its first named example, else one from its schema', () => {
    expect(exampleForMediaType({ mediaType: 'application/json', example: { a: 1 }, examples: [{ name: 'x', value: 2 }] }, none)).toEqual({ a: 1 });
    expect(exampleForMediaType({ mediaType: 'application/json', examples: [{ name: 'x', value: 2 }, { name: 'y', value: 3 }] }, none)).toBe(2);
    expect(exampleForMediaType({ mediaType: 'application/json', schema: { type: 'integer', minimum: 4 }, examples: [] }, none)).toBe(4);
  });

  it('keeps only stated values when asked not to invent: const, example and default, at any depth', () => {
    const defs: Record<string, JsonSchema> = {
      '#/s/Address': { type: 'object', required: ['city'], properties: { city: { type: 'string' }, country: { type: 'string', default: 'NL' } } },
      '#/s/Node': { type: 'object', properties: { name: { type: 'string' }, next: { $ref: '#/s/Node' } } },
    };
    const schema: JsonSchema = {
      type: 'object',
      required: ['name', 'count', 'active', 'status', 'tags', 'address', 'kind'],
      properties: {
        name: { type: 'string' },
        count: { type: 'integer', minimum: 1 },
        active: { type: 'boolean' },
        status: { enum: ['open', 'closed'] },
        tags: { type: 'array', items: { type: 'string' } },
        codes: { type: 'array', items: { type: 'string', example: 'A1' } },
        address: { $ref: '#/s/Address' },
        kind: { const: 'book' },
        note: { type: 'string', example: 'hello' },
        parent: { $ref: '#/s/Node' },
      },
    };
    expect(statedValue(schema, defs)).toEqual({ codes: ['A1'], address: { country: 'NL' }, kind: 'book', note: 'hello' });
    expect(statedValue({ type: 'object', properties: { a: { type: 'string' } } }, defs)).toEqual({});
    expect(statedValue({ type: 'string' }, defs)).toBeUndefined();
    expect(statedValue({ type: 'array', items: { type: 'integer' } }, defs)).toBeUndefined();
    expect(statedValue({ allOf: [{ $ref: '#/s/Address' }, { type: 'object', properties: { zip: { type: 'string' } } }] }, defs)).toEqual({ country: 'NL' });
  });
});
