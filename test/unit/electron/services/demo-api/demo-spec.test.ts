import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSpec } from '../../../../../electron/services/demo-api/demo-spec';
import { startDemoServer } from '../../../../../electron/services/demo-api/demo-server';
import type { DemoServer } from '../../../../../electron/services/demo-api/demo-server';

type OpenApiDocument = SwaggerParser['api'];
type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const BASE = 'http://127.0.0.1:4010';

function asDocument(value: object): OpenApiDocument {
  return structuredClone(value) as OpenApiDocument;
}

function record(value: unknown): Json {
  if (typeof value !== 'object' || value === null) throw new Error(`expected an object, got ${String(value)}`);
  return value as Json;
}

/** Every operation of the document as [path, method, operation]. */
function operations(spec: object): [string, string, Json][] {
  return Object.entries(record(record(spec).paths)).flatMap(([path, item]) =>
    Object.entries(record(item))
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]): [string, string, Json] => [path, method, record(operation)]),
  );
}

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
});

afterAll(async () => {
  await demo.close();
});

describe('demo-spec', () => {
  it('passes swagger-parser validation as OpenAPI 3.1.0', async () => {
    const spec = demoSpec(BASE);
    expect(record(spec).openapi).toBe('3.1.0');
    const api = record(await SwaggerParser.validate(asDocument(spec)));
    expect(record(api.info).title).toBe('Roundtrip demo API');
    expect(api.servers).toEqual([{ url: BASE, description: expect.any(String) as unknown }]);
  });

  it('is checked by swagger-parser for 3.1 documents (a broken copy is rejected)', async () => {
    const broken = record(demoSpec(BASE));
    // A response without its required description must fail the 3.1 schema.
    record(record(record(record(broken.paths)['/health']).get).responses)['200'] = { content: {} };
    await expect(SwaggerParser.validate(asDocument(broken))).rejects.toThrow(/description/);
  });

  it('describes the category tree recursively, and swagger-parser resolves it into a cycle', async () => {
    const api = record(await SwaggerParser.dereference(asDocument(demoSpec(BASE))));
    const schemas = record(record(api.components).schemas);
    const category = record(schemas.Category);
    const children = record(record(category.properties).children);
    expect(children.items).toBe(category);
    expect(record(record(schemas.Item).properties).category).toMatchObject({ properties: category.properties });
  });

  it('gives every operation a unique operationId, a summary, a tag, and a schema for every response with a body', () => {
    const ops = operations(demoSpec(BASE));
    expect(ops.map(([path, method, op]) => `${method.toUpperCase()} ${path} ${String(op.operationId)}`).sort()).toEqual([
      'DELETE /items/{itemId} deleteItem',
      'GET /health getHealth',
      'GET /items listItems',
      'GET /items/{itemId} getItem',
      'PATCH /items/{itemId} updateItem',
      'POST /items createItem',
      'PUT /items/{itemId} replaceItem',
    ]);
    const components = record(record(demoSpec(BASE)).components);
    for (const [path, method, op] of ops) {
      expect(op.summary, `${method} ${path}`).toEqual(expect.any(String));
      expect(op.tags, `${method} ${path}`).toHaveLength(1);
      for (const [status, response] of Object.entries(record(op.responses))) {
        const ref = record(response).$ref;
        const resolved = typeof ref === 'string' ? record(record(components.responses)[ref.split('/').pop() ?? '']) : record(response);
        if (status === '204') {
          expect(resolved.content, `${method} ${path} ${status}`).toBeUndefined();
          continue;
        }
        const media = Object.values(record(resolved.content));
        expect(media.length, `${method} ${path} ${status}`).toBeGreaterThan(0);
        for (const entry of media) expect(record(entry).schema, `${method} ${path} ${status}`).toBeDefined();
      }
    }
  });

  // swagger-parser 13 checks a 3.1 document's structure only: not schema keywords, path
  // parameters or operationId uniqueness (it accepts `type: 'strng'`), so these are checked here.
  it('declares every path template parameter as a required path parameter', () => {
    const spec = record(demoSpec(BASE));
    const parameters = record(record(spec.components).parameters);
    const resolve = (p: unknown): Json => {
      const ref = record(p).$ref;
      return typeof ref === 'string' ? record(parameters[ref.split('/').pop() ?? '']) : record(p);
    };
    for (const [path, item] of Object.entries(record(spec.paths))) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [, method, op] of operations({ paths: { [path]: item } })) {
        const declared = [...((record(item).parameters as unknown[] | undefined) ?? []), ...((op.parameters as unknown[] | undefined) ?? [])]
          .map(resolve)
          .filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name), `${method} ${path}`).toEqual(names);
        for (const p of declared) expect(p.required).toBe(true);
      }
    }
  });

  it('uses only JSON Schema type names in its schemas', () => {
    const allowed = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
    const seen: string[] = [];
    const walk = (node: unknown, inSchema: boolean): void => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, inSchema));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (inSchema && key === 'type') seen.push(...(Array.isArray(value) ? (value as string[]) : [value as string]));
        // Only what lies below `schema` or `schemas` is a schema; `type` elsewhere (none today) is not checked.
        walk(value, key === 'schema' || key === 'schemas' || inSchema);
      }
    };
    walk(demoSpec(BASE), false);
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((type) => !allowed.includes(type))).toEqual([]);
  });

  it('offers merge patch and plain JSON for PATCH, and an optional Idempotency-Key header on POST', () => {
    const ops = new Map(operations(demoSpec(BASE)).map(([, , op]) => [op.operationId, op]));
    const patchBody = record(record(ops.get('updateItem')?.requestBody).content);
    expect(Object.keys(patchBody)).toEqual(['application/merge-patch+json', 'application/json']);
    const header = (ops.get('createItem')?.parameters as Json[]).find((p) => p.name === 'Idempotency-Key');
    expect(header).toMatchObject({ in: 'header', required: false });
    expect(String(header?.description)).toContain('draft-ietf-httpapi-idempotency-key-header');
    expect(Object.keys(record(ops.get('createItem')?.responses))).toEqual(expect.arrayContaining(['201', '409', '422']));
  });

  it('is what the running server serves, with its own address as the server URL', async () => {
    const served = (await (await fetch(demo.specUrl)).json()) as unknown;
    expect(served).toEqual(demoSpec(demo.baseUrl));
  });

  it('lists exactly the fields the server returns for an item, and marks the server-owned ones read-only', async () => {
    const [item] = (await (await fetch(`${demo.baseUrl}/items`)).json()) as Json[];
    const schema = record(record(record(record(demoSpec(BASE)).components).schemas).Item);
    const properties = record(schema.properties);
    expect(Object.keys(item ?? {}).every((key) => key in properties)).toBe(true);
    for (const required of schema.required as string[]) expect(item).toHaveProperty(required);
    expect(record(properties.id).readOnly).toBe(true);
    expect(record(properties.createdAt).readOnly).toBe(true);
    expect(record(properties.note).type).toEqual(['string', 'null']);
  });

  it('returns a fresh document each call, so dereferencing one copy cannot corrupt the next', async () => {
    const first = demoSpec(BASE);
    await SwaggerParser.dereference(first as OpenApiDocument);
    expect(JSON.stringify(demoSpec(BASE))).toContain('"$ref":"#/components/schemas/Category"');
  });
});
