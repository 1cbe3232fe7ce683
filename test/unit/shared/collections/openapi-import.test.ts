import { describe, expect, it } from 'vitest';
import { requestForOperation } from '../../../../shared/collections/openapi-import';
import { resolveRequest } from '../../../../shared/request/resolve-request';
import { recordScope } from '../../../../shared/request/variable-scopes';
import { normalizeDocument } from '../../../../shared/spec/normalize-document';

const created = { '201': { description: 'Created' } };

/** The model of a small OpenAPI 3.0 document with these paths. */
function model(paths: Record<string, unknown>) {
  return normalizeDocument({ openapi: '3.0.3', info: { title: 'Shop', version: '1' }, servers: [{ url: 'http://127.0.0.1:9' }], paths }).model;
}

describe('openapi-import', () => {
  it('makes a required Idempotency-Key the request\'s "auto" key, not a header holding the schema\'s example', () => {
    const shop = model({
      '/orders': {
        post: {
          parameters: [
            { name: 'idempotency-key', in: 'header', required: true, schema: { type: 'string', title: 'Idempotency-Key' } },
            { name: 'x-tenant', in: 'header', required: true, schema: { type: 'string', example: 'acme' } },
          ],
          responses: created,
        },
      },
    });
    const operation = shop.operations[0];
    if (operation === undefined) throw new Error('expected an operation');
    const request = requestForOperation(operation, shop);
    expect(request.headers).toEqual([{ name: 'x-tenant', value: 'acme' }]);
    expect(request.idempotencyKey).toEqual({ policy: 'auto', header: 'idempotency-key' });
    // Each send gets the key its sender makes for it.
    const keys = ['k-1', 'k-2'].map((key) => {
      const sent = resolveRequest(request, { scopes: [recordScope('--var', { baseUrl: 'http://127.0.0.1:9' })], idempotencyKey: key });
      return sent.ok ? sent.request.headers.filter((h) => h.name.toLowerCase() === 'idempotency-key').map((h) => h.value) : [];
    });
    expect(keys).toEqual([['k-1'], ['k-2']]);
  });

  it('writes a path id the document gives no value for as a {{variable}}, never a made-up 0', () => {
    const shop = model({
      '/projects/{project_id}/tasks/{task_id}': {
        get: {
          parameters: [
            { name: 'project_id', in: 'path', required: true, schema: { type: 'integer' } },
            { name: 'task_id', in: 'path', required: true, schema: { type: 'string' }, example: 'T 7' },
          ],
          responses: created,
        },
      },
    });
    const operation = shop.operations[0];
    if (operation === undefined) throw new Error('expected an operation');
    const request = requestForOperation(operation, shop);
    expect(request.url).toBe('{{baseUrl}}/projects/{{project_id}}/tasks/T%207');
    // A run without the id stops before sending and names the variable.
    const sent = resolveRequest(request, { scopes: [recordScope('--var', { baseUrl: 'http://127.0.0.1:9' })] });
    expect(sent.ok).toBe(false);
    if (!sent.ok) expect(sent.message).toContain('project_id');
  });
});
