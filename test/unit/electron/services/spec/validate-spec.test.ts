import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSpec } from '../../../../../electron/services/spec/validate-spec';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../../../fixtures/specs/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('validate-spec', () => {
  it('gives a FastAPI 3.0 document one named warning per exclusive bound, leaving the document as it was', async () => {
    const document = fixture('fastapi-exclusive-bounds.json');
    const before = JSON.stringify(document);
    const problems = await validateSpec(document);
    expect(problems.map((p) => [p.severity, p.pointer])).toEqual([
      ['warning', '#/paths/~1orders/get/parameters/0/schema/exclusiveMinimum'],
      ['warning', '#/components/schemas/OrderIn/properties/price/exclusiveMinimum'],
      ['warning', '#/components/schemas/OrderIn/properties/quantity/exclusiveMinimum'],
      ['warning', '#/components/schemas/OrderIn/properties/discount/exclusiveMaximum'],
    ]);
    expect(JSON.stringify(document)).toBe(before);
  });

  it('reports a $ref to nothing in a 3.0 document as an error at the $ref', async () => {
    const document = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Gone' } } } } } };
    expect(await validateSpec(document)).toEqual([{ severity: 'error', pointer: '#/paths/~1a/get/responses/200/$ref', message: expect.stringContaining('points at nothing') as unknown }]);
  });

  it('still finds a Swagger 2.0 fault, through swagger-parser', async () => {
    const document = { swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } }, bogus: 1 } } } };
    expect((await validateSpec(document)).map((p) => [p.severity, p.pointer])).toEqual([['error', '#/paths/~1a/get/bogus']]);
  });

  it('names the fault of a path parameter without required: true, and of a misspelt location, once each', async () => {
    const document = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a/{id}': { get: { parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }, { name: 'q', in: 'querry', schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } } } };
    expect((await validateSpec(document)).map((p) => [p.pointer, p.message])).toEqual([
      ['#/paths/~1a~1{id}/get/parameters/0', "must have required property 'required'"],
      ['#/paths/~1a~1{id}/get/parameters/1/in', 'must be one of "path", "query", "header", "cookie" (it is "querry")'],
    ]);
  });
});
