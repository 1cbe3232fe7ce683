import { describe, expect, it } from 'vitest';
import { optionalNullNote, valueAt, withOptionalNulls } from '../../../../shared/response/optional-null-slip';

describe('optional-null-slip', () => {
  it('lets properties that are not required accept null, and leaves required ones alone', () => {
    const schema = { type: 'object', required: ['title'], properties: { title: { type: 'string' }, subtitle: { type: 'string' } } };
    expect(withOptionalNulls(schema)).toEqual({ type: 'object', required: ['title'], properties: { title: { type: 'string' }, subtitle: { anyOf: [{ type: 'string' }, { enum: [null] }] } } });
  });

  it('reaches nested objects and array items, but not example data', () => {
    const schema = { type: 'array', items: { type: 'object', properties: { born: { type: 'integer' } } }, example: [{ properties: { a: 1 } }] };
    const relaxed = withOptionalNulls(schema) as { items: { properties: { born: unknown } }; example: unknown };
    expect(relaxed.items.properties.born).toEqual({ anyOf: [{ type: 'integer' }, { enum: [null] }] });
    expect(relaxed.example).toEqual([{ properties: { a: 1 } }]);
  });

  it('reads a value by its data pointer', () => {
    expect(valueAt({ a: [{ 'b/c': null }] }, '/a/0/b~1c')).toBeNull();
    expect(valueAt({ a: 1 }, '/b')).toBeUndefined();
  });

  it('names the slip and its generator', () => {
    expect(optionalNullNote(['/subtitle'])).toMatch(/^Dialect slip: null at \/subtitle.*FastAPI with pydantic 1.*not counted as a violation\.$/);
  });
});
