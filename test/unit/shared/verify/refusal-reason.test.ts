import { describe, expect, it } from 'vitest';
import { answeredText, fieldErrorsText, refusalAdvice, unsupportedPatterns } from '../../../../shared/verify/refusal-reason';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';

function answer(status: number, body: unknown): ResponseSnapshot {
  return { status, statusText: '', headers: [], body: { kind: 'text', text: JSON.stringify(body), truncated: false }, timing: { totalMs: 1 }, size: 1 } as unknown as ResponseSnapshot;
}

describe('refusal-reason', () => {
  it('names the field errors of a FastAPI 422 and of an RFC 9457 problem', () => {
    const fastapi = answer(422, { detail: [{ loc: ['body', 'payment', 'last4'], msg: 'string does not match regex "^\\d{4}$"', type: 'value_error.str.regex' }] });
    expect(fieldErrorsText(fastapi, [])).toBe('body $.payment.last4: string does not match regex "^\\d{4}$"');
    const problem = answer(400, { type: 'about:blank', errors: [{ pointer: '#/name', detail: 'is too short' }, { parameter: 'limit', detail: 'must be at most 100' }] });
    expect(fieldErrorsText(problem, [{ in: 'query', name: 'limit' }])).toBe('query parameter limit: must be at most 100; body $.name: is too short');
    expect(fieldErrorsText(answer(404, { detail: 'Not Found' }), [])).toBeUndefined();
  });

  it('shows the first three field errors and counts the rest', () => {
    const many = answer(422, { detail: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ loc: ['body', name], msg: 'field required' })) });
    expect(fieldErrorsText(many, [])).toBe('body $.a: field required; body $.b: field required; body $.c: field required and 2 more');
  });

  it('finds the patterns beyond the generator, through references', () => {
    const defs = { '#/components/schemas/Card': { properties: { last4: { pattern: '^\\d{4}$' }, pin: { pattern: '^(?=.*\\d)\\w+$' } } } };
    expect(unsupportedPatterns({ properties: { payment: { anyOf: [{ $ref: '#/components/schemas/Card' }] } } }, defs)).toEqual(['^(?=.*\\d)\\w+$']);
  });

  it('advises on the fallen-back pattern, then the named fields, then resources', () => {
    expect(answeredText({ answer: '422', fieldErrors: 'body $.a: field required' })).toBe('answered 422, naming body $.a: field required');
    expect(refusalAdvice({ answer: '422', status: 422, unsupported: ['^(?=x)'] })).toMatch(/could not draw text for the pattern "\^\(\?=x\)"/);
    expect(refusalAdvice({ answer: '422', status: 422, fieldErrors: 'body $.a: x', unsupported: [] })).toMatch(/names the fields it refused/);
    expect(refusalAdvice({ answer: '404', status: 404, unsupported: [] })).toBe('Give the resources it names, or credentials, so that it succeeds.');
  });
});
