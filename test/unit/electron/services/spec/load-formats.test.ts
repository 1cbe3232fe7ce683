import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../../../electron/services/spec/load-spec';

const specs = path.resolve('test/fixtures/specs');

describe('load-formats', () => {
  it('normalizes Swagger 2.0 into the same model: servers, bodies, forms and security schemes', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'petstore-2.0.yaml') });
    const { model } = loaded;
    expect(loaded.problems).toEqual([]);
    expect(model.servers.map((s) => s.url)).toEqual(['https://pets.example.com/v1']);
    expect(model.securitySchemes).toEqual({
      basicAuth: { type: 'http', scheme: 'basic' },
      apiKey: { type: 'apiKey', name: 'X-API-Key', in: 'header' },
      oauth: {
        type: 'oauth2',
        flows: { authorizationCode: { authorizationUrl: 'https://example.com/oauth/authorize', tokenUrl: 'https://example.com/oauth/token', scopes: { 'read:pets': 'Read pets' } } },
      },
    });
    const byId = new Map(model.operations.map((op) => [op.operationId, op]));
    expect(byId.get('listPets')?.security).toEqual([{ apiKey: [] }]);
    expect(byId.get('createPet')?.security).toEqual([{ oauth: ['read:pets'] }]);
    expect(byId.get('createPet')?.requestBody?.content[0]?.mediaType).toBe('application/json');
    expect(byId.get('uploadPhoto')?.requestBody?.content[0]?.mediaType).toBe('multipart/form-data');
    expect(byId.get('uploadPhoto')?.parameters.map((p) => p.name)).toEqual(['petId']);
    expect(model.externalDocs).toEqual({ url: 'https://example.com/docs', description: 'The manual' });
    expect(model.recursiveDefs).toEqual(['#/definitions/Pet']);
  });

  it('lists 3.1 webhooks marked as such, with externalDocs, deprecation and 2020-12 keywords', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'webhooks-3.1.yaml') });
    const { model } = loaded;
    expect(loaded.problems).toEqual([]);
    expect(model.operations.map((op) => op.key)).toEqual(['GET /trees']);
    expect(model.webhooks?.map((op) => [op.key, op.webhook, op.operationId])).toEqual([['POST webhook:newPet', true, 'newPetHook']]);
    const tree = model.operations[0];
    expect(tree?.deprecated).toBe(true);
    expect(tree?.externalDocs).toEqual({ url: 'https://example.com/trees', description: 'About trees' });
    expect(model.recursiveDefs).toEqual(['#/components/schemas/Node']);
    expect(model.securitySchemes?.['bearer']).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(model.schemaDefs['#/components/schemas/Event']).toMatchObject({ properties: { kind: { const: 'pet.created' } } });
    expect(Object.keys(model.schemaDefs)).toContain('#/components/schemas/Event/$defs/Payload');
  });

  it('loads mutually recursive schemas as a finite model and marks the cycle', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'circular-3.0.json') });
    expect(loaded.model.recursiveDefs).toEqual(['#/components/schemas/A', '#/components/schemas/B']);
    expect(() => JSON.stringify(loaded.model)).not.toThrow();
  });

  it('validates a 300-schema reference chain in full: 3.x documents are validated with their $refs kept', async () => {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 300; i += 1) schemas[`T${i}`] = { type: 'object', properties: { next: { $ref: `#/components/schemas/T${(i + 1) % 300}` } } };
    const doc = { openapi: '3.0.3', info: { title: 'Chain', version: '1' }, paths: { '/t': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/T0' } } } } } } } }, components: { schemas } };
    const loaded = await loadSpec({ kind: 'text', text: JSON.stringify(doc), name: 'chain.json' });
    expect(loaded.problems).toEqual([]);
    expect(loaded.model.recursiveDefs).toHaveLength(300);
  });

  it('carries XSS payloads as inert strings and never pollutes a prototype', async () => {
    const loaded = await loadSpec({ kind: 'file', path: path.join(specs, 'xss-payloads.json') });
    const { model } = loaded;
    expect(model.title).toContain('<img');
    expect(model.termsOfService).toBe('javascript:window.__pwned=1');
    expect(model.operations[0]?.externalDocs?.url).toBe('javascript:window.__pwned=1');
    const item = model.schemaDefs['#/components/schemas/Item'] as { properties: Record<string, unknown> };
    expect(Object.keys(item.properties)).toEqual(['__proto__', 'constructor', 'name']);
    expect(Object.getPrototypeOf(item.properties)).toBe(Object.prototype);
    expect(Object.keys(model.securitySchemes ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(model.securitySchemes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['name']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('type');
  });

  it('gives validation problems their line in JSON and YAML documents', async () => {
    const json = await loadSpec({ kind: 'file', path: path.join(specs, 'invalid-but-parses.json') });
    const info = json.problems.find((p) => p.pointer === '#/info');
    expect(info?.line).toBeGreaterThan(0);
    const yamlText = 'openapi: 3.0.3\ninfo:\n  title: Bad\n  version: "1"\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          descriptionX: missing\n';
    const yaml = await loadSpec({ kind: 'text', text: yamlText, name: 'bad.yaml' });
    const response = yaml.problems.find((p) => p.pointer === '#/paths/~1x/get/responses/200');
    expect(response?.line).toBe(10);
  });
});
