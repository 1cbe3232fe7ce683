import { describe, expect, it } from 'vitest';
import { parseChecks, type Assertion } from '../../../../shared/runner/assertion-model';
import { evaluateAssertion, type ObservedResponse } from '../../../../shared/runner/evaluate-assertion';

const response: ObservedResponse = {
  status: 201,
  headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Location', value: '/items/7' }],
  bodyText: JSON.stringify({ id: 7, name: 'lamp', price: 9.5, tags: ['new', 'sale'], owner: { name: 'ann' } }),
  timeMs: 12,
};

function check(assertion: Assertion, observed: ObservedResponse = response): string | undefined {
  const result = evaluateAssertion(assertion, observed);
  return result.passed ? undefined : (result.message ?? 'failed without a message');
}

describe('evaluate-assertion', () => {
  it('checks status equals and ranges', () => {
    expect(check({ type: 'status', equals: 201 })).toBeUndefined();
    expect(check({ type: 'status', equals: 200 })).toBe('expected status 200, got 201');
    expect(check({ type: 'status-range', min: 200, max: 299 })).toBeUndefined();
    expect(check({ type: 'status-range', min: 400, max: 499 })).toBe('expected status in 400-499, got 201');
  });
  it('checks headers case-insensitively', () => {
    expect(check({ type: 'header', name: 'location', op: 'exists' })).toBeUndefined();
    expect(check({ type: 'header', name: 'ETag', op: 'exists' })).toBe('expected a ETag header, got none');
    expect(check({ type: 'header', name: 'Location', op: 'equals', value: '/items/7' })).toBeUndefined();
    expect(check({ type: 'header', name: 'Location', op: 'equals', value: '/items/8' })).toBe('expected Location: /items/8, got Location: /items/7');
    expect(check({ type: 'header', name: 'content-type', op: 'matches', value: '^application/json' })).toBeUndefined();
    expect(check({ type: 'header', name: 'content-type', op: 'matches', value: '(' })).toMatch(/not a valid regular expression/);
  });
  it('checks JSON values by JSONPath and JSON Pointer', () => {
    expect(check({ type: 'json', path: '$.id', op: 'equals', value: 7 })).toBeUndefined();
    expect(check({ type: 'json', path: '/id', op: 'equals', value: '7' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.name', op: 'equals', value: 'desk' })).toBe('expected $.name to equal "desk", got "lamp"');
    expect(check({ type: 'json', path: '$.owner', op: 'equals', value: { name: 'ann' } })).toBeUndefined();
    expect(check({ type: 'json', path: '$.missing', op: 'exists' })).toBe('expected a value at $.missing, got nothing there');
    expect(check({ type: 'json', path: '$.missing', op: 'absent' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.tags', op: 'contains', value: 'sale' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.tags', op: 'contains', value: 'old' })).toBe('expected $.tags to contain "old", got ["new","sale"]');
    expect(check({ type: 'json', path: '$.name', op: 'contains', value: 'am' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.name', op: 'matches', value: '^l.m' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.price', op: 'type', value: 'number' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.id', op: 'type', value: 'integer' })).toBeUndefined();
    expect(check({ type: 'json', path: '$.tags', op: 'type', value: 'object' })).toBe('expected $.tags to be of type object, got array ["new","sale"]');
  });
  it('says when the body is not JSON', () => {
    expect(check({ type: 'json', path: '$.id', op: 'exists' }, { ...response, bodyText: '<html>' })).toBe('expected a JSON body, got <html>');
    expect(check({ type: 'json', path: '$.id', op: 'exists' }, { status: 204, headers: [], timeMs: 1 })).toBe('expected a JSON body at $.id, got an empty body');
  });
  it('checks the response time', () => {
    expect(check({ type: 'response-time', belowMs: 50 })).toBeUndefined();
    expect(check({ type: 'response-time', belowMs: 10 })).toBe('expected a response in under 10 ms, got 12 ms');
  });
  it('reads the spec check and the idempotency verdict', () => {
    expect(check({ type: 'conforms' })).toMatch(/expected a check against the spec, got none/);
    expect(check({ type: 'conforms' }, { ...response, validation: { conforms: true, violations: [], notes: [] } })).toBeUndefined();
    const unchecked = { conforms: true, violations: [], notes: ['The body is incomplete here (over the size limit), so it was not checked against the schema.'], bodyUnchecked: true } as const;
    expect(check({ type: 'conforms' }, { ...response, validation: unchecked })).toBe('expected a body checked against the spec, got one that was not: The body is incomplete here (over the size limit), so it was not checked against the schema.');
    expect(check({ type: 'conforms' }, { ...response, validation: { conforms: false, violations: [{ kind: 'status', message: 'Status 201 is not declared.' }], notes: [] } })).toBe(
      'expected the response to conform to the spec, got Status 201 is not declared.',
    );
    expect(check({ type: 'idempotent' }, { ...response, idempotency: { verdict: 'idempotent', summary: 'same' } })).toBeUndefined();
    expect(check({ type: 'idempotent' }, { ...response, idempotency: { verdict: 'not-idempotent', summary: 'a second item was made' } })).toBe('expected idempotent, got not-idempotent: a second item was made');
  });
  it('parses stored checks and names the invalid one', () => {
    const parsed = parseChecks({ assertions: [{ type: 'status', equals: 200 }], captures: [{ name: 'id', from: 'json', path: '$.id' }] });
    expect(parsed.ok).toBe(true);
    const bad = parseChecks({ assertions: [{ type: 'status', equals: 'ok' }] });
    expect(bad.ok ? '' : bad.message).toMatch(/^assertion 1 .* is not valid: equals/);
    const badCapture = parseChecks({ captures: [{ name: 'x', from: 'header' }] });
    expect(badCapture.ok ? '' : badCapture.message).toMatch(/needs the header name/);
  });
});

describe('evaluate-assertion: bounds, lengths, status lists and body text', () => {
  const response = { status: 201, headers: [], bodyText: '{"price":3,"tags":["a","b"],"name":"lamp","id":"7"}', timeMs: 5 };
  const judge = (assertion: Parameters<typeof evaluateAssertion>[0]) => evaluateAssertion(assertion, response);

  it('compares numbers with above, below, at-least and at-most', () => {
    expect(judge({ type: 'json', path: '$.price', op: 'above', value: 2 }).passed).toBe(true);
    expect(judge({ type: 'json', path: '$.price', op: 'above', value: 3 })).toMatchObject({ passed: false, message: 'expected $.price to be above 3, got 3' });
    expect(judge({ type: 'json', path: '$.price', op: 'below', value: 4 }).passed).toBe(true);
    expect(judge({ type: 'json', path: '$.price', op: 'at-least', value: 3 }).passed).toBe(true);
    expect(judge({ type: 'json', path: '$.price', op: 'at-most', value: 2 }).passed).toBe(false);
    expect(judge({ type: 'json', path: '$.id', op: 'at-least', value: 7 }).passed).toBe(true);
    expect(judge({ type: 'json', path: '$.name', op: 'above', value: 1 })).toMatchObject({ passed: false, message: 'expected $.name to be a number above 1, got "lamp"' });
  });

  it('checks lengths, status lists and the body text, and names the label', () => {
    expect(judge({ type: 'json', path: '$.tags', op: 'length', value: 2 }).passed).toBe(true);
    expect(judge({ type: 'json', path: '$.name', op: 'length', value: 3 })).toMatchObject({ passed: false, message: 'expected $.name to have length 3, got 4' });
    expect(judge({ type: 'status-in', codes: [201, 202] }).passed).toBe(true);
    expect(judge({ type: 'status-in', codes: [200, 204] })).toMatchObject({ passed: false, message: 'expected status 200 or 204, got 201' });
    expect(judge({ type: 'body', op: 'contains', value: '"lamp"' }).passed).toBe(true);
    expect(judge({ type: 'body', op: 'equals', value: 'x' }).passed).toBe(false);
    expect(judge({ type: 'body', op: 'matches', value: '^\\{' }).passed).toBe(true);
    expect(judge({ type: 'status', equals: 201, label: 'Created' }).name).toBe('Created: status is 201');
  });
});
