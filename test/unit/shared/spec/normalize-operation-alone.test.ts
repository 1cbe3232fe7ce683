import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../../../shared/model/api-model';
import { normalizeDocument, normalizeDocumentSteps, operationNormalizer } from '../../../../shared/spec/normalize-document';

const require = createRequire(import.meta.url);
const examples = path.dirname(require.resolve('@readme/oas-examples/package.json'));

/** Every operation normalized alone equals the full model's, with the same defs, servers and schemes. */
function expectEachAloneMatchesModel(doc: Record<string, unknown>): number {
  const { model } = normalizeDocument(doc);
  const alone = operationNormalizer(doc);
  const all = [...model.operations, ...(model.webhooks ?? [])];
  for (const op of all) {
    const one = alone(op.key);
    if (one === undefined) throw new Error(`${op.key} was not found alone`);
    expect([...one.operations, ...(one.webhooks ?? [])], op.key).toEqual([op]);
    for (const [ref, def] of Object.entries(one.schemaDefs)) expect(def, `${op.key}: ${ref}`).toEqual(model.schemaDefs[ref]);
    const recursive = new Set(model.recursiveDefs ?? []);
    expect(new Set(one.recursiveDefs ?? []), op.key).toEqual(new Set(Object.keys(one.schemaDefs).filter((ref) => recursive.has(ref))));
    expect(headOf(one), op.key).toEqual(headOf(model));
  }
  return all.length;
}

/** The document-level fields of a model: all but its operations and defs. */
function headOf(model: ApiModel): Record<string, unknown> {
  const parts = new Set(['operations', 'webhooks', 'schemaDefs', 'recursiveDefs']);
  return Object.fromEntries(Object.entries(model).filter(([key]) => !parts.has(key)));
}

function stepped(doc: unknown): { model: ApiModel; steps: number } {
  const steps = normalizeDocumentSteps(doc);
  let count = 0;
  for (let step = steps.next(); ; step = steps.next(), count += 1) if (step.done === true) return { model: step.value.model, steps: count };
}

describe('normalize-document (one operation alone)', () => {
  it('equals the full model\'s operation for every operation of every JSON document of @readme/oas-examples', () => {
    const files = ['2.0', '3.0', '3.1'].flatMap((version) => readdirSync(path.join(examples, version, 'json')).filter((name) => name.endsWith('.json')).map((name) => path.join(examples, version, 'json', name)));
    expect(files.length).toBeGreaterThan(50);
    let operations = 0;
    for (const file of files) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (doc.openapi === undefined && doc.swagger === undefined) continue;
      try {
        operations += expectEachAloneMatchesModel(doc);
      } catch (error) {
        throw new Error(`${path.relative(examples, file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(operations).toBeGreaterThan(200);
  });

  it('equals the full model\'s operation for every operation of GitHub\'s REST description', () => {
    const doc = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Record<string, unknown>;
    expect(expectEachAloneMatchesModel(doc)).toBeGreaterThan(1000);
  });

  it('reaches only the defs its operation uses, follows path item $refs, and finds webhooks', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 'Orders', version: '1' },
      components: {
        schemas: { Order: { type: 'object', properties: { lines: { type: 'array', items: { $ref: '#/components/schemas/Line' } } } }, Line: { type: 'object' }, Unused: { type: 'string' } },
        pathItems: { Orders: { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } } } } },
      },
      paths: { '/orders': { $ref: '#/components/pathItems/Orders' }, '/other': { get: {} } },
      webhooks: { shipped: { post: { summary: 'Shipped' } } },
    };
    const alone = operationNormalizer(doc);
    const post = alone('POST /orders');
    expect(post?.operations.map((op) => op.key)).toEqual(['POST /orders']);
    expect(Object.keys(post?.schemaDefs ?? {}).sort()).toEqual(['#/components/schemas/Line', '#/components/schemas/Order']);
    expect(alone('POST webhook:shipped')?.webhooks?.[0]).toMatchObject({ key: 'POST webhook:shipped', webhook: true, summary: 'Shipped' });
    expect(alone('DELETE /orders')).toBeUndefined();
    expect(alone('GET /missing')).toBeUndefined();
    expect(alone('nonsense')).toBeUndefined();
  });

  it('normalizes in steps (one per path item) to exactly what normalizeDocument gives', () => {
    const doc = JSON.parse(readFileSync(path.join(examples, '3.0/json/petstore.json'), 'utf8')) as Record<string, unknown>;
    const { model, steps } = stepped(doc);
    expect(model).toEqual(normalizeDocument(doc).model);
    expect(steps).toBe(Object.keys(doc.paths as object).length);
  });
});
