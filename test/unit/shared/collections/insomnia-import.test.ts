import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { flattenRequests } from '../../../../shared/collections/collection-tree';
import { fromInsomnia } from '../../../../shared/collections/insomnia-import';
import { fromInsomniaTemplate } from '../../../../shared/collections/insomnia-template';
import { fixtureText } from '../../../support/importer-fixtures';

const v4 = fromInsomnia(JSON.parse(fixtureText('insomnia-v4.json')));
const v5 = fromInsomnia(YAML.parse(fixtureText('insomnia-v5.yaml')));

describe('insomnia-import', () => {
  it.each([
    ['v4', v4],
    ['v5', v5],
  ])('reads the %s export: workspace, folders in sort order, base environment as variables', (_version, outcome) => {
    if (!outcome.ok) throw new Error(outcome.message);
    const { tree } = outcome;
    expect(tree.collection).toMatchObject({ name: 'Shop API', description: "The shop's calls, from Insomnia." });
    expect(tree.collection.variables).toEqual(expect.arrayContaining([{ key: 'baseUrl', value: 'http://127.0.0.1:8000' }, { key: 'paging.size', value: '20' }]));
    const folder = tree.items[0];
    expect(folder?.kind === 'folder' && folder.folder).toMatchObject({ name: 'Items', auth: { type: 'apikey', name: 'X-API-Key', value: '{{apiKey}}', in: 'header' }, variables: [{ key: 'itemsPath', value: '/items' }] });
    const requests = flattenRequests(tree.items);
    expect(requests.slice(0, 4).map((r) => [...r.path, r.request.name].join(' / '))).toEqual(['Items / List items', 'Items / Create item', 'Items / Get item', 'Log in']);
    const byName = (name: string) => requests.find((r) => r.request.name === name)?.request;
    expect(byName('List items')).toMatchObject({ method: 'GET', url: '{{baseUrl}}/items?limit=10', description: 'Every item, newest first.' });
    // Folder headers go to each request inside it (Roundtrip's folders hold none).
    expect(byName('List items')?.headers.slice(0, 2)).toEqual([{ name: 'X-Client', value: 'insomnia-import' }, { name: 'Accept', value: 'application/json' }]);
    expect(byName('Create item')).toMatchObject({ method: 'POST', body: { mode: 'raw', mediaType: 'application/json', text: '{\n  "name": "lamp",\n  "price": 12\n}' } });
    expect(byName('Get item')).toMatchObject({ url: '{{baseUrl}}/items/42', settings: { followRedirects: false } });
    expect(byName('Log in')).toMatchObject({ auth: { type: 'basic', username: 'ada', password: 'lovelace-1815' }, body: { mode: 'urlencoded', fields: [{ name: 'user', value: 'ada' }, { name: 'remember', value: 'yes', disabled: true }] }, headers: [] });
    // apiKey is the folder's API key value: secret, so its file names it without the value.
    expect(tree.environments).toEqual([{ name: 'Staging', variables: [{ key: 'baseUrl', value: 'https://staging.shop.example' }, { key: 'apiKey', value: 'stg-key-0001', secret: true }] }]);
    expect(outcome.warnings).toEqual(expect.arrayContaining(['Request "List items": its after-response script was left out (Roundtrip runs no scripts).', '1 websocket request left out (Roundtrip imports HTTP requests, folders and environments).', '1 cookie of the cookie jar was left out.']));
  });

  it('converts v4 bodies, bearer and digest auth, template tags, and reports disabled parameters', () => {
    if (!v4.ok) throw new Error(v4.message);
    const byName = (name: string) => flattenRequests(v4.tree.items).find((r) => r.request.name === name)?.request;
    expect(byName('Upload')).toMatchObject({ auth: { type: 'bearer', token: '{{token}}' }, body: { mode: 'form-data', parts: [{ name: 'note', value: 'hello' }, { name: 'file', file: '/home/ada/pictures/lamp.png' }] }, headers: [] });
    expect(byName('List items')?.headers).toContainEqual({ name: 'X-Request-Id', value: '{{$guid}}' });
    expect(byName('Reports (digest)')?.auth).toEqual({ type: 'digest', username: 'ada', password: 'x' });
    expect(v4.warnings.join('\n')).not.toContain('uses digest auth');
    expect(v4.warnings).toEqual(
      expect.arrayContaining([
        'Request "List items": the disabled query parameter "debug" was left out.',
        'Request "Create item": its pre-request script was left out (Roundtrip runs no scripts).',
        expect.stringMatching(/^Request "Get item": the template tag "\{% response 'header'/),
      ]),
    );
  });

  it('refuses what is not an Insomnia export, and older export formats', () => {
    expect(fromInsomnia({ info: {}, item: [] })).toEqual({ ok: false, message: expect.stringContaining('This is not an Insomnia export') });
    expect(fromInsomnia({ _type: 'export', __export_format: 3, resources: [] })).toEqual({ ok: false, message: expect.stringContaining('format 3, which Roundtrip does not read') });
  });

  it('puts several workspaces in one folder each', () => {
    const doc = { _type: 'export', __export_format: 4, resources: [
      { _id: 'w1', _type: 'workspace', name: 'One', parentId: null },
      { _id: 'w2', _type: 'workspace', name: 'Two', parentId: null },
      { _id: 'r1', _type: 'request', parentId: 'w2', name: 'Ping', method: 'GET', url: 'http://x/ping' },
    ] };
    const out = fromInsomnia(doc, 'export');
    expect(out.ok && out.tree.collection.name).toBe('export');
    expect(out.ok && out.tree.items.map((i) => (i.kind === 'folder' ? [i.folder.name, i.items.length] : []))).toEqual([['One', 0], ['Two', 1]]);
  });
});

describe('insomnia-import keys', () => {
  it("makes an Idempotency-Key header the request's key: a {% uuid %} one fresh per send", () => {
    const doc = { _type: 'export', __export_format: 4, resources: [
      { _id: 'w', _type: 'workspace', name: 'W', parentId: null },
      { _id: 'r', _type: 'request', parentId: 'w', name: 'Pay', method: 'POST', url: 'http://x/pay', headers: [{ name: 'Idempotency-Key', value: "{% uuid 'v4' %}" }] },
    ] };
    const out = fromInsomnia(doc);
    const item = out.ok ? out.tree.items[0] : undefined;
    expect(item?.kind === 'request' && item.request).toMatchObject({ headers: [], idempotencyKey: { policy: 'auto', header: 'Idempotency-Key' } });
  });
});

describe('insomnia-import oauth2', () => {
  it('keeps the OAuth 2.0 audience Insomnia asks the token for', () => {
    const authentication = { type: 'oauth2', grantType: 'authorization_code', authorizationUrl: 'https://id/authorize', accessTokenUrl: 'https://id/oauth/token', clientId: 'app', scope: 'read', audience: 'https://api.example.com' };
    const doc = { _type: 'export', __export_format: 4, resources: [
      { _id: 'w', _type: 'workspace', name: 'W', parentId: null },
      { _id: 'r', _type: 'request', parentId: 'w', name: 'Me', method: 'GET', url: 'http://x/me', authentication },
    ] };
    const out = fromInsomnia(doc);
    const item = out.ok ? out.tree.items[0] : undefined;
    expect(item?.kind === 'request' && item.request.auth).toEqual({ type: 'oauth2', grantType: 'authorization_code', authUrl: 'https://id/authorize', accessTokenUrl: 'https://id/oauth/token', clientId: 'app', scope: 'read', audience: 'https://api.example.com' });
  });
});

describe('insomnia-template', () => {
  it('turns Nunjucks variables and known tags into Roundtrip variables', () => {
    const dropped: string[] = [];
    expect(fromInsomniaTemplate("{{ _.base_url }}/a/{{name}}?t={% now 'iso-8601', '' %}&u={% uuid 'v4' %}", 'R', dropped)).toBe('{{base_url}}/a/{{name}}?t={{$isoTimestamp}}&u={{$guid}}');
    expect(dropped).toEqual([]);
    expect(fromInsomniaTemplate("{% base64 'encode', 'normal', 'x' %}", 'R', dropped)).toBe("{% base64 'encode', 'normal', 'x' %}");
    expect(dropped).toEqual(['R: the template tag "{% base64 \'encode\', \'normal\', \'x\' %}" is kept as typed; Roundtrip does not run Insomnia\'s template tags.']);
  });
});
