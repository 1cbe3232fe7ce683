import { describe, expect, it } from 'vitest';
import { fromOpenApi30, matchMediaType, matchStatus, omitsNullableForOptional, reachableDefs, responseExpectation, usesJsonSchema2020 } from '../../../../shared/response/response-validation';

describe('response-validation', () => {
  it('matches the exact status, then the range, then default', () => {
    const declared = [{ status: '200' }, { status: '4XX' }, { status: 'default' }];
    expect(matchStatus(200, declared)).toBe('200');
    expect(matchStatus(404, declared)).toBe('4XX');
    expect(matchStatus(500, declared)).toBe('default');
    expect(matchStatus(500, [{ status: '200' }])).toBeUndefined();
  });

  it('matches media types with parameters, wildcards and +json', () => {
    expect(matchMediaType('application/json; charset=utf-8', ['application/json'])).toBe('application/json');
    expect(matchMediaType('text/html', ['text/*'])).toBe('text/*');
    expect(matchMediaType('application/problem+json', ['application/json'])).toBe('application/json');
    expect(matchMediaType('text/plain', ['application/json'])).toBeUndefined();
  });

  it('collects only the defs the responses reach, through nested refs', () => {
    const defs = { '#/a': { $ref: '#/b' }, '#/b': { type: 'string' }, '#/c': { type: 'number' } };
    expect(Object.keys(reachableDefs([{ items: { $ref: '#/a' } }], defs)).sort()).toEqual(['#/a', '#/b']);
  });

  it('builds the expectation for an operation', () => {
    const expectation = responseExpectation({ specVersion: '3.0.3', schemaDefs: { '#/x': { type: 'string' }, '#/y': {} } }, { responses: [{ status: '200', description: '', content: [{ mediaType: 'application/json', schema: { $ref: '#/x' } }] }] });
    expect(expectation).toEqual({ specVersion: '3.0.3', responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: { $ref: '#/x' } }] }], schemaDefs: { '#/x': { type: 'string' } } });
  });

  it('carries the names of required response headers into the expectation', () => {
    const trace = { name: 'X-Trace', required: false, schema: { type: 'string' } };
    const headers = [{ name: 'X-Rate-Limit', required: true }, trace];
    const expectation = responseExpectation({ specVersion: '3.1.0', schemaDefs: {} }, { responses: [{ status: '200', description: '', content: [], headers }, { status: '404', description: '', content: [], headers: [trace] }] });
    expect(expectation.responses).toEqual([{ status: '200', content: [], requiredHeaders: ['X-Rate-Limit'] }, { status: '404', content: [] }]);
  });

  it('turns 3.0 nullable and boolean exclusive bounds into JSON Schema', () => {
    expect(fromOpenApi30({ type: 'object', properties: { a: { type: 'string', nullable: true, example: { nullable: true } }, b: { type: 'number', minimum: 0, exclusiveMinimum: true } } })).toEqual({
      type: 'object',
      properties: { a: { type: ['string', 'null'], example: { nullable: true } }, b: { type: 'number', exclusiveMinimum: 0 } },
    });
    expect(fromOpenApi30({ enum: ['a'], type: 'string', nullable: true })).toEqual({ enum: ['a', null], type: ['string', 'null'] });
  });

  it('knows which spec versions use JSON Schema 2020-12', () => {
    expect(usesJsonSchema2020('3.1.0')).toBe(true);
    expect(usesJsonSchema2020('3.0.3')).toBe(false);
    expect(usesJsonSchema2020('2.0')).toBe(false);
  });
});

describe('response-validation: FastAPI pydantic 1 documents', () => {
  it('knows them by their HTTPValidationError schema in a 3.0 document', () => {
    const defs = { '#/components/schemas/HTTPValidationError': {}, '#/components/schemas/ValidationError': {} };
    expect(omitsNullableForOptional({ specVersion: '3.0.2', schemaDefs: defs })).toBe(true);
    expect(omitsNullableForOptional({ specVersion: '3.1.0', schemaDefs: defs })).toBe(false);
    expect(omitsNullableForOptional({ specVersion: '3.0.2', schemaDefs: {} })).toBe(false);
  });
});
