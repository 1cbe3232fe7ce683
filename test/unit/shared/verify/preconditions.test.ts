import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../../shared/model/api-model';
import { isConditional, preconditionParams, withPreconditions } from '../../../../shared/verify/preconditions';

const put = {
  method: 'PUT',
  path: '/orders/{order_id}',
  parameters: [
    { in: 'path', name: 'order_id', required: true, schema: { type: 'integer' } },
    { in: 'header', name: 'If-Match', required: true, schema: { type: 'string' } },
    { in: 'header', name: 'If-Unmodified-Since', required: false, schema: { type: 'string' } },
  ],
} as unknown as OperationModel;

describe('preconditions', () => {
  it('fills If-Match from the ETag and If-Unmodified-Since from Last-Modified', () => {
    const testCase = { label: 'required values only', params: { 'path:order_id': 1, 'header:If-Match': 'rppci', 'header:If-Unmodified-Since': 'x' } };
    const wanted = preconditionParams(put, testCase);
    expect(wanted).toEqual([{ key: 'header:If-Match', source: 'etag' }, { key: 'header:If-Unmodified-Since', source: 'last-modified' }]);
    const filled = withPreconditions(testCase, wanted, [{ name: 'ETag', value: '"v3"' }, { name: 'Last-Modified', value: 'Fri, 04 Dec 2026 01:00:00 GMT' }]);
    expect(filled.params).toEqual({ 'path:order_id': 1, 'header:If-Match': '"v3"', 'header:If-Unmodified-Since': 'Fri, 04 Dec 2026 01:00:00 GMT' });
  });

  it('keeps a value the case breaks on purpose, and a value the read had no validator for', () => {
    expect(preconditionParams(put, { label: 'If-Match: wrong type: integer', params: { 'header:If-Match': 5 } })).toEqual([]);
    expect(preconditionParams(put, { label: 'missing required header parameter If-Match', params: {} })).toEqual([]);
    const testCase = { label: 'x', params: { 'header:If-Match': 'rppci' } };
    expect(withPreconditions(testCase, preconditionParams(put, testCase), []).params).toEqual({ 'header:If-Match': 'rppci' });
  });

  it('tells a conditional request by its headers', () => {
    expect(isConditional([{ name: 'if-match', value: 'rppci' }])).toBe(true);
    expect(isConditional([{ name: 'Accept', value: '*/*' }])).toBe(false);
  });
});
