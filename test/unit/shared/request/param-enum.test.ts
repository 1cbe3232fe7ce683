import { describe, expect, it } from 'vitest';
import { paramEnumValues } from '../../../../shared/request/param-enum';

const defs = { '#/components/schemas/Size': { title: 'Size', enum: ['small', 'medium', 'large'], type: 'string' } };

describe('param-enum', () => {
  it("reads FastAPI's enum parameters: a $ref, and allOf around a $ref with a default", () => {
    expect(paramEnumValues({ $ref: '#/components/schemas/Size' }, defs)).toEqual(['small', 'medium', 'large']);
    expect(paramEnumValues({ allOf: [{ $ref: '#/components/schemas/Size' }], default: 'medium' }, defs)).toEqual(['small', 'medium', 'large']);
  });

  it('reads an inline enum, a nullable one without its null, and numbers as text', () => {
    expect(paramEnumValues({ type: 'string', enum: ['a', 'b', null], nullable: true }, {})).toEqual(['a', 'b']);
    expect(paramEnumValues({ anyOf: [{ $ref: '#/components/schemas/Size' }, { type: 'null' }] }, defs)).toEqual(['small', 'medium', 'large']);
    expect(paramEnumValues({ type: 'integer', enum: [1, 2] }, {})).toEqual(['1', '2']);
  });

  it('gives nothing for a schema that is no enum', () => {
    expect(paramEnumValues({ type: 'string' }, {})).toBeUndefined();
    expect(paramEnumValues({ type: 'array', items: { enum: ['a'] } }, {})).toBeUndefined();
  });
});
