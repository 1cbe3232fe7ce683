import { describe, expect, it } from 'vitest';
import { fieldExample } from '../../../../shared/schema-form/field-example';

const defs = { '#/components/schemas/Size': { type: 'string', enum: ['small', 'medium'], example: 'small' }, '#/components/schemas/Plain': { type: 'string' } };

describe('field-example', () => {
  it("takes a field's own example, else its examples' first, else its default", () => {
    expect(fieldExample({ type: 'string', example: 'EUR', default: 'USD' }, defs)).toEqual({ value: 'EUR' });
    expect(fieldExample({ type: 'integer', examples: [3, 4] }, defs)).toEqual({ value: 3 });
    expect(fieldExample({ type: 'string', default: 'EUR' }, defs)).toEqual({ value: 'EUR' });
    expect(fieldExample({ type: 'boolean', default: false }, defs)).toEqual({ value: false });
  });

  it('prefers a default beside a $ref (as pydantic writes it) to the definition, and reads the definition otherwise', () => {
    expect(fieldExample({ allOf: [{ $ref: '#/components/schemas/Size' }], default: 'medium' }, defs)).toEqual({ value: 'medium' });
    expect(fieldExample({ $ref: '#/components/schemas/Size' }, defs)).toEqual({ value: 'small' });
  });

  it('has none for a field whose schema states neither, rather than inventing one', () => {
    expect(fieldExample({ type: 'string' }, defs)).toBeUndefined();
    expect(fieldExample({ $ref: '#/components/schemas/Plain' }, defs)).toBeUndefined();
    expect(fieldExample(undefined, defs)).toBeUndefined();
  });
});
