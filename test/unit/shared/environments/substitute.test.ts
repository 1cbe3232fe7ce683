import { describe, it, expect } from 'vitest';
import { secretValues, substitute, variableMap, withoutSecrets, type Environment } from '../../../../shared/environments/substitute';
import { buildRequest } from '../../../../shared/request/build-request';
import type { OperationModel } from '../../../../shared/model/api-model';

const env: Environment = {
  id: 'e1',
  name: 'Local',
  variables: [
    { name: 'baseUrl', value: 'http://127.0.0.1:8000', secret: false },
    { name: 'token', value: 'se"cret', secret: true },
  ],
};

describe('substitute', () => {
  it('fills {{name}} and lists unknown names', () => {
    expect(substitute('{{baseUrl}}/x?t={{ token }}&u={{nope}}', variableMap(env))).toEqual({ text: 'http://127.0.0.1:8000/x?t=se"cret&u={{nope}}', unknown: ['nope'] });
  });

  it('keeps secret values out of what is saved, and lists them for masking', () => {
    expect(withoutSecrets(env).variables[1]).toEqual({ name: 'token', value: '', secret: true });
    expect(secretValues(env)).toEqual(['se"cret']);
  });

  it('fills variables in the base URL, parameters and body, escaping inside JSON strings', () => {
    const op: OperationModel = {
      key: 'POST /x',
      method: 'POST',
      path: '/x',
      tags: [],
      group: 'x',
      deprecated: false,
      idempotency: 'not-idempotent',
      parameters: [{ name: 'Authorization', in: 'header', required: false, deprecated: false, schema: { type: 'string' }, schemaType: 'string' }],
      responses: [],
      servers: [],
      requestBody: { required: false, content: [] },
    };
    const { request, problems } = buildRequest(op, {
      baseUrl: '{{baseUrl}}',
      params: { 'header:Authorization': 'Bearer {{token}}' },
      body: { mediaType: 'application/json', text: '{"t": "{{token}}", "n": {{count}}, "m": {{missing}}}' },
      variables: { ...variableMap(env), count: '3' },
    });
    // A name without a value is never sent as typed: the request is not built, the field says why.
    expect(request).toBeUndefined();
    expect(problems.map((p) => p.key)).toEqual(['body']);
    expect(problems[0]?.message).toBe('`{{missing}}` (in the body) has no value in the active environment (set it in the active environment).');
    const filled = buildRequest(op, {
      baseUrl: '{{baseUrl}}',
      params: { 'header:Authorization': 'Bearer {{token}}' },
      body: { mediaType: 'application/json', text: '{"t": "{{token}}", "n": {{count}}}' },
      variables: { ...variableMap(env), count: '3' },
    });
    expect(filled.request?.url).toBe('http://127.0.0.1:8000/x');
    expect(filled.request?.headers[0]).toEqual({ name: 'Authorization', value: 'Bearer se"cret' });
    expect(filled.request?.body?.text).toBe('{"t": "se\\"cret", "n": 3}');
  });

  it('adds auth after the parameters without overriding a header the person typed', () => {
    const op: OperationModel = { key: 'GET /x', method: 'GET', path: '/x', tags: [], group: 'x', deprecated: false, idempotency: 'safe', parameters: [], responses: [], servers: [] };
    const { request } = buildRequest(op, { baseUrl: 'http://h', params: {}, auth: { headers: [{ name: 'Authorization', value: 'Bearer t' }], query: ['k=1'], cookies: ['s=2'] } });
    expect(request).toEqual({ method: 'GET', url: 'http://h/x?k=1', headers: [{ name: 'Authorization', value: 'Bearer t' }, { name: 'Cookie', value: 's=2' }] });
  });
});
