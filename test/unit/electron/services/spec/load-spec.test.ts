import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, openSpec } from '../../../../../electron/services/spec/load-spec';
import type { SpecOutline } from '../../../../../shared/model/api-model';
import { userFacingRejection } from '../../../../support/user-facing-rejection';

const specs = path.resolve('test/fixtures/specs');

// Over a megabyte, with every response schema in another file on the same host.
const largeMultiFile = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Split', version: '1' },
  paths: Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`/things/${i}`, {
    get: { summary: 'x'.repeat(900), responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas.json#/Thing' } } } } } },
  }])),
});
let outlineSent = false;
const schemaFetchedAfterOutline: boolean[] = [];

describe('load-spec', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/large-multi-file.json') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(largeMultiFile);
      } else if (request.url === '/schemas.json') {
        // Whether the outline was already out when the bundler came for the other file.
        schemaFetchedAfterOutline.push(outlineSent);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ Thing: { type: 'object', properties: { id: { type: 'string' } } } }));
      } else if (request.url === '/openapi.yaml') {
        void readFile(path.join(specs, 'pets-3.0.yaml')).then((body) => response.writeHead(200, { 'Content-Type': 'application/yaml' }).end(body));
      } else {
        response.writeHead(404).end('nope');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads a YAML file into the model with recursive schemas kept as refs', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'pets-3.0.yaml') });
    expect(loaded.problems).toEqual([]);
    expect(loaded.origin.kind).toBe('file');
    expect(loaded.model.title).toBe('Pets');
    expect(loaded.model.operations.map((op) => op.key)).toEqual(['GET /pets', 'POST /pets', 'DELETE /pets/{petId}']);
    expect(Object.keys(loaded.model.schemaDefs)).toContain('#/components/schemas/Pet');
    expect(() => JSON.stringify(loaded)).not.toThrow();
  });

  it('inlines external files of a multi-file document', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'multi-file/openapi.yaml') });
    const op = loaded.model.operations[0];
    expect(op?.operationId).toBe('createOrder');
    expect(JSON.stringify(loaded.model)).toContain('quantity');
  });

  it('loads a document by URL', async () => {
    const loaded = await loadSpec({ kind: 'url', url: `${base}/openapi.yaml` });
    expect(loaded.origin).toEqual({ kind: 'url', location: `${base}/openapi.yaml` });
    expect(loaded.model.operations).toHaveLength(3);
  });

  it('opens a document that fails validation, listing its problems with pointers', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'invalid-but-parses.json') });
    expect(loaded.model.operations).toHaveLength(1);
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(loaded.problems.some((problem) => problem.pointer === '#/info')).toBe(true);
  });

  it('refuses an invalid document in strict mode', async () => {
    const error = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, { strict: true }));
    expect(error.code).toBe('spec-invalid');
    expect(error.message).toContain('strict mode refuses it');
  });

  it('reports syntax errors with line and column', async () => {
    const yamlError = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(specs, 'broken-syntax.yaml') }));
    expect(yamlError.message).toMatch(/broken-syntax\.yaml is not valid YAML at line \d+, column \d+/);
    const jsonError = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(specs, 'broken-syntax.json') }));
    expect(jsonError.message).toMatch(/broken-syntax\.json is not valid JSON at line 4, column \d+/);
  });

  it('refuses documents that are not OpenAPI', async () => {
    const error = await userFacingRejection(loadSpec({ kind: 'file', path: path.join(specs, 'not-openapi.json') }));
    expect(error.code).toBe('spec-not-openapi');
  });

  it('explains a missing file, a non-document file, a 404 and a closed port', async () => {
    expect((await userFacingRejection(loadSpec({ kind: 'file', path: '/nonexistent/openapi.yaml' }))).message).toBe('Could not open /nonexistent/openapi.yaml (no such file). Check the path and try again.');
    expect((await userFacingRejection(loadSpec({ kind: 'file', path: '/etc/passwd' }))).code).toBe('spec-file-type');
    expect((await userFacingRejection(loadSpec({ kind: 'url', url: `${base}/missing.json` }))).message).toContain('answered 404');
    const refused = await userFacingRejection(loadSpec({ kind: 'url', url: 'http://127.0.0.1:9/openapi.json' }));
    expect(refused.message).toBe('Could not reach http://127.0.0.1:9/openapi.json (connection refused). Is the server running?');
    expect((await userFacingRejection(loadSpec({ kind: 'url', url: 'file:///etc/passwd' }))).code).toBe('invalid-url');
  });

  it('loads pasted text without touching the disk for references', async () => {
    const text = await readFile(path.join(specs, 'pets-3.0.yaml'), 'utf8');
    const loaded = await loadSpec({ kind: 'text', text, name: 'pasted.yaml' });
    expect(loaded.origin).toEqual({ kind: 'text', location: 'pasted.yaml' });
    const error = await userFacingRejection(loadSpec({ kind: 'text', text: 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /x:\n    $ref: "/etc/passwd"\n', name: 'evil.yaml' }));
    expect(error.code).toBe('spec-ref-refused');
  });

  it('sends a large multi-file document\'s outline before it fetches the other files, equal to the model\'s list', async () => {
    let outline: SpecOutline | undefined;
    const opened = await openSpec({ kind: 'url', url: `${base}/large-multi-file.json` }, {
      onOutline: (sent) => {
        outlineSent = true;
        outline = sent;
      },
    });
    expect(schemaFetchedAfterOutline).toEqual([true]);
    expect(outline?.operations.map((op) => op.key)).toEqual(opened.spec.model.operations.map((op) => op.key));
    expect(outline?.operations).toHaveLength(1200);
    expect(JSON.stringify(opened.spec.model.schemaDefs)).toContain('"id"');
  });

  it('still refuses a large document nested too deep after its outline went out, and loads nothing', async () => {
    const deep = `${'{"items":'.repeat(5000)}{}${'}'.repeat(5000)}`;
    const paths = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`/deep/${i}`, { get: { summary: 'y'.repeat(900) } }]));
    const text = `${JSON.stringify({ openapi: '3.0.3', info: { title: 'Deep', version: '1' }, paths }).slice(0, -1)},"components":{"schemas":{"Deep":${deep}}}}`;
    const outlines: number[] = [];
    const error = await userFacingRejection(openSpec({ kind: 'text', text, name: 'deep.json' }, { onOutline: (outline) => outlines.push(outline.operations.length) }));
    expect(error.code).toBe('spec-too-deep');
    expect(outlines).toEqual([1200]);
  });
});

describe('problems of a document with dangling references', () => {
  it('counts a $ref that points at nothing once, at the $ref, once validation has named it', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'dangling-refs.json') });
    expect(loaded.problems.map((p) => `${p.severity} ${p.pointer ?? ''}`)).toEqual([
      'error #/paths/~1books/post/requestBody/content/application~1json/schema/$ref',
      'error #/components/schemas/Book/properties/authors/items/$ref',
    ]);
  });
});
