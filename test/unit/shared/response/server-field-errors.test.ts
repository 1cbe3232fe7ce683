import { describe, expect, it } from 'vitest';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { serverFieldErrors } from '../../../../shared/response/server-field-errors';

const params = [
  { in: 'query' as const, name: 'limit' },
  { in: 'path' as const, name: 'book_id' },
  { in: 'header' as const, name: 'Idempotency-Key' },
];

function answer(status: number, json: unknown, contentType = 'application/json'): ResponseSnapshot {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  return { url: 'http://h/x', method: 'POST', status, statusText: '', headers: [], contentType, body: { kind: 'text', text, truncated: false }, sizeBytes: text.length, timeMs: 1 };
}

describe('server-field-errors', () => {
  it("places FastAPI's detail[].loc on body fields and on query, path and header parameters", () => {
    const detail = [
      { loc: ['body', 'lines', 0, 'sku'], msg: 'field required', type: 'value_error.missing' },
      { loc: ['body', 'title'], msg: 'ensure this value has at least 1 characters', type: 'value_error.any_str.min_length' },
      { loc: ['query', 'limit'], msg: 'value is not a valid integer', type: 'type_error.integer' },
      { loc: ['path', 'book_id'], msg: 'value is not a valid integer', type: 'type_error.integer' },
      { loc: ['header', 'idempotency-key'], msg: 'field required', type: 'value_error.missing' },
      { loc: ['body'], msg: 'field required', type: 'value_error.missing' },
      { loc: ['query', 'unknown'], msg: 'extra', type: 'x' },
    ];
    expect(serverFieldErrors(answer(422, { detail }), params)).toEqual({
      params: { 'query:limit': ['value is not a valid integer'], 'path:book_id': ['value is not a valid integer'], 'header:Idempotency-Key': ['field required'] },
      body: { '$.lines[0].sku': ['field required'], '$.title': ['ensure this value has at least 1 characters'], $: ['field required'] },
      unplaced: ['extra'],
      count: 7,
    });
  });

  it("reads FastAPI's JSON decode error as the body's, at a character, not as an index", () => {
    const pydantic1 = [{ loc: ['body', 67], msg: 'Expecting value: line 1 column 68 (char 67)', type: 'value_error.jsondecode' }];
    expect(serverFieldErrors(answer(422, { detail: pydantic1 }), params)?.body).toEqual({ $: ['Expecting value: line 1 column 68 (char 67) (the body is not valid JSON at character 67)'] });
    const pydantic2 = [{ loc: ['body', 12], msg: 'JSON decode error', type: 'json_invalid' }];
    expect(serverFieldErrors(answer(422, { detail: pydantic2 }), params)?.body).toEqual({ $: ['JSON decode error (the body is not valid JSON at character 12)'] });
  });

  it("places RFC 9457 errors by pointer, parameter and header", () => {
    const problem = {
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
        { detail: 'too large', parameter: 'limit' },
        { detail: 'must be a UUID', header: 'idempotency-key' },
        { detail: 'nowhere' },
      ],
    };
    expect(serverFieldErrors(answer(400, problem, 'application/problem+json'), params)).toEqual({
      params: { 'query:limit': ['too large'], 'header:Idempotency-Key': ['must be a UUID'] },
      body: { '$.age': ['must be a positive integer'], '$.profile.color': ["must be 'green', 'red' or 'blue'"] },
      unplaced: ['nowhere'],
      count: 5,
    });
  });

  it('places invalid-params by name: a parameter when one has it, else a body field', () => {
    const problem = { 'invalid-params': [{ name: 'limit', reason: 'must be at most 100' }, { name: 'lines[1].quantity', reason: 'must be at least 1' }] };
    expect(serverFieldErrors(answer(400, problem), params)).toMatchObject({ params: { 'query:limit': ['must be at most 100'] }, body: { '$.lines[1].quantity': ['must be at least 1'] } });
  });

  it('keeps escaped pointer segments as plain keys', () => {
    expect(serverFieldErrors(answer(422, { errors: [{ detail: 'bad', pointer: '/a~1b/c~0d' }] }), [])?.body).toEqual({ '$["a/b"]["c~d"]': ['bad'] });
  });

  it('finds nothing in answers that list no field errors', () => {
    expect(serverFieldErrors(answer(422, { detail: 'Idempotency-Key was already used with a different body' }), params)).toBeUndefined();
    expect(serverFieldErrors(answer(200, { detail: [{ loc: ['body', 'a'], msg: 'x' }] }), params)).toBeUndefined();
    expect(serverFieldErrors(answer(422, 'not json'), params)).toBeUndefined();
    expect(serverFieldErrors(answer(422, { errors: [] }), params)).toBeUndefined();
  });
});
