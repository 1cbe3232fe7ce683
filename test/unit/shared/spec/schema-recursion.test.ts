import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../../../shared/model/api-model';
import { recursiveDefsReachedFrom } from '../../../../shared/spec/schema-recursion';

const defs: Record<string, JsonSchema> = {
  '#/components/schemas/Node': { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
  '#/components/schemas/Wrapper': { type: 'object', properties: { root: { $ref: '#/components/schemas/Node' } } },
  '#/components/schemas/Flat': { type: 'object', properties: { name: { type: 'string' } } },
};

describe('recursiveDefsReachedFrom', () => {
  it('finds a recursive schema the body refers to directly', () => {
    expect(recursiveDefsReachedFrom({ $ref: '#/components/schemas/Node' }, defs)).toEqual(['#/components/schemas/Node']);
  });

  it('finds one reached through another schema', () => {
    expect(recursiveDefsReachedFrom({ type: 'array', items: { $ref: '#/components/schemas/Wrapper' } }, defs)).toEqual(['#/components/schemas/Node']);
  });

  it('finds nothing for a flat body or an absent body', () => {
    expect(recursiveDefsReachedFrom({ $ref: '#/components/schemas/Flat' }, defs)).toEqual([]);
    expect(recursiveDefsReachedFrom(undefined, defs)).toEqual([]);
  });

  it('ignores refs to defs that do not exist and never loops on a cycle', () => {
    expect(recursiveDefsReachedFrom({ anyOf: [{ $ref: '#/nowhere' }, { $ref: '#/components/schemas/Node' }] }, defs)).toEqual(['#/components/schemas/Node']);
  });
});
