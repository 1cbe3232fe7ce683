import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../../shared/request/build-request';
import { operation } from '../../../support/operation-fixture';

const login = operation({
  key: 'POST /token',
  method: 'POST',
  path: '/token',
  idempotency: 'not-idempotent',
  parameters: [],
  requestBody: {
    required: true,
    content: [{ mediaType: 'application/x-www-form-urlencoded', examples: [], schema: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } } }],
  },
});

describe('build-request', () => {
  it('flags a required url-encoded field left empty, as an empty required query field is', () => {
    const body = (text: string) => ({ mediaType: 'application/x-www-form-urlencoded', text });
    const empty = buildRequest(login, { baseUrl: 'http://127.0.0.1:9', params: {}, body: body(JSON.stringify({ username: 'ann', password: '' })) });
    expect(empty.problems).toContainEqual({ key: 'body', message: 'Form field "password" is required.' });
    const full = buildRequest(login, { baseUrl: 'http://127.0.0.1:9', params: {}, body: body(JSON.stringify({ username: 'ann', password: 'pw' })) });
    expect(full.problems).toEqual([]);
  });
});
