import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { blockingProblems, problemCauses, sourcePointer, type ValidationFinding } from '../../../../shared/spec/problem-causes';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../../fixtures/specs/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** swagger-parser's own findings (ajv with allErrors), as validate-spec.ts receives them. */
async function ajvFindings(document: object): Promise<ValidationFinding[]> {
  try {
    await new SwaggerParser().validate(structuredClone(document) as never, { resolve: { external: false }, dereference: { circular: 'ignore' } });
    return [];
  } catch (error) {
    return ((error as { details?: ValidationFinding[] }).details ?? []);
  }
}

describe('problem-causes', () => {
  it('names each numeric exclusive bound of a FastAPI 3.0 document once, where it is written, as a warning', async () => {
    const document = fixture('fastapi-exclusive-bounds.json');
    const findings = await ajvFindings(document);
    // The cascade: each bound, its oneOf branches, at every enclosing level and once per $ref use.
    expect(findings.length).toBe(29);
    const problems = problemCauses(findings, document);
    expect(problems.map((p) => [p.severity, p.pointer])).toEqual([
      ['warning', '#/paths/~1orders/get/parameters/0/schema/exclusiveMinimum'],
      ['warning', '#/components/schemas/OrderIn/properties/price/exclusiveMinimum'],
      ['warning', '#/components/schemas/OrderIn/properties/quantity/exclusiveMinimum'],
      ['warning', '#/components/schemas/OrderIn/properties/discount/exclusiveMaximum'],
    ]);
    expect(problems[1]?.message).toMatch(/^exclusiveMinimum: 0 is a number, .*FastAPI.*Treated as a JSON Schema 2020-12 bound: .*greater than 0/);
    expect(problems[3]?.message).toMatch(/less than 1/);
    expect(blockingProblems(problems)).toEqual([]);
  });

  it('says a parameter with a misspelt location and no schema in two problems, without the branches of the location oneOf', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/y': { get: { parameters: [{ name: 'a', in: 'querry' }, { name: 'b', in: 'header' }], responses: { '200': { description: 'ok' } } } } },
    };
    const problems = problemCauses(await ajvFindings(document), document);
    expect(problems).toEqual([
      { severity: 'error', pointer: '#/paths/~1y/get/parameters/0', message: "must have either 'schema' or 'content'" },
      { severity: 'error', pointer: '#/paths/~1y/get/parameters/0/in', message: 'must be one of "path", "query", "header", "cookie" (it is "querry")' },
      { severity: 'error', pointer: '#/paths/~1y/get/parameters/1', message: "must have either 'schema' or 'content'" },
    ]);
  });

  it('still asks a path parameter for required: true', async () => {
    const document = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/y/{a}': { get: { parameters: [{ name: 'a', in: 'path', schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } } } };
    expect(problemCauses(await ajvFindings(document), document).map((p) => [p.pointer, p.message])).toEqual([['#/paths/~1y~1{a}/get/parameters/0', "must have required property 'required'"]]);
  });

  it('reports an unknown field in a shared schema once, at the field, as an error', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } }, responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } } } },
      components: { schemas: { A: { type: 'object', properties: { name: { tpye: 'string' } } } } },
    };
    const findings = await ajvFindings(document);
    expect(findings.length).toBeGreaterThan(3);
    const problems = problemCauses(findings, document);
    expect(problems).toEqual([{ severity: 'error', pointer: '#/components/schemas/A/properties/name/tpye', message: expect.stringMatching(/not a field the specification defines here/) as unknown }]);
    expect(blockingProblems(problems)).toHaveLength(1);
  });

  it('keeps a document-level fault and an unknown operation field as two causes', async () => {
    const document = fixture('invalid-but-parses.json');
    const problems = problemCauses(await ajvFindings(document), document);
    expect(problems.map((p) => [p.severity, p.pointer])).toEqual([
      ['error', '#/info'],
      ['error', '#/paths/~1things/get/bogus'],
    ]);
    expect(problems[0]?.message).toBe("must have required property 'version'");
  });

  it('names nullable and a map of examples in a 3.1 schema, which the 3.1 meta-schema accepts', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { A: { type: 'object', properties: { name: { type: 'string', nullable: true, examples: { one: 'x' } }, examples: { type: 'string' } } } } },
    };
    expect(await ajvFindings(document)).toEqual([]);
    const problems = problemCauses([], document);
    expect(problems.map((p) => [p.severity, p.pointer])).toEqual([
      ['warning', '#/components/schemas/A/properties/name/nullable'],
      ['warning', '#/components/schemas/A/properties/name/examples'],
    ]);
    expect(problems[0]?.message).toMatch(/null is not accepted unless "type" lists "null"/);
  });

  it('traces a path through $refs to where it is written', () => {
    const document = { a: { $ref: '#/b' }, b: { c: { $ref: '#/d' } }, d: { e: [1, 2] } };
    expect(sourcePointer(document, '/a/c/e/1')).toBe('#/d/e/1');
    expect(sourcePointer(document, '')).toBe('#');
    expect(sourcePointer({ a: { $ref: '#/a' } }, '/a/x')).toBe('#/a/x');
  });
});
