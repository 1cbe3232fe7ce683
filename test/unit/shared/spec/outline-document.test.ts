import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperationModel, OperationOutline } from '../../../../shared/model/api-model';
import { normalizeDocument } from '../../../../shared/spec/normalize-document';
import { outlineDocument, outlineUnbundledDocument } from '../../../../shared/spec/outline-document';

const require = createRequire(import.meta.url);
const examples = path.dirname(require.resolve('@readme/oas-examples/package.json'));

/** The outline's fields of a full operation: what the outline must equal. */
function listFields(op: OperationModel): OperationOutline {
  const { key, method, path: where, operationId, summary, tags, group, deprecated, webhook, idempotency, idempotencyKey, idempotencyStatedBy } = op;
  return JSON.parse(JSON.stringify({ key, method, path: where, operationId, summary, tags, group, deprecated, webhook, idempotency, idempotencyKey, idempotencyStatedBy })) as OperationOutline;
}

function expectOutlineMatchesModel(doc: Record<string, unknown>): void {
  const { model } = normalizeDocument(doc);
  const outline = outlineDocument(doc);
  expect(outline.operations).toEqual([...model.operations, ...(model.webhooks ?? [])].map(listFields));
  expect({ title: outline.title, version: outline.version, specVersion: outline.specVersion }).toEqual({ title: model.title, version: model.version, specVersion: model.specVersion });
}

describe('outlineDocument', () => {
  it('gives exactly the list fields of the full model for every JSON document of @readme/oas-examples', () => {
    const files = ['2.0', '3.0', '3.1'].flatMap((version) => readdirSync(path.join(examples, version, 'json')).filter((name) => name.endsWith('.json')).map((name) => path.join(examples, version, 'json', name)));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (doc.openapi === undefined && doc.swagger === undefined) continue;
      try {
        expectOutlineMatchesModel(doc);
      } catch (error) {
        throw new Error(`${path.relative(examples, file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });

  it('follows $refs to path items and parameters, merges path-level parameters, and marks webhooks', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 'Orders', version: 2 },
      components: {
        parameters: { Key: { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' } } },
        pathItems: { Orders: { parameters: [{ $ref: '#/components/parameters/Key' }], post: { tags: ['orders'], summary: 'Create' }, put: { 'x-idempotent': false } } },
      },
      paths: {
        'x-note': { get: {} },
        '/orders': { $ref: '#/components/pathItems/Orders' },
        '/broken': { $ref: '#/components/pathItems/Missing' },
        '/orders/{id}': { parameters: [{ name: 'Idempotency-Key', in: 'header' }], delete: { parameters: [{ $ref: '#/components/parameters/Key' }] }, get: 'not an operation' },
      },
      webhooks: { orderShipped: { post: { operationId: 'shipped', deprecated: true } } },
    };
    expectOutlineMatchesModel(doc);
    const outline = outlineDocument(doc);
    expect(outline.version).toBe('2');
    expect(outline.operations.map((op) => op.key)).toEqual(['POST /orders', 'PUT /orders', 'DELETE /orders/{id}', 'POST webhook:orderShipped']);
    expect(outline.operations[0]).toMatchObject({ group: 'orders', idempotency: 'not-idempotent', idempotencyKey: { header: 'Idempotency-Key', required: true } });
    expect(outline.operations[1]).toMatchObject({ idempotency: 'not-idempotent', idempotencyStatedBy: 'x-idempotent' });
    expect(outline.operations[3]).toMatchObject({ webhook: true, path: '/orderShipped', deprecated: true, group: 'orderShipped' });
  });

  it('reads Swagger 2.0 without converting it: body parameters are not list fields', () => {
    const doc = {
      swagger: '2.0',
      info: { title: 'Pets', version: '1' },
      parameters: { Key: { name: 'X-Idempotency-Key', in: 'header', type: 'string' } },
      paths: { '/pets': { post: { parameters: [{ name: 'pet', in: 'body', schema: {} }, { $ref: '#/parameters/Key' }] } } },
    };
    expectOutlineMatchesModel(doc);
    expect(outlineDocument(doc).operations[0]?.idempotencyKey).toEqual({ header: 'X-Idempotency-Key', required: false });
  });

  it('matches the full model on GitHub\'s REST description', () => {
    const doc = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Record<string, unknown>;
    expectOutlineMatchesModel(doc);
    expect(outlineDocument(doc).operations.length).toBeGreaterThan(1000);
  });

  it('outlines a document before its other files are bundled only when the list reads none of them', () => {
    const schemaElsewhere = { openapi: '3.0.3', info: { title: 'A', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas.yaml#/A' } } } } } } } } };
    expect(outlineUnbundledDocument(schemaElsewhere)).toEqual(outlineDocument(schemaElsewhere));
    const pathElsewhere = { openapi: '3.0.3', info: { title: 'A', version: '1' }, paths: { '/a': { $ref: 'paths/a.yaml' }, '/b': { get: {} } } };
    expect(outlineUnbundledDocument(pathElsewhere)).toBeUndefined();
    const parameterElsewhere = { openapi: '3.0.3', info: { title: 'A', version: '1' }, paths: { '/b': { get: { parameters: [{ $ref: 'params.yaml#/Key' }] } } } };
    expect(outlineUnbundledDocument(parameterElsewhere)).toBeUndefined();
  });

  it('agrees with the model on the edge cases: Swagger 2.0 ref chains and stray webhooks, and long or looping 3.x chains', () => {
    const chain = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`P${i}`, i === 39 ? { name: 'Idempotency-Key', in: 'header' } : { $ref: `#/components/parameters/P${i + 1}` }]));
    expectOutlineMatchesModel({
      openapi: '3.0.3',
      info: { title: 'Chains', version: '1' },
      components: { parameters: { ...chain, LoopA: { $ref: '#/components/parameters/LoopB' }, LoopB: { $ref: '#/components/parameters/LoopA' } } },
      paths: { '/a': { post: { parameters: [{ $ref: '#/components/parameters/P0' }] } }, '/b': { post: { parameters: [{ $ref: '#/components/parameters/LoopA' }] } } },
    });
    expectOutlineMatchesModel({
      swagger: '2.0',
      info: { title: 'Old', version: '1' },
      parameters: { Key: { $ref: '#/parameters/Real' }, Real: { name: 'Idempotency-Key', in: 'header', type: 'string' } },
      definitions: { NotAPath: { get: { summary: 'a schema that looks like a path item' } } },
      paths: { '/pets': { post: { parameters: [{ $ref: '#/parameters/Key' }] } }, '/odd': { $ref: '#/definitions/NotAPath' } },
      webhooks: { ping: { post: {} } },
    });
  });
});
