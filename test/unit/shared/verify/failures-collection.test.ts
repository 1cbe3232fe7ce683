import { describe, expect, it } from 'vitest';
import { evaluateAssertion } from '../../../../shared/runner/evaluate-assertion';
import { findingAssertions } from '../../../../shared/verify/failures-collection';
import type { Finding } from '../../../../shared/verify/verify-report';

const finding = { check: 'invalid-inputs-rejected', method: 'POST', path: '/products' } as unknown as Finding;
const passes = (status: number): boolean => findingAssertions(finding).every((assertion) => evaluateAssertion(assertion, { status, headers: [], bodyText: '', timeMs: 1 }).passed);

describe('failures-collection', () => {
  it('makes an invalid-input regression test pass on a refusal of the input, not on a refusal of the credentials or the rate', () => {
    expect([400, 404, 409, 413, 415, 422].map(passes)).toEqual([true, true, true, true, true, true]);
    expect([201, 401, 403, 407, 429, 500].map(passes)).toEqual([false, false, false, false, false, false]);
  });
});
