import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import { collectionFromSpec } from '../../../../../shared/collections/openapi-import';
import { normalizeDocument } from '../../../../../shared/spec/normalize-document';
import { fixtureFolder, fixtureText } from '../../../../support/importer-fixtures';

const handlers = () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-import-handlers-'));
  return { dataDir, handlers: createCollectionHandlers({ dataDir, events: { emit: () => undefined } }) };
};

describe('import-handlers', () => {
  it('previews a file as the CLI reads it, writing nothing', async () => {
    const { dataDir, handlers: h } = handlers();
    const summary = await h['collection:import-preview']({ source: { kind: 'text', text: fixtureText('insomnia-v5.yaml'), fileName: 'Shop.insomnia.yaml' } });
    expect(summary).toMatchObject({ format: 'insomnia', name: 'Shop API', folders: ['Items'], requestCount: 4, environments: ['Staging'] });
    expect(summary.dropped).toContain('1 cookie of the cookie jar was left out.');
    expect(existsSync(path.join(dataDir, 'collections'))).toBe(false);
  });

  it('imports a Bruno folder sent file by file, with its environments', async () => {
    const { dataDir, handlers: h } = handlers();
    const preview = await h['collection:import-preview']({ source: { kind: 'files', name: 'bruno-shop', files: fixtureFolder('bruno-shop') } });
    expect(preview).toMatchObject({ format: 'bruno', name: 'Shop API', requestCount: 7, environments: ['Local', 'Staging'] });
    const { id } = await h['collection:import']({ source: { kind: 'files', name: 'bruno-shop', files: fixtureFolder('bruno-shop') } });
    expect(readdirSync(path.join(dataDir, 'collections', id, 'environments')).sort()).toEqual(['local.json', 'staging.json']);
    const listing = await h['collection:list']({});
    const shop = listing.collections.find((c) => c.id === id);
    expect(shop?.children.map((c) => c.kind)).toEqual(['folder', 'request', 'request', 'request', 'request']);
  });

  it('names pasted curl as before, and says what to do with text of no known format', async () => {
    const { handlers: h } = handlers();
    expect(await h['collection:import-preview']({ source: { kind: 'text', text: 'curl https://x.test/a' } })).toMatchObject({ format: 'curl', name: 'Pasted curl', requestCount: 1 });
    await expect(h['collection:import-preview']({ source: { kind: 'text', text: '{"hello": 1}' } })).rejects.toThrow(/Could not tell what the pasted text is: .* Choose its format in the list/);
    await expect(h['collection:import-preview']({ source: { kind: 'text', text: '{"hello": 1}', format: 'har' } })).rejects.toThrow(/The pasted text: This is not a HAR file/);
    await expect(h['collection:import-preview']({ source: { kind: 'text', text: '{\n  "_type": "export",\n  "resources": [\n}', fileName: 'cut.json' } })).rejects.toThrow(/^The file cut is not valid JSON at line 4, column 1/);
  });
});

describe('import-handlers: OpenAPI security', () => {
  const spec = {
    openapi: '3.0.2',
    info: { title: 'Notes', version: '1' },
    servers: [{ url: 'http://127.0.0.1:9' }],
    components: { securitySchemes: { notesKey: { type: 'apiKey', in: 'header', name: 'X-Notes-Key' }, mtls: { type: 'mutualTLS' } } },
    paths: {
      '/notes': { get: { security: [{ notesKey: [] }], responses: { '200': { description: 'OK' } } } },
      '/tags': { get: { security: [{ notesKey: [] }], responses: { '200': { description: 'OK' } } } },
      '/certs': { get: { security: [{ mtls: [] }], responses: { '200': { description: 'OK' } } } },
    },
  };
  const collectionFile = (dataDir: string, id: string): unknown => JSON.parse(readFileSync(path.join(dataDir, 'collections', id, 'collection.json'), 'utf8'));

  it('previews and imports pasted OpenAPI with its security as the collection auth, and what it could not carry', async () => {
    const { dataDir, handlers: h } = handlers();
    const source = { kind: 'text' as const, text: JSON.stringify(spec), fileName: 'notes.json' };
    const preview = await h['collection:import-preview']({ source });
    expect(preview.dropped).toEqual([expect.stringMatching(/^Auth not carried for GET \/certs: "mtls" is mutual TLS/)]);
    const { id } = await h['collection:import']({ source });
    expect(collectionFile(dataDir, id)).toMatchObject({ auth: { type: 'apikey', name: 'X-Notes-Key', value: '{{notesKey.apiKey}}', in: 'header' }, variables: [{ key: 'baseUrl' }, { key: 'notesKey.apiKey', secret: true }] });
  });

  it('gives "New collection from this spec" (a tree made in the app) the same auth as the import', async () => {
    const { dataDir, handlers: h } = handlers();
    const { tree } = collectionFromSpec(normalizeDocument(spec).model, { kind: 'url', location: 'http://127.0.0.1:9/openapi.json' });
    const fromTree = await h['collection:import']({ source: { kind: 'tree', tree } });
    const fromText = await h['collection:import']({ source: { kind: 'text', text: JSON.stringify(spec), fileName: 'notes.json' } });
    // Only the spec's source differs: the app names the URL it loaded, the paste a file.
    const withoutSource = (file: unknown): unknown => ({ ...(file as Record<string, unknown>), spec: undefined });
    const madeInApp = withoutSource(collectionFile(dataDir, fromTree.id)) as Record<string, unknown>;
    expect(madeInApp).toEqual(withoutSource(collectionFile(dataDir, fromText.id)));
    expect(madeInApp['auth']).toMatchObject({ type: 'apikey', value: '{{notesKey.apiKey}}' });
  });
});

describe('import-handlers: a Postman export imported back in the app', () => {
  const spec = {
    openapi: '3.0.2',
    info: { title: 'Books', version: '1' },
    servers: [{ url: 'http://127.0.0.1:9' }],
    paths: {
      '/books': { post: { tags: ['books'], responses: { '201': { description: 'Created' } } } },
      '/books/{id}': { get: { tags: ['books'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': { description: 'OK' } } } },
    },
  };
  const filesOf = (dir: string): Record<string, unknown> => {
    const walk = (at: string): [string, unknown][] =>
      readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(at, entry.name);
        return entry.isDirectory() ? walk(full) : [[path.relative(dir, full), JSON.parse(readFileSync(full, 'utf8')) as unknown]];
      });
    return Object.fromEntries(walk(dir));
  };

  it('gives back the same files, spec and operation links included, and a preview that does not warn of spec checks', async () => {
    const { dataDir, handlers: h } = handlers();
    const { tree } = collectionFromSpec(normalizeDocument(spec).model, { kind: 'url', location: 'http://127.0.0.1:9/openapi.json' });
    const withChecks = { ...tree, items: tree.items.map((item) => (item.kind === 'folder' ? { ...item, items: item.items.map((child) => (child.kind === 'request' ? { ...child, request: { ...child.request, assertions: [{ type: 'conforms' }] } } : child)) } : item)) };
    const original = await h['collection:import']({ source: { kind: 'tree', tree: withChecks } });
    const exported = await h['collection:export']({ id: original.id, format: 'postman' });
    const source = { kind: 'text' as const, text: exported.text, fileName: exported.fileName };
    const preview = await h['collection:import-preview']({ source });
    expect(preview.dropped).toEqual([]);
    const back = await h['collection:import']({ source });
    expect(filesOf(path.join(dataDir, 'collections', back.id))).toEqual(filesOf(path.join(dataDir, 'collections', original.id)));
  });
});
