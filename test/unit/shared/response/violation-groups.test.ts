import { describe, expect, it } from 'vitest';
import { groupViolations, pointerPattern } from '../../../../shared/response/violation-groups';
import type { Violation } from '../../../../shared/response/response-validation';

const body = (pointer: string, message: string): Violation => ({ kind: 'body', pointer, message });

describe('violation-groups', () => {
  it('writes array indices as * and leaves other segments', () => {
    expect(pointerPattern('/items/12/at')).toBe('/items/*/at');
    expect(pointerPattern('/0/tags/3')).toBe('/*/tags/*');
    expect(pointerPattern('')).toBe('');
    expect(pointerPattern('/a1/b')).toBe('/a1/b');
  });

  it('says the same fault at every item once, with its count and first pointers', () => {
    const many = Array.from({ length: 90_000 }, (_, i) => body(`/${i}/at`, 'must match format "date-time"'));
    const groups = groupViolations([{ kind: 'status', message: 'Status 299 is not declared' }, ...many, body('/7/id', 'must be integer')]);
    expect(groups).toEqual([
      { kind: 'status', message: 'Status 299 is not declared', count: 1, examples: [] },
      { kind: 'body', message: 'must match format "date-time"', pattern: '/*/at', count: 90_000, examples: ['/0/at', '/1/at', '/2/at'] },
      { kind: 'body', message: 'must be integer', pattern: '/7/id', count: 1, examples: ['/7/id'] },
    ]);
  });

  it('keeps different messages at one place apart', () => {
    const groups = groupViolations([body('/0/n', 'must be <= 5'), body('/1/n', 'must be integer'), body('/2/n', 'must be <= 5')]);
    expect(groups.map((g) => [g.pattern, g.message, g.count])).toEqual([
      ['/*/n', 'must be <= 5', 2],
      ['/1/n', 'must be integer', 1],
    ]);
  });
});
