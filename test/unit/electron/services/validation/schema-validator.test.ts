import { describe, expect, it } from 'vitest';
import { rootSchema, validateAgainstSchema } from '../../../../../electron/services/validation/schema-validator';

describe('schema-validator', () => {
  it('leaves the schemas it is given as they were sent, even a def nested in another whose parent lacks the path', () => {
    const item = { type: 'object', required: ['b'] };
    const defs = { '#/components/schemas/Item': item, '#/components/schemas/Item/properties/b': { type: 'string' } };
    const schema = { $ref: '#/components/schemas/Item' };
    const before = JSON.stringify({ schema, defs });
    expect(validateAgainstSchema({ b: 'x' }, schema, defs, true)).toEqual([]);
    expect(validateAgainstSchema({ b: 1 }, schema, defs, true).map((error) => error.pointer)).toEqual(['/b']);
    // Compiling wrote the nested def into its parent in a copy, not into Item itself.
    expect(JSON.stringify({ schema, defs })).toBe(before);
    expect(item).toEqual({ type: 'object', required: ['b'] });
  });

  it('never writes a def named __proto__ or constructor onto the prototypes the main process shares', () => {
    const defs = {
      '#/components/schemas/__proto__/allowInvalidCertificate': { type: 'boolean' },
      '#/components/schemas/constructor/prototype/polluted': { type: 'string' },
      '#/components/schemas/Item': { type: 'object' },
    };
    const root = rootSchema({ $ref: '#/components/schemas/Item' }, defs, true);
    expect(Object.prototype).not.toHaveProperty('allowInvalidCertificate');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['allowInvalidCertificate']).toBeUndefined();
    expect(root).toMatchObject({ components: { schemas: { Item: { type: 'object' } } } });
  });
});
