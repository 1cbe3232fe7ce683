import { describe, it, expect } from 'vitest';
import { secretValues, substitute, systemDynamicSource, variableMap, withoutSecrets, type DynamicSource, type Environment } from '../../../../shared/environments/substitute';
import { buildStepRequest } from '../../../../shared/runner/step-request';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
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

  it("fills Postman's dynamic variables from the injected source, fresh at each use", () => {
    let n = 0;
    const fixed: DynamicSource = { uuid: () => `uuid-${++n}`, now: () => Date.UTC(2026, 0, 2, 3, 4, 5, 678), random: () => 0.5 };
    const filled = substitute('{{$guid}} {{$randomUUID}} {{ $timestamp }} {{$isoTimestamp}} {{$randomInt}} {{$unknownDynamic}}', {}, fixed);
    expect(filled).toEqual({ text: 'uuid-1 uuid-2 1767323045 2026-01-02T03:04:05.678Z 500 {{$unknownDynamic}}', unknown: ['$unknownDynamic'] });
    expect(substitute('{{$randomInt}}', {}, { ...fixed, random: () => 0.999_999 }).text).toBe('1000');
    // A variable of that name (a data file column) wins over the dynamic value.
    expect(substitute('{{$guid}}', { $guid: 'mine' }, fixed).text).toBe('mine');
  });

  it('makes real version 4 UUIDs and a current timestamp by default', () => {
    const [a, b] = [substitute('{{$guid}}', {}).text, substitute('{{$guid}}', {}).text];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(Math.abs(Number(substitute('{{$timestamp}}', {}).text) - Date.now() / 1000)).toBeLessThan(5);
    expect(systemDynamicSource.random()).toBeLessThan(1);
  });

  it('fills dynamic variables in a run step, also standing alone in a JSON body', () => {
    const request = newSavedRequest({ name: 'Create', method: 'POST', url: 'http://127.0.0.1/orders?at={{$timestamp}}', headers: [{ name: 'X-Request-Id', value: '{{$randomUUID}}' }], body: { mode: 'raw', mediaType: 'application/json', text: '{"ref":"{{$guid}}","qty":{{$randomInt}}}' } });
    // Resolved, nothing is left unknown: an unknown name would block the step.
    const built = buildStepRequest({ id: 'a', name: 'Create', folders: [], request, auth: { type: 'none' }, scopes: [], assertions: [], captures: [], idempotency: 'not-idempotent', nonIdempotent: true }, []);
    if (!built.ok) throw new Error(built.message);
    expect(built.request.url).toMatch(/\?at=\d{10}$/);
    expect(built.request.headers[0]?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(built.request.body?.text ?? '')).toEqual({ ref: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown, qty: expect.any(Number) as unknown });
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
