import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it, expect } from 'vitest';
import { normalizeDocument } from '../../../../shared/spec/normalize-document';
import type { OperationModel } from '../../../../shared/model/api-model';

const require = createRequire(import.meta.url);

function readExample(path: string): unknown {
  return JSON.parse(readFileSync(require.resolve(`@readme/oas-examples/${path}`), 'utf8'));
}

function op(operations: readonly OperationModel[], key: string): OperationModel {
  const found = operations.find((o) => o.key === key);
  if (found === undefined) throw new Error(`no operation ${key} in ${operations.map((o) => o.key).join(', ')}`);
  return found;
}

const doc30 = {
  openapi: '3.0.3',
  info: { title: 'Shop', version: '1.2.0', description: 'A small shop.' },
  servers: [
    { url: 'https://{region}.shop.test/v1', description: 'Production', variables: { region: { default: 'eu', enum: ['eu', 'us'], description: 'Where' } } },
  ],
  tags: [{ name: 'items' }],
  paths: {
    '/items/{id}': {
      servers: [{ url: 'https://items.shop.test' }],
      parameters: [
        { name: 'id', in: 'path', schema: { type: 'integer' } },
        { name: 'verbose', in: 'query', description: 'path level', schema: { type: 'boolean' } },
      ],
      get: {
        operationId: 'getItem',
        summary: 'Get an item',
        tags: ['catalog', 'items'],
        parameters: [
          { name: 'verbose', in: 'query', description: 'operation level', schema: { type: 'string', nullable: true } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' }, example: 'abc' },
        ],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } },
      },
      delete: {
        deprecated: true,
        servers: [{ url: 'https://admin.shop.test' }],
        responses: { '204': { description: 'Deleted' } },
      },
    },
    '/': { get: { responses: { default: { description: 'Root' } } } },
    '/orders': {
      post: {
        summary: 'Place an order',
        requestBody: { $ref: '#/components/requestBodies/Order' },
        parameters: [{ $ref: '#/components/parameters/Idempotency' }, { in: 'query' }],
        responses: { '201': { $ref: '#/components/responses/Created' } },
      },
    },
    '/broken': 'not an object',
  },
  components: {
    schemas: {
      Item: { type: 'object', properties: { id: { type: 'integer' }, owner: { $ref: '#/components/schemas/Owner' } } },
      Owner: { type: 'object', properties: { name: { type: 'string' } } },
      Unused: { type: 'string' },
      Order: { type: 'object', required: ['item'], properties: { item: { $ref: '#/components/schemas/Item' } } },
    },
    parameters: { Idempotency: { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', format: 'uuid' } } },
    requestBodies: {
      Order: {
        required: true,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/Order' },
            examples: { one: { $ref: '#/components/examples/OneItem' }, remote: { externalValue: 'https://example.test/x.json' } },
          },
        },
      },
    },
    responses: { Created: { description: 'Created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' }, example: { item: { id: 7 } }, examples: { seven: { value: { item: { id: 7 } } } } } } } },
    examples: { OneItem: { summary: 'One item', value: { item: { id: 1 } } } },
  },
};

const doc31 = {
  openapi: '3.1.0',
  info: { title: 'Tree', version: '1' },
  paths: {
    '/nodes': {
      get: {
        parameters: [{ name: 'depth', in: 'query', schema: { type: ['integer', 'null'] } }],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } },
      },
      put: {
        parameters: [{ name: 'root', in: 'query', schema: { $ref: '#/components/schemas/Node' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } },
        responses: { '200': { description: 'OK' } },
      },
    },
  },
  components: {
    schemas: {
      Node: {
        type: 'object',
        properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
      },
    },
  },
};

describe('normalize-document', () => {
  it('reads the title, version, description and spec version', () => {
    const { model } = normalizeDocument(doc30);
    expect(model).toMatchObject({ specVersion: '3.0.3', title: 'Shop', version: '1.2.0', description: 'A small shop.' });
  });

  it('lists every operation in document order with its key, method and idempotency', () => {
    const { model } = normalizeDocument(doc30);
    expect(model.operations.map((o) => [o.key, o.idempotency])).toEqual([
      ['GET /items/{id}', 'safe'],
      ['DELETE /items/{id}', 'idempotent'],
      ['GET /', 'safe'],
      ['POST /orders', 'not-idempotent'],
    ]);
  });

  it('groups by first tag, else by first path segment, else "default"', () => {
    const { model } = normalizeDocument(doc30);
    expect(model.operations.map((o) => o.group)).toEqual(['catalog', 'items', 'default', 'orders']);
    expect(op(model.operations, 'GET /items/{id}').tags).toEqual(['catalog', 'items']);
  });

  it('merges path-level parameters with the operation ones, the operation winning', () => {
    const { model } = normalizeDocument(doc30);
    const get = op(model.operations, 'GET /items/{id}');
    expect(get.parameters.map((p) => [p.in, p.name, p.description, p.schemaType])).toEqual([
      ['path', 'id', undefined, 'integer'],
      ['query', 'verbose', 'operation level', 'string | null'],
      ['header', 'X-Trace', undefined, 'string'],
    ]);
    expect(get.parameters[0]?.required).toBe(true);
    expect(get.parameters[2]?.example).toBe('abc');
    expect(op(model.operations, 'DELETE /items/{id}').parameters.map((p) => p.description)).toEqual([undefined, 'path level']);
  });

  it('takes servers from the operation, else the path item, else the document', () => {
    const { model } = normalizeDocument(doc30);
    expect(op(model.operations, 'DELETE /items/{id}').servers.map((s) => s.url)).toEqual(['https://admin.shop.test']);
    expect(op(model.operations, 'GET /items/{id}').servers.map((s) => s.url)).toEqual(['https://items.shop.test']);
    expect(op(model.operations, 'GET /').servers).toEqual([
      { url: 'https://{region}.shop.test/v1', description: 'Production', variables: { region: { default: 'eu', enum: ['eu', 'us'], description: 'Where' } } },
    ]);
  });

  it('defaults the servers to "/" when the document has none', () => {
    const { model } = normalizeDocument(doc31);
    expect(model.servers).toEqual([{ url: '/', variables: {} }]);
    expect(model.operations[0]?.servers).toEqual([{ url: '/', variables: {} }]);
  });

  it('resolves referenced parameters, request bodies, responses and examples', () => {
    const { model } = normalizeDocument(doc30);
    const post = op(model.operations, 'POST /orders');
    expect(post.parameters.map((p) => [p.name, p.in, p.required])).toEqual([['Idempotency-Key', 'header', true]]);
    expect(post.requestBody).toEqual({
      required: true,
      content: [
        {
          mediaType: 'application/json',
          schema: { $ref: '#/components/schemas/Order' },
          examples: [{ name: 'one', summary: 'One item', value: { item: { id: 1 } } }],
        },
      ],
    });
    // A response's examples stay out of the model (nothing reads them; they are most of a large model's weight).
    expect(post.responses).toEqual([
      { status: '201', description: 'Created', content: [{ mediaType: 'application/json', schema: { $ref: '#/components/schemas/Order' } }] },
    ]);
  });

  it('keeps schema refs and copies every reachable schema, and only those, into schemaDefs', () => {
    const { model } = normalizeDocument(doc30);
    expect(Object.keys(model.schemaDefs).sort()).toEqual([
      '#/components/schemas/Item',
      '#/components/schemas/Order',
      '#/components/schemas/Owner',
    ]);
    expect(model.schemaDefs['#/components/schemas/Item']).toEqual(doc30.components.schemas.Item);
    expect(model.schemaDefs['#/components/schemas/Item']).not.toBe(doc30.components.schemas.Item);
  });

  it('skips malformed path items and parameters with a warning that points at them', () => {
    const { model, problems } = normalizeDocument(doc30);
    expect(model.operations.some((o) => o.path === '/broken')).toBe(false);
    expect(problems).toEqual([
      { severity: 'warning', message: expect.stringContaining('needs a "name"'), pointer: '#/paths/~1orders/post/parameters/1' },
      { severity: 'warning', message: expect.stringContaining('not an object'), pointer: '#/paths/~1broken' },
    ]);
  });

  it('labels 3.1 type arrays and schema refs', () => {
    const { model } = normalizeDocument(doc31);
    expect(op(model.operations, 'GET /nodes').parameters[0]?.schemaType).toBe('integer | null');
    expect(op(model.operations, 'PUT /nodes').parameters[0]).toMatchObject({ schema: { $ref: '#/components/schemas/Node' }, schemaType: 'object' });
  });

  it('keeps a recursive schema as one def, so the model survives JSON', () => {
    const { model, problems } = normalizeDocument(doc31);
    expect(problems).toEqual([]);
    expect(Object.keys(model.schemaDefs)).toEqual(['#/components/schemas/Node']);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.schemaDefs['#/components/schemas/Node']?.properties).toEqual({
      name: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
    });
  });

  it('reports a reference cycle among parameters instead of looping', () => {
    const doc = {
      openapi: '3.0.0',
      info: { title: 'Loop', version: '1' },
      paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/A' }], responses: {} } } },
      components: { parameters: { A: { $ref: '#/components/parameters/B' }, B: { $ref: '#/components/parameters/A' } } },
    };
    const { model, problems } = normalizeDocument(doc);
    expect(model.operations[0]?.parameters).toEqual([]);
    expect(problems[0]?.message).toContain('loop back');
  });

  it('leaves external and dangling schema refs as they are, with a warning', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 'Refs', version: '1' },
      paths: {
        '/a': {
          post: {
            requestBody: { content: { 'application/json': { schema: { $ref: 'other.yaml#/Thing' } } } },
            responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Gone' } } } } },
          },
        },
      },
    };
    const { model, problems } = normalizeDocument(doc);
    expect(model.operations[0]?.requestBody?.content[0]?.schema).toEqual({ $ref: 'other.yaml#/Thing' });
    expect(model.schemaDefs).toEqual({});
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('points outside this document'),
      expect.stringContaining('points to no schema'),
    ]);
  });

  it('uses the first media type schema of a content-based parameter', () => {
    const doc = {
      openapi: '3.0.0',
      info: { title: 'C', version: '1' },
      paths: { '/a': { get: { parameters: [{ name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } }, { name: 'x', in: 'query' }] } } },
    };
    const { model } = normalizeDocument(doc);
    expect(model.operations[0]?.parameters.map((p) => [p.schema, p.schemaType])).toEqual([[{ type: 'object' }, 'object'], [{}, 'any']]);
  });

  it('throws a clear error for input that is not an OpenAPI description', () => {
    const message = 'This document is not an OpenAPI description: it has no "openapi" or "swagger" field.';
    expect(() => normalizeDocument({ title: 'x' })).toThrow(message);
    expect(() => normalizeDocument('openapi: 3.0.0')).toThrow(message);
    expect(() => normalizeDocument(null)).toThrow(message);
  });

  it('maps a Swagger 2.0 document minimally: servers, body, form data and parameter types', () => {
    const doc = {
      swagger: '2.0',
      info: { title: 'Old', version: '0.1' },
      host: 'api.old.test',
      basePath: '/v2',
      schemes: ['http'],
      consumes: ['application/json'],
      paths: {
        '/pets': {
          get: { parameters: [{ name: 'tags', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Pet' } } } },
          post: { parameters: [{ name: 'pet', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } }], responses: { '201': { description: 'Created' } } },
        },
        '/pets/{id}/photo': {
          parameters: [{ name: 'id', in: 'path', required: true, type: 'integer', minimum: 1 }],
          post: { parameters: [{ name: 'file', in: 'formData', type: 'file', required: true }], responses: {} },
        },
      },
      definitions: { Pet: { type: 'object', properties: { name: { type: 'string' } } } },
    };
    const { model, problems } = normalizeDocument(doc);
    expect(problems).toEqual([]);
    expect(model.specVersion).toBe('2.0');
    expect(model.servers.map((s) => s.url)).toEqual(['http://api.old.test/v2']);
    expect(op(model.operations, 'GET /pets').parameters[0]).toMatchObject({ schemaType: 'array', style: 'form', explode: true });
    expect(op(model.operations, 'GET /pets').responses[0]?.content[0]).toMatchObject({ mediaType: 'application/json', schema: { $ref: '#/definitions/Pet' } });
    expect(op(model.operations, 'POST /pets').requestBody).toEqual({
      required: true,
      content: [{ mediaType: 'application/json', schema: { $ref: '#/definitions/Pet' }, examples: [] }],
    });
    const upload = op(model.operations, 'POST /pets/{id}/photo');
    expect(upload.parameters[0]).toMatchObject({ name: 'id', in: 'path', schema: { type: 'integer', minimum: 1 } });
    expect(upload.requestBody?.content[0]).toMatchObject({
      mediaType: 'multipart/form-data',
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
    });
    expect(Object.keys(model.schemaDefs)).toEqual(['#/definitions/Pet']);
  });

  it('normalizes the real OpenAPI 3.0 petstore from @readme/oas-examples', () => {
    const { model, problems } = normalizeDocument(readExample('3.0/json/petstore.json'));
    expect(problems).toEqual([]);
    expect(model.operations).toHaveLength(20);
    expect(model.servers.map((s) => s.url)).toEqual(['http://petstore.swagger.io/v2']);
    const find = op(model.operations, 'GET /pet/findByStatus');
    expect(find).toMatchObject({ operationId: 'findPetsByStatus', group: 'pet', idempotency: 'safe' });
    expect(find.parameters.map((p) => [p.name, p.in, p.required, p.schemaType])).toEqual([['status', 'query', true, 'array']]);
    const add = op(model.operations, 'POST /pet');
    expect(add.requestBody?.content.map((c) => c.mediaType)).toEqual(['application/json', 'application/xml']);
    expect(add.requestBody?.content[0]?.schema).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(Object.keys(model.schemaDefs).sort()).toEqual(
      ['ApiResponse', 'Category', 'Order', 'Pet', 'Tag', 'User'].map((n) => `#/components/schemas/${n}`),
    );
  });

  it('normalizes the real OpenAPI 3.1 petstore and a circular 3.0 document', () => {
    const petstore = normalizeDocument(readExample('3.1/json/petstore.json'));
    expect(petstore.model.specVersion).toBe('3.1.0');
    expect(op(petstore.model.operations, 'DELETE /pet/{petId}')).toMatchObject({ idempotency: 'idempotent', group: 'pet' });
    const circular = normalizeDocument(readExample('3.0/json/schema-circular.json'));
    expect(circular.problems).toEqual([]);
    expect(JSON.parse(JSON.stringify(circular.model))).toEqual(circular.model);
    expect(Object.keys(circular.model.schemaDefs)).toContain('#/components/schemas/MultiPart');
  });
});
