import { describe, expect, it } from 'vitest';
import { findRecursiveDefs } from '../../../../shared/spec/find-recursive-defs';

describe('find-recursive-defs', () => {
  it('finds self references and longer cycles but not what merely points into them', () => {
    const defs = {
      '#/c/Node': { properties: { children: { items: { $ref: '#/c/Node' } } } },
      '#/c/A': { properties: { b: { $ref: '#/c/B' } } },
      '#/c/B': { properties: { a: { $ref: '#/c/A' }, leaf: { $ref: '#/c/Leaf' } } },
      '#/c/Leaf': { type: 'string' },
      '#/c/User': { properties: { tree: { $ref: '#/c/Node' } } },
    };
    expect(findRecursiveDefs(defs)).toEqual(['#/c/A', '#/c/B', '#/c/Node']);
  });

  it('walks a chain of ten thousand defs without overflowing the stack', () => {
    const defs: Record<string, { $ref: string }> = {};
    for (let i = 0; i < 10_000; i += 1) defs[`#/d/${i}`] = { $ref: `#/d/${(i + 1) % 10_000}` };
    expect(findRecursiveDefs(defs)).toHaveLength(10_000);
  });
});
