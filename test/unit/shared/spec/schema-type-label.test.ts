import { describe, it, expect } from 'vitest';
import { schemaTypeLabel } from '../../../../shared/spec/schema-type-label';

const defs = { '#/s/Id': { type: 'integer' }, '#/s/Loop': { $ref: '#/s/Loop' } };

describe('schema-type-label', () => {
  it('labels plain, nullable and 3.1 type-array schemas', () => {
    expect(schemaTypeLabel({ type: 'string' }, {})).toBe('string');
    expect(schemaTypeLabel({ type: 'string', nullable: true }, {})).toBe('string | null');
    expect(schemaTypeLabel({ type: ['null', 'integer'] }, {})).toBe('integer | null');
  });

  it('follows refs, and says "any" for unknown or looping ones', () => {
    expect(schemaTypeLabel({ $ref: '#/s/Id' }, defs)).toBe('integer');
    expect(schemaTypeLabel({ $ref: '#/s/Gone' }, defs)).toBe('any');
    expect(schemaTypeLabel({ $ref: '#/s/Loop' }, defs)).toBe('any');
  });

  it('infers from keywords and combinators', () => {
    expect(schemaTypeLabel({ properties: {} }, {})).toBe('object');
    expect(schemaTypeLabel({ items: {} }, {})).toBe('array');
    expect(schemaTypeLabel({ enum: [1, 2] }, {})).toBe('integer');
    expect(schemaTypeLabel({ anyOf: [{ $ref: '#/s/Id' }, { type: 'null' }] }, defs)).toBe('integer | null');
    expect(schemaTypeLabel({ allOf: [{}, { type: 'boolean' }] }, {})).toBe('boolean');
    expect(schemaTypeLabel({}, {})).toBe('any');
    expect(schemaTypeLabel(undefined, {})).toBe('any');
  });
});
