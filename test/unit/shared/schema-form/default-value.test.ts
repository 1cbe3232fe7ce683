import { describe, it, expect } from 'vitest';
import { defaultValue, variantDefault } from '../../../../shared/schema-form/default-value';
import { describeField } from '../../../../shared/schema-form/field-shape';

const defs = {
  '#/d/Loop': { type: 'object', required: ['name', 'next'], properties: { name: { type: 'string' }, next: { $ref: '#/d/Loop' } } },
  '#/d/Cat': { type: 'object', required: ['lives'], properties: { kind: { type: 'string' }, lives: { type: 'integer', minimum: 1 } } },
};

describe('default-value', () => {
  it('fills required properties with defaults, stopping at recursion', () => {
    expect(defaultValue({ $ref: '#/d/Loop' }, defs)).toEqual({ name: '', next: {} });
    expect(defaultValue({ type: 'object', required: ['a', 'b'], properties: { a: { type: 'boolean' }, b: { enum: ['x', 'y'] }, c: { type: 'string' } } }, defs)).toEqual({ a: false, b: 'x' });
    expect(defaultValue({ type: 'integer', default: 7 }, defs)).toBe(7);
  });

  it('sets the discriminator on a fresh variant', () => {
    const shape = describeField({ oneOf: [{ $ref: '#/d/Cat' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/d/Cat' } } }, defs);
    // A single-variant union is shown as that variant itself.
    expect(shape.kind).toBe('object');
    const two = describeField({ oneOf: [{ $ref: '#/d/Cat' }, { type: 'string' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/d/Cat' } } }, defs);
    if (two.kind !== 'union') throw new Error('expected a union');
    expect(variantDefault(two, 0, defs)).toEqual({ lives: 1, kind: 'cat' });
  });
});
