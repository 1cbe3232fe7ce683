import { describe, expect, it } from 'vitest';
import { combineProblems } from '../../../../shared/spec/combine-problems';

describe('combineProblems', () => {
  it('keeps what opening found about anything else, and a note whose reference validation did not name', () => {
    const error = { severity: 'error' as const, pointer: '#/a/schema/$ref', message: '$ref "#/components/schemas/X" points at nothing in this document: fix the pointer or add what it names.' };
    const sameRef = { severity: 'warning' as const, pointer: '#/a/schema', message: 'The schema reference "#/components/schemas/X" at #/a/schema points to no schema in this document.' };
    const otherRef = { severity: 'warning' as const, pointer: '#/a/schema', message: 'The schema reference "#/components/schemas/Y" at #/a/schema points to no schema in this document.' };
    const elsewhere = { severity: 'warning' as const, pointer: '#/b', message: 'Skipped #/b: it is not an object.' };
    expect(combineProblems([error], [sameRef, otherRef, elsewhere])).toEqual([error, otherRef, elsewhere]);
  });

  it('joins what opening skipped to the validation error about that object or one of its fields, once', () => {
    const inError = { severity: 'error' as const, pointer: '#/paths/~1y/post/parameters/0/in', message: 'must be one of "path", "query", "header", "cookie" (it is "querry")' };
    const deeper = { severity: 'error' as const, pointer: '#/paths/~1y/post/parameters/0/schema/items/type', message: 'must be string' };
    const skipped = { severity: 'warning' as const, pointer: '#/paths/~1y/post/parameters/0', message: 'Skipped the parameter at #/paths/~1y/post/parameters/0: it needs a "name" and an "in" of path, query, header or cookie.' };
    const unrelated = { severity: 'warning' as const, pointer: '#/paths/~1z/get/parameters/0', message: 'Skipped the parameter at #/paths/~1z/get/parameters/0.' };
    expect(combineProblems([inError, deeper], [skipped, unrelated])).toEqual([{ ...inError, message: `${inError.message}. ${skipped.message}` }, deeper, unrelated]);
    // Only faults the object itself or its own fields have: an error deeper down is another cause.
    expect(combineProblems([deeper], [skipped])).toEqual([deeper, skipped]);
  });
});
