import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../shared/model/api-model';
import { normalizeResponseHeaders, normalizeResponses } from '../../../../shared/spec/normalize-content';
import { createContext } from '../../../../shared/spec/normalize-context';

const doc = {
  components: {
    headers: { RateLimit: { description: 'Requests left', required: true, schema: { $ref: '#/components/schemas/Count' } } },
    schemas: { Count: { type: 'integer', minimum: 0 } },
  },
};

describe('normalize-content response headers', () => {
  it('keeps each declared header with its name, required flag and schema, refs resolved', () => {
    const problems: Problem[] = [];
    const ctx = createContext(doc, problems);
    const headers = normalizeResponseHeaders(ctx, {
      'X-Rate-Limit': { $ref: '#/components/headers/RateLimit' },
      'X-Trace': { schema: { type: 'string' } },
      'X-Json': { content: { 'application/json': { schema: { type: 'object' } } } },
      'Content-Type': { required: true, schema: { type: 'string' } },
    }, '#/paths/~1a/get/responses/200/headers');
    expect(headers).toEqual([
      { name: 'X-Rate-Limit', required: true, description: 'Requests left', schema: { $ref: '#/components/schemas/Count' } },
      { name: 'X-Trace', required: false, schema: { type: 'string' } },
      { name: 'X-Json', required: false, schema: { type: 'object' } },
    ]);
    expect(ctx.schemaDefs['#/components/schemas/Count']).toEqual({ type: 'integer', minimum: 0 });
    expect(problems).toEqual([]);
  });

  it('adds headers to a response only when it declares some, and warns about a malformed map', () => {
    const problems: Problem[] = [];
    const responses = normalizeResponses(createContext(doc, problems), {
      '200': { description: 'OK', headers: { 'X-Rate-Limit': { $ref: '#/components/headers/RateLimit' } } },
      '204': { description: 'None' },
      '500': { description: 'Broken', headers: ['X-Oops'] },
    }, '#/paths/~1a/get/responses');
    expect(responses.map((each) => each.headers?.map((header) => header.name))).toEqual([['X-Rate-Limit'], undefined, undefined]);
    expect(problems).toEqual([expect.objectContaining({ pointer: '#/paths/~1a/get/responses/500/headers' })]);
  });

  it('skips a header whose reference points to nothing, with a warning', () => {
    const problems: Problem[] = [];
    expect(normalizeResponseHeaders(createContext(doc, problems), { 'X-Gone': { $ref: '#/components/headers/Gone' } }, '#/h')).toEqual([]);
    expect(problems[0]?.message).toContain('points to nothing');
  });
});
