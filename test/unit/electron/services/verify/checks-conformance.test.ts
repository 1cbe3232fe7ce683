import { describe, expect, it } from 'vitest';
import { conformanceResult, VIOLATIONS_SHOWN } from '../../../../../electron/services/verify/checks-conformance';
import type { Exchange } from '../../../../../electron/services/verify/verify-session';
import { validateResponse } from '../../../../../electron/services/validation/validate-response';
import type { JsonSchema } from '../../../../../shared/model/api-model';
import type { ResponseSnapshot } from '../../../../../shared/request/request-model';

/** An exchange whose answer was judged by the response validator, as verify's sender does. */
function judged(body: string, schema: JsonSchema): Exchange {
  const response = { url: 'http://127.0.0.1/stats', method: 'GET', status: 200, statusText: 'OK', headers: [{ name: 'content-type', value: 'application/json' }], contentType: 'application/json', body: { kind: 'text', text: body, truncated: false }, sizeBytes: body.length, timeMs: 1 } as const;
  const validation = validateResponse({ specVersion: '3.0.3', schemaDefs: {}, responses: [{ status: '200', content: [{ mediaType: 'application/json', schema }] }] }, response);
  const snapshot: ResponseSnapshot = { ...response, validation };
  return { step: 'a valid request', request: { method: 'GET', url: response.url, headers: [] }, response: snapshot };
}

const statsSchema: JsonSchema = {
  type: 'object',
  required: ['total', 'by_status', 'done_ratio'],
  properties: { total: { type: 'integer' }, by_status: { type: 'object' }, done_ratio: { type: 'number' } },
};

describe('checks-conformance', () => {
  it('lists every schema violation of an answer, not only the first', () => {
    const result = conformanceResult('response-schema-conformance', [judged('{"total":"many","by_status":[]}', statsSchema)]);
    expect(result.status).toBe('failed');
    const message = result.status === 'failed' ? result.draft.message : '';
    expect(message).toMatch(/^3 violations: /);
    expect(message).toContain('/total');
    expect(message).toContain('/by_status');
    expect(message).toContain('/done_ratio');
    expect(message).toContain('(answer 200 to a valid request)');
  });

  it('spells out a few violations and counts the rest', () => {
    const many = Array.from({ length: VIOLATIONS_SHOWN + 3 }, (_, i) => `f${i}`);
    const schema: JsonSchema = { type: 'object', required: many, properties: Object.fromEntries(many.map((name) => [name, { type: 'string' }])) };
    const result = conformanceResult('response-schema-conformance', [judged('{}', schema)]);
    const message = result.status === 'failed' ? result.draft.message : '';
    expect(message).toMatch(new RegExp(`^${VIOLATIONS_SHOWN + 3} violations: `));
    expect(message).toContain('; and 3 more (answer 200');
    expect(message.split('is required but missing')).toHaveLength(VIOLATIONS_SHOWN + 1);
  });

  it('keeps the single violation of an answer as one sentence', () => {
    const result = conformanceResult('response-schema-conformance', [judged('{"total":1,"by_status":{}}', statsSchema)]);
    const message = result.status === 'failed' ? result.draft.message : '';
    expect(message).not.toContain('violations:');
    expect(message).toContain('/done_ratio (answer 200 to a valid request).');
  });
});
