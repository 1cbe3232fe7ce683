import { describe, it, expect } from 'vitest';
import { inspectReport, inspectTable, LISTED_PROBLEMS, problemLines } from '../../../../shared/inspect/inspect-report';
import type { ApiModel } from '../../../../shared/model/api-model';

const model: ApiModel = {
  specVersion: '3.0.2',
  title: 'Shop',
  version: '1.0',
  servers: [{ url: 'https://shop.test/v1', variables: {} }, { url: '/', variables: {} }],
  schemaDefs: {},
  operations: [
    {
      key: 'GET /items/{id}',
      method: 'GET',
      path: '/items/{id}',
      operationId: 'getItem',
      summary: 'Get an\nitem',
      tags: ['items'],
      group: 'items',
      deprecated: false,
      idempotency: 'safe',
      parameters: [{ name: 'id', in: 'path', required: true, deprecated: false, schema: { type: 'integer' }, schemaType: 'integer' }],
      responses: [
        { status: '200', description: 'OK', content: [] },
        { status: 'default', description: 'Error', content: [] },
      ],
      servers: [],
    },
    {
      key: 'POST /orders',
      method: 'POST',
      path: '/orders',
      tags: [],
      group: 'orders',
      deprecated: true,
      idempotency: 'not-idempotent',
      parameters: [],
      requestBody: { required: true, content: [{ mediaType: 'application/json', examples: [] }, { mediaType: 'application/xml', examples: [] }] },
      responses: [],
      servers: [],
    },
  ],
};

describe('inspect-report', () => {
  it('reports the model in the stable JSON shape, with null for absent strings', () => {
    expect(inspectReport(model)).toEqual({
      openapi: '3.0.2',
      title: 'Shop',
      version: '1.0',
      servers: ['https://shop.test/v1', '/'],
      problems: [],
      operations: [
        {
          method: 'GET',
          path: '/items/{id}',
          operationId: 'getItem',
          summary: 'Get an\nitem',
          tags: ['items'],
          deprecated: false,
          idempotency: 'safe',
          idempotencyKey: null,
          parameters: [{ name: 'id', in: 'path', required: true, type: 'integer' }],
          requestBody: null,
          responses: ['200', 'default'],
        },
        {
          method: 'POST',
          path: '/orders',
          operationId: null,
          summary: null,
          tags: [],
          deprecated: true,
          idempotency: 'not-idempotent',
          idempotencyKey: null,
          parameters: [],
          requestBody: { required: true, mediaTypes: ['application/json', 'application/xml'] },
          responses: [],
        },
      ],
    });
  });

  it('keeps null fields through JSON', () => {
    const json = JSON.parse(JSON.stringify(inspectReport(model))) as { operations: Record<string, unknown>[] };
    expect(Object.keys(json.operations[1] ?? {})).toContain('operationId');
  });

  it('prints a fixed-width table under a title line with the operation count', () => {
    expect(inspectTable(model)).toBe(
      [
        'Shop 1.0 (OpenAPI 3.0.2): 2 operations',
        '',
        'METHOD  PATH         IDEMPOTENCY     SUMMARY',
        'GET     /items/{id}  safe            Get an item',
        'POST    /orders      not-idempotent  [deprecated]',
      ].join('\n'),
    );
  });

  it('reports the idempotency-key header beside the class, and marks it in the table', () => {
    const [get, post] = model.operations;
    if (!get || !post) throw new Error('fixture');
    const keyed: ApiModel = { ...model, operations: [get, { ...post, deprecated: false, idempotencyKey: { header: 'Idempotency-Key', required: false } }] };
    expect(inspectReport(keyed).operations[1]).toMatchObject({ idempotency: 'not-idempotent', idempotencyKey: { header: 'Idempotency-Key', required: false } });
    expect(inspectTable(keyed).split('\n').at(-1)).toBe('POST    /orders      idempotent-with-key');
  });

  it('names Swagger 2.0 and a single operation correctly', () => {
    const one: ApiModel = { ...model, specVersion: '2.0', operations: model.operations.slice(0, 1) };
    expect(inspectTable(one).split('\n')[0]).toBe('Shop 1.0 (Swagger 2.0): 1 operation');
  });

  it('lists problems errors first, each with its place, and says how many more --json holds', () => {
    const warning = { severity: 'warning' as const, message: 'exclusiveMinimum: 0 is a number', pointer: '#/a', line: 4 };
    const errors = Array.from({ length: LISTED_PROBLEMS }, (_, i) => ({ severity: 'error' as const, message: `fault\n${i}` }));
    const lines = problemLines([warning, ...errors]);
    expect(lines[0]).toBe(`${LISTED_PROBLEMS + 1} problems found while validating (${LISTED_PROBLEMS} errors, 1 warning); --strict refuses documents with errors:`);
    expect(lines[1]).toBe('  error   (document): fault 0');
    expect(lines.at(-1)).toBe('  ... and 1 more: --json lists them all.');
    expect(problemLines([warning])).toEqual(['1 warning found while validating; --strict accepts the document:', '  warning #/a (line 4): exclusiveMinimum: 0 is a number']);
    expect(problemLines([])).toEqual([]);
  });
});
