import { describe, expect, it } from 'vitest';
import { fromBruno } from '../../../../shared/collections/bruno-import';
import { flattenRequests } from '../../../../shared/collections/collection-tree';
import { fixtureFolder } from '../../../support/importer-fixtures';

describe('bruno-import', () => {
  const outcome = fromBruno(fixtureFolder('bruno-shop'), 'bruno-shop');
  if (!outcome.ok) throw new Error(outcome.message);
  const { tree, warnings } = outcome;
  const request = (name: string) => flattenRequests(tree.items).find((r) => r.request.name === name)?.request;

  it('names the collection from bruno.json and orders folders and requests by seq', () => {
    expect(tree.collection).toMatchObject({ name: 'Shop API', description: "The shop's calls, from Bruno.", variables: [{ key: 'itemsPath', value: '/items' }], auth: { type: 'none' } });
    expect(flattenRequests(tree.items).map((r) => [...r.path, r.request.name].join(' / '))).toEqual(['Items / List items', 'Items / Create item', 'Items / Get item', 'Log in', 'Upload', 'Reports', 'Search']);
  });

  it('carries folder auth, collection headers, path parameters, settings and query strings', () => {
    const folder = tree.items[0];
    expect(folder?.kind === 'folder' && folder.folder).toMatchObject({ name: 'Items', auth: { type: 'apikey', name: 'X-API-Key', value: '{{apiKey}}', in: 'header' } });
    expect(request('List items')).toMatchObject({ method: 'GET', url: '{{baseUrl}}/items?limit=10', auth: { type: 'inherit' }, headers: [{ name: 'X-Client', value: 'bruno-import' }, { name: 'Accept', value: 'application/json' }] });
    expect(request('Get item')).toMatchObject({ url: '{{baseUrl}}/items/{{createdId}}', settings: { followRedirects: false, timeoutMs: 5000 } });
  });

  it('imports each body mode and auth', () => {
    expect(request('Create item')?.body).toEqual({ mode: 'raw', mediaType: 'application/json', text: '{\n  "name": "lamp",\n  "price": 12\n}' });
    expect(request('Create item')?.headers.some((h) => h.name === 'Content-Type')).toBe(false);
    expect(request('Reports')?.auth).toEqual({ type: 'digest', username: 'ada', password: 'x' });
    expect(request('Log in')).toMatchObject({ auth: { type: 'basic', username: 'ada', password: 'lovelace-1815' }, body: { mode: 'urlencoded', fields: [{ name: 'user', value: 'ada' }, { name: 'remember', value: 'yes', disabled: true }] } });
    expect(request('Upload')).toMatchObject({ auth: { type: 'bearer', token: '{{token}}' }, body: { mode: 'form-data', parts: [{ name: 'note', value: 'hello' }, { name: 'meta', value: '{"kind":"picture"}', mediaType: 'application/json' }, { name: 'file', file: 'pictures/lamp.png' }] } });
    const search = request('Search')?.body;
    expect(JSON.parse(search?.mode === 'raw' ? search.text : '{}')).toEqual({ query: 'query Items($first: Int) {\n  items(first: $first) { id name }\n}', variables: { first: 5 } });
  });

  it('maps assert blocks and post-response variables to assertions and captures', () => {
    expect(request('List items')?.assertions).toEqual([
      { type: 'status', equals: 200 },
      { type: 'header', name: 'content-type', op: 'matches', value: 'application/json' },
      { type: 'json', path: '$.items', op: 'type', value: 'array' },
      { type: 'json', path: '$.items[0].name', op: 'type', value: 'string' },
      { type: 'response-time', belowMs: 500 },
    ]);
    expect(request('Create item')?.captures).toEqual([
      { name: 'createdId', from: 'json', path: '$.id' },
      { name: 'createdAt', from: 'header', path: 'location' },
    ]);
  });

  it('brings the environments, secret ones without values', () => {
    expect(tree.environments).toEqual([
      { name: 'Local', variables: [{ key: 'baseUrl', value: 'http://127.0.0.1:8000' }, { key: 'apiKey', secret: true }, { key: 'token', secret: true }] },
      { name: 'Staging', variables: [{ key: 'baseUrl', value: 'https://staging.shop.example' }, { key: 'apiKey', secret: true }] },
    ]);
  });

  it('reports scripts, tests and untranslatable checks', () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        'The collection: its pre-request script was left out (Roundtrip runs no scripts).',
        'Request "List items": its tests script was left out (Roundtrip runs no scripts).',
        'Request "Log in": its post-response script was left out (Roundtrip runs no scripts).',
        'Request "List items": the assertion "res.body.items.length: gt 0" has no Roundtrip equivalent; it was left out.',
        'Request "Create item": the post-response variable "firstTag: res.body.tags.filter(t => t.primary)[0]" is an expression Roundtrip cannot capture; it was left out.',
        'Environment "Local": the disabled variable "debug" was left out.',
      ]),
    );
    expect(warnings).toHaveLength(6);
  });

  it('refuses a folder without Bruno files and names a broken .bru file', () => {
    expect(fromBruno([{ path: 'readme.md', text: '# hi' }])).toEqual({ ok: false, message: expect.stringContaining('not a Bruno collection') });
    expect(fromBruno([{ path: 'x/broken.bru', text: 'meta {\n  name: x\n' }])).toEqual({ ok: false, message: expect.stringMatching(/^x\/broken\.bru is not a valid \.bru file: the block "meta" opened on line 1 is never closed/) });
  });

  it('leaves out WebSocket and gRPC requests with a note', () => {
    const out = fromBruno([{ path: 'feed.bru', text: 'meta {\n  name: Feed\n  type: ws\n}\n\nws {\n  url: ws://x\n}\n' }], 'c');
    expect(out.ok && out.tree.items).toEqual([]);
    expect(out.ok && out.warnings).toEqual(['Request "Feed" (feed.bru) is a ws request, which Roundtrip does not send; it was left out.']);
  });
});
