import { describe, expect, it } from 'vitest';
import type { RequestCase } from '../../../../shared/verify/request-case';
import { shrinkCase, smallerValues } from '../../../../shared/verify/shrink';

describe('shrink', () => {
  it('drops what the failure does not need and keeps what it does', async () => {
    const failing: RequestCase = {
      label: 'year: above the maximum',
      params: { 'query:limit': 17, 'query:author': 'kleppmann' },
      body: { value: { title: 'Designing Data-Intensive Applications', author: 'Martin', year: 99999, tags: ['a', 'b', 'c'] } },
    };
    // The server fails whenever year is above 2100, whatever else is sent.
    const stillFails = async (candidate: RequestCase): Promise<boolean> => {
      const body = candidate.body?.value as { year?: number } | undefined;
      return typeof body?.year === 'number' && body.year > 2100;
    };
    const { shrunk, tries } = await shrinkCase(failing, stillFails, 200);
    expect(shrunk.params).toEqual({});
    // Halving stops where the next half no longer fails: just above the limit, within a factor of two.
    const year = (shrunk.body?.value as { year: number }).year;
    expect(Object.keys(shrunk.body?.value as object)).toEqual(['year']);
    expect(year).toBeGreaterThan(2100);
    expect(year).toBeLessThanOrEqual(4202);
    expect(tries).toBeLessThanOrEqual(200);
  });

  it('stops at the budget and returns the smallest failing case so far', async () => {
    const failing: RequestCase = { label: 'x', params: { 'query:a': 'aaaa', 'query:b': 'bbbb' } };
    const { shrunk, tries } = await shrinkCase(failing, async () => true, 1);
    expect(tries).toBe(1);
    expect(Object.keys(shrunk.params)).toHaveLength(1);
  });

  it('leaves the parameters it is told to keep as they are', async () => {
    const failing: RequestCase = { label: 'x', params: { 'path:book_id': '12', 'query:a': 'aaaa' } };
    const { shrunk } = await shrinkCase(failing, async () => true, 50, new Set(['path:book_id']));
    expect(shrunk.params).toEqual({ 'path:book_id': '12' });
  });

  it('keeps a case that no smaller candidate reproduces', async () => {
    const failing: RequestCase = { label: 'x', params: { 'path:id': 5 } };
    expect((await shrinkCase(failing, async () => false)).shrunk).toBe(failing);
  });

  it('offers simpler values first: empty, shorter, zero, fewer items', () => {
    expect(smallerValues('hello')).toEqual(['', 'h', 'he']);
    expect(smallerValues(12.5)).toEqual([0, 12, 6]);
    expect(smallerValues([1, 2])[0]).toEqual([]);
    expect(smallerValues({ a: 1, b: 'x' }).slice(0, 2)).toEqual([{ b: 'x' }, { a: 1 }]);
  });
});
