import { describe, expect, it } from 'vitest';
import { fillExample, requiredPart, writablePart } from '../../../../shared/schema-form/example-parts';

const defs = {
  '#/d/Address': { type: 'object', required: ['city'], properties: { city: { type: 'string' }, postcode: { type: 'string' } } },
  '#/d/Card': { type: 'object', required: ['method', 'last4'], properties: { method: { const: 'card' }, last4: { type: 'string' }, holder: { type: 'string' } } },
  '#/d/Transfer': { type: 'object', required: ['iban'], properties: { method: { const: 'transfer' }, iban: { type: 'string' }, bic: { type: 'string' } } },
};

const order = {
  type: 'object',
  required: ['name', 'address', 'lines', 'payment'],
  properties: {
    id: { type: 'integer', readOnly: true },
    name: { type: 'string' },
    note: { type: 'string' },
    address: { $ref: '#/d/Address' },
    lines: { type: 'array', items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' }, gift: { type: 'boolean' } } } },
    payment: { oneOf: [{ $ref: '#/d/Card' }, { $ref: '#/d/Transfer' }], discriminator: { propertyName: 'method', mapping: { card: '#/d/Card', transfer: '#/d/Transfer' } } },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

const example = {
  name: 'string',
  note: 'string',
  address: { city: 'string', postcode: 'string' },
  lines: [{ sku: 'string', gift: true }],
  payment: { method: 'transfer', iban: 'string', bic: 'string' },
  labels: { key: 'string' },
};

describe('example-parts', () => {
  it('keeps only required properties of an example, in nested objects, array items and the picked union variant', () => {
    expect(requiredPart(example, order, defs)).toEqual({
      name: 'string',
      address: { city: 'string' },
      lines: [{ sku: 'string' }],
      payment: { method: 'transfer', iban: 'string' },
    });
  });

  it('gives an all-optional PATCH schema an empty object', () => {
    const patch = { type: 'object', properties: { title: { type: 'string' }, year: { type: 'integer' } } };
    expect(requiredPart({ title: 'string', year: 0 }, patch, defs)).toEqual({});
  });

  it('leaves values that are not objects as they are', () => {
    expect(requiredPart('text', { type: 'string' }, defs)).toBe('text');
    expect(requiredPart(null, order, defs)).toBeNull();
  });

  it('fills what is missing from the example and keeps what is set', () => {
    const current = { name: 'Ada', address: { city: 'Paris' }, lines: [] };
    expect(fillExample(current, example)).toEqual({ ...example, name: 'Ada', address: { city: 'Paris', postcode: 'string' }, lines: [] });
    expect(fillExample(undefined, example)).toBe(example);
  });

  it('keeps a key spelled __proto__ as a plain key', () => {
    const filled = fillExample({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(filled)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts a server representation to what a request may carry: no read-only or undeclared properties, free-form keys kept', () => {
    const current = { id: 7, name: 'Ada', created: '2024-01-01', address: { city: 'Paris', country: 'FR' }, labels: { tier: 'vip' }, payment: { method: 'card', last4: '1234' } };
    expect(writablePart(current, order, defs)).toEqual({ name: 'Ada', address: { city: 'Paris' }, labels: { tier: 'vip' }, payment: { method: 'card', last4: '1234' } });
  });
});
