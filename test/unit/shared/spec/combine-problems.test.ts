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
});
