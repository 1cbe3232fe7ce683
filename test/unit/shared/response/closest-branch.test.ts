import { describe, expect, it } from 'vitest';
import { branchName, closestBranch, contradictsBranch } from '../../../../shared/response/closest-branch';

describe('closest-branch', () => {
  it('prefers the branch whose discriminating property the value matches, even with more errors', () => {
    const card = [{ instancePath: '', keyword: 'required' }, { instancePath: '/kind', keyword: 'enum' }];
    const invoice = [{ instancePath: '/vat_number', keyword: 'type' }, { instancePath: '/reference', keyword: 'minLength' }, { instancePath: '/due', keyword: 'format' }];
    expect(closestBranch([card, invoice])).toBe(1);
  });

  it('takes the branch with the fewest errors when none is contradicted', () => {
    expect(closestBranch([[{ instancePath: '/a', keyword: 'type' }, { instancePath: '/b', keyword: 'type' }], [{ instancePath: '', keyword: 'required' }]])).toBe(1);
  });

  it('treats a wrong type of the value itself as another kind, and a deeper enum as a partial break', () => {
    expect(contradictsBranch([{ instancePath: '', keyword: 'type' }])).toBe(true);
    expect(contradictsBranch([{ instancePath: '/lines/0/unit', keyword: 'enum' }])).toBe(false);
    expect(closestBranch([[{ instancePath: '', keyword: 'type' }], [{ instancePath: '/x', keyword: 'type' }, { instancePath: '/y', keyword: 'type' }]])).toBe(1);
  });

  it('keeps the first of equal branches', () => {
    expect(closestBranch([[{ instancePath: '/a', keyword: 'type' }], [{ instancePath: '/b', keyword: 'type' }]])).toBe(0);
  });

  it('names a branch by its reference, else by its place', () => {
    expect(branchName({ $ref: '#/components/schemas/CardPayment' }, 0)).toBe('CardPayment');
    expect(branchName({ type: 'object' }, 1)).toBe('branch 2');
  });
});
