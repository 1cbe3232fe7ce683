import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRoundtrip as roundtrip } from '../support/run-roundtrip';

const param = (name: string, where: string, required: boolean) => ({ name, in: where, required, schema: { type: where === 'path' ? 'integer' : 'string' } });
const ok = { '200': { description: 'OK' } };

function spec(paths: Record<string, unknown>): string {
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'Shelf', version: '1' }, servers: [{ url: 'http://127.0.0.1:9' }], paths });
}

describe('roundtrip sync', () => {
  it('lists operations added, removed and changed, exits 1 with --check, and without it updates changed requests and creates added ones', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'rt-sync-'));
    const specFile = path.join(work, 'shelf.json');
    await writeFile(
      specFile,
      spec({
        '/books': { get: { operationId: 'listBooks', summary: 'List books', responses: ok } },
        '/books/{id}': { get: { operationId: 'getBook', summary: 'Get a book', parameters: [param('id', 'path', true)], responses: ok }, delete: { operationId: 'deleteBook', summary: 'Delete a book', parameters: [param('id', 'path', true)], responses: ok } },
      }),
    );
    const dir = path.join(work, 'shelf');
    expect((await roundtrip('import', specFile, '--out', dir)).code).toBe(0);

    const clean = await roundtrip('sync', dir, '--check');
    expect(clean.stdout).toContain('Shelf: 3 requests up to date with the spec.\nIn sync.');
    expect(clean.code).toBe(0);

    await writeFile(
      specFile,
      spec({
        '/books': { get: { operationId: 'listBooks', summary: 'List books', parameters: [param('author', 'query', true)], responses: ok }, post: { operationId: 'addBook', summary: 'Add a book', responses: ok } },
        '/books/{id}': { get: { operationId: 'getBook', summary: 'Get a book', parameters: [param('id', 'path', true)], responses: ok } },
      }),
    );
    const drift = await roundtrip('sync', dir, '--check');
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('Shelf: 1 request up to date with the spec.');
    expect(drift.stdout).toContain('Added in the spec (no request yet): 1\n  + POST /books  (Add a book)');
    expect(drift.stdout).toMatch(/Removed from the spec: 1\n {2}- DELETE \/books\/\{id\} {2}\(request "Delete a book", shelf\/.+\.request\.json\)/);
    expect(drift.stdout).toMatch(/Changed in the spec: 1\n {2}~ GET \/books {2}\(request "List books", shelf\/.+\.request\.json\)/);

    const synced = await roundtrip('sync', dir);
    expect(synced.code).toBe(0);
    expect(synced.stdout).toContain('Updated 1 changed request.');
    expect(synced.stdout).toContain('Created 1 request for operations the spec added.');
    const file = /request "List books", (shelf\/\S+\.request\.json)/.exec(drift.stdout)?.[1] ?? '';
    const updated = JSON.parse(await readFile(path.join(work, file), 'utf8')) as { url: string };
    expect(updated.url).toMatch(/^\{\{baseUrl\}\}\/books\?author=/);
    const after = await roundtrip('sync', dir, '--check');
    expect(after.code).toBe(1);
    expect(after.stdout).not.toContain('Changed in the spec');
    expect(after.stdout).not.toContain('Added in the spec');
    expect(after.stdout).toContain('Shelf: 3 requests up to date with the spec.');
    // The new request sits with the other requests of its group, linked to its operation.
    const folder = path.dirname(path.join(work, file));
    const created = await Promise.all((await readdir(folder)).filter((name) => name.endsWith('.request.json')).map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as unknown));
    expect(created).toContainEqual(expect.objectContaining({ name: 'Add a book', method: 'POST', url: '{{baseUrl}}/books', operation: expect.objectContaining({ key: 'POST /books', operationId: 'addBook' }) }));

    const noSpec = await roundtrip('sync', work);
    expect(noSpec.code).toBe(2);
    expect(noSpec.stderr).toContain('holds no collection.json');
  });

  it('sees a new required property of a body schema behind a $ref as a change', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'rt-sync-body-'));
    const specFile = path.join(work, 'shop.json');
    const shop = (required: string[], properties: Record<string, unknown>): string =>
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Shop', version: '1' },
        servers: [{ url: 'http://127.0.0.1:9' }],
        paths: { '/products': { post: { operationId: 'createProduct', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ProductIn' } } } }, responses: ok } } },
        components: { schemas: { ProductIn: { type: 'object', required, properties } } },
      });
    await writeFile(specFile, shop(['name'], { name: { type: 'string' }, price: { type: 'number' } }));
    const dir = path.join(work, 'shop');
    expect((await roundtrip('import', specFile, '--out', dir)).code).toBe(0);
    expect((await roundtrip('sync', dir, '--check')).code).toBe(0);
    await writeFile(specFile, shop(['name', 'sku'], { name: { type: 'string' }, price: { type: 'number' }, sku: { type: 'string' } }));
    const drift = await roundtrip('sync', dir, '--check');
    expect(drift.stdout).toMatch(/Changed in the spec: 1\n {2}~ POST \/products/);
    expect(drift.code).toBe(1);
  });
});

