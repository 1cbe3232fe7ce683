import { describe, it, expect } from 'vitest';
import { describeField } from '../../../../shared/schema-form/field-shape';

const defs = {
  '#/components/schemas/Node': { type: 'object', required: ['name'], properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
  '#/components/schemas/Base': { type: 'object', required: ['id'], properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } } },
  '#/components/schemas/Cat': { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, lives: { type: 'integer' } } },
  '#/components/schemas/Dog': { title: 'Good dog', type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, bark: { type: 'boolean' } } },
};

describe('field-shape', () => {
  it('describes an object level by level, leaving recursion to the next call', () => {
    const shape = describeField({ $ref: '#/components/schemas/Node' }, defs);
    expect(shape.kind).toBe('object');
    expect(shape.ref).toBe('Node');
    if (shape.kind !== 'object') return;
    expect(shape.properties.map((p) => [p.name, p.required])).toEqual([['name', true], ['children', false]]);
    const children = describeField(shape.properties[1]?.schema, defs);
    expect(children.kind === 'array' && children.items).toEqual({ $ref: '#/components/schemas/Node' });
  });

  it('merges allOf and leaves readOnly properties out', () => {
    const shape = describeField({ allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { extra: { type: 'number', minimum: 1 } }, required: ['extra'] }] }, defs);
    expect(shape.kind).toBe('object');
    if (shape.kind !== 'object') return;
    expect(shape.properties.map((p) => [p.name, p.required])).toEqual([['name', false], ['extra', true]]);
  });

  it('follows the discriminator mapping for oneOf variants', () => {
    const shape = describeField(
      {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } },
      },
      defs,
    );
    expect(shape.kind === 'union' && shape.variants.map((v) => [v.label, v.tag])).toEqual([['Cat', 'cat'], ['Good dog', 'dog']]);
    expect(shape.kind === 'union' && shape.discriminator).toBe('kind');
  });

  it('tags variants by schema name when the discriminator has no mapping', () => {
    const shape = describeField({ anyOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'kind' } }, defs);
    expect(shape.kind === 'union' && shape.variants.map((v) => v.tag)).toEqual(['Cat', 'Dog']);
  });

  it('reads nullable from 3.0 nullable, 3.1 type arrays and anyOf with null', () => {
    expect(describeField({ type: 'string', nullable: true }, defs)).toMatchObject({ kind: 'string', nullable: true });
    expect(describeField({ type: ['integer', 'null'], minimum: 2 }, defs)).toMatchObject({ kind: 'number', integer: true, nullable: true, minimum: 2 });
    expect(describeField({ anyOf: [{ $ref: '#/components/schemas/Cat' }, { type: 'null' }] }, defs)).toMatchObject({ kind: 'object', nullable: true, ref: 'Cat' });
    expect(describeField({ type: 'string' }, defs)).toMatchObject({ nullable: false });
  });

  it('offers a type picker for a multi-type schema, an enum select and free JSON when nothing is declared', () => {
    expect(describeField({ type: ['string', 'number'] }, defs)).toMatchObject({ kind: 'union', variants: [{ label: 'string' }, { label: 'number' }] });
    expect(describeField({ type: 'string', enum: ['a', 'b', null], nullable: true }, defs)).toMatchObject({ kind: 'enum', values: ['a', 'b'], nullable: true });
    expect(describeField({}, defs).kind).toBe('any');
  });

  it('reads exclusive bounds in both the 3.0 and the 3.1 way, and additionalProperties', () => {
    expect(describeField({ type: 'number', minimum: 0, exclusiveMinimum: true }, defs)).toMatchObject({ minimum: undefined, exclusiveMinimum: 0 });
    expect(describeField({ type: 'number', exclusiveMaximum: 10 }, defs)).toMatchObject({ exclusiveMaximum: 10 });
    expect(describeField({ type: 'object', additionalProperties: { type: 'integer' } }, defs)).toMatchObject({ kind: 'object', additional: { type: 'integer' } });
    expect(describeField({ additionalProperties: true }, defs)).toMatchObject({ kind: 'object', additional: {} });
  });
});
