import { describe, expect, it } from 'vitest';
import { securityForImport } from '../../../../shared/collections/openapi-auth';
import { collectionFromSpec, requestForAddedOperation } from '../../../../shared/collections/openapi-import';
import { flattenRequests } from '../../../../shared/collections/collection-tree';
import { treeForDisk } from '../../../../shared/collections/secrets';
import { resolveRequest } from '../../../../shared/request/resolve-request';
import { fileVariablesScope, recordScope } from '../../../../shared/request/variable-scopes';
import { normalizeDocument } from '../../../../shared/spec/normalize-document';

const ok = { '200': { description: 'OK' } };
const notesKey = { type: 'apiKey', in: 'header', name: 'X-Notes-Key' };

/** The model of a small OpenAPI 3.0 document with these schemes, global security and paths. */
function model(securitySchemes: Record<string, unknown>, paths: Record<string, unknown>, security?: unknown[]) {
  return normalizeDocument({ openapi: '3.0.3', info: { title: 'Notes', version: '1' }, servers: [{ url: 'http://127.0.0.1:9' }], components: { securitySchemes }, ...(security ? { security } : {}), paths }).model;
}

const get = (extra: Record<string, unknown> = {}) => ({ get: { responses: ok, ...extra } });

describe('openapi-auth', () => {
  it('puts global security on the collection and lets each request inherit it, the key as a declared secret variable', () => {
    const imported = securityForImport(model({ notesKey }, { '/notes': get(), '/tags': get() }, [{ notesKey: [] }]), ['baseUrl']);
    expect(imported.collectionAuth).toEqual({ type: 'apikey', name: 'X-Notes-Key', value: '{{notesKey.apiKey}}', in: 'header' });
    expect(imported.requests.get('GET /notes')).toEqual({ auth: { type: 'inherit' } });
    expect(imported.requests.get('GET /tags')).toEqual({ auth: { type: 'inherit' } });
    expect(imported.variables).toEqual([{ key: 'notesKey.apiKey', secret: true, description: 'API key sent as the header X-Notes-Key (security scheme "notesKey")' }]);
    expect(imported.notes).toEqual([]);
  });

  it('finds the collection auth from operations that each state it (as FastAPI writes a global dependency)', () => {
    const imported = securityForImport(model({ APIKeyHeader: notesKey }, { '/notes': get({ security: [{ APIKeyHeader: [] }] }), '/tags': get({ security: [{ APIKeyHeader: [] }] }), '/health': get() }));
    expect(imported.collectionAuth).toMatchObject({ type: 'apikey', value: '{{APIKeyHeader.apiKey}}' });
    expect(imported.requests.get('GET /notes')?.auth).toEqual({ type: 'inherit' });
    // A public operation next to protected ones must not inherit the key.
    expect(imported.requests.get('GET /health')?.auth).toEqual({ type: 'none' });
  });

  it('gives an operation that needs another scheme its own auth, and `security: []` an explicit none', () => {
    const schemes = { notesKey, bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } };
    const imported = securityForImport(model(schemes, { '/notes': get(), '/tags': get(), '/admin': get({ security: [{ bearerAuth: [] }] }), '/health': get({ security: [] }) }, [{ notesKey: [] }]));
    expect(imported.collectionAuth).toMatchObject({ type: 'apikey' });
    expect(imported.requests.get('GET /admin')?.auth).toEqual({ type: 'bearer', token: '{{bearerAuth.token}}' });
    expect(imported.requests.get('GET /health')?.auth).toEqual({ type: 'none' });
    expect(imported.variables.map((v) => v.key)).toEqual(['notesKey.apiKey', 'bearerAuth.token']);
  });

  it('leaves the collection without auth on a tie, each request with its own', () => {
    const imported = securityForImport(model({ notesKey, jwt: { type: 'http', scheme: 'bearer' } }, { '/a': get({ security: [{ notesKey: [] }] }), '/b': get({ security: [{ jwt: [] }] }) }));
    expect(imported.collectionAuth).toBeUndefined();
    expect(imported.requests.get('GET /a')?.auth).toMatchObject({ type: 'apikey' });
    expect(imported.requests.get('GET /b')?.auth).toMatchObject({ type: 'bearer' });
  });

  it('leaves the collection without auth when most operations need none', () => {
    const imported = securityForImport(model({ notesKey }, { '/a': get(), '/b': get(), '/c': get({ security: [{ notesKey: [] }] }) }));
    expect(imported.collectionAuth).toBeUndefined();
    expect(imported.requests.get('GET /a')?.auth).toEqual({ type: 'inherit' });
    expect(imported.requests.get('GET /c')?.auth).toMatchObject({ type: 'apikey', value: '{{notesKey.apiKey}}' });
  });

  it('takes the first alternative the collection can hold, and no auth when {} comes first', () => {
    const schemes = { mtls: { type: 'mutualTLS' }, notesKey, basicAuth: { type: 'http', scheme: 'basic' } };
    const imported = securityForImport(model(schemes, { '/a': get({ security: [{ mtls: [] }, { notesKey: [] }, { basicAuth: [] }] }), '/b': get({ security: [{}, { notesKey: [] }] }) }));
    expect(imported.requests.get('GET /a')?.auth).toMatchObject({ type: 'apikey', name: 'X-Notes-Key' });
    expect(imported.requests.get('GET /b')?.auth).toEqual({ type: 'none' });
    // The skipped alternative needs nothing of the person: the chosen one is enough.
    expect(imported.notes).toEqual([]);
    expect(imported.variables.map((v) => v.key)).toEqual(['notesKey.apiKey']);
  });

  it('names what it cannot carry (mutual TLS, two schemes together, an unknown scheme) with what to do, and saves those requests without auth', () => {
    const schemes = { notesKey, mtls: { type: 'mutualTLS' }, other: { type: 'apiKey', in: 'header', name: 'X-Other-Key' } };
    const imported = securityForImport(
      model(schemes, { '/a': get(), '/b': get(), '/c': get(), '/certs': get({ security: [{ mtls: [] }] }), '/both': get({ security: [{ notesKey: [], other: [] }] }), '/ghost': get({ security: [{ ghost: [] }] }) }, [{ notesKey: [] }]),
    );
    expect(imported.requests.get('GET /certs')?.auth).toEqual({ type: 'none' });
    expect(imported.requests.get('GET /both')?.auth).toEqual({ type: 'none' });
    expect(imported.notes).toEqual([
      'Auth not carried for GET /certs: "mtls" is mutual TLS (a client certificate, not an auth): add a client certificate for the API\'s host under Certificates, or in the collection\'s tls block. Saved without auth.',
      'Auth not carried for GET /both: "notesKey" and "other" together (a request holds one auth): add the others\' credentials to the requests by hand. Saved without auth.',
      'Auth not carried for GET /ghost: the document declares no security scheme "ghost": add the auth the API expects to the collection by hand. Saved without auth.',
    ]);
  });

  it('lists the operations a note concerns once, however many there are', () => {
    const imported = securityForImport(model({ hoba: { type: 'http', scheme: 'HOBA' } }, { '/a': get(), '/b': get(), '/c': get(), '/d': get(), '/e': get() }, [{ hoba: [] }]));
    expect(imported.notes).toEqual(['Auth not carried for GET /a, GET /b, GET /c and 2 more: "hoba" is HTTP HOBA auth, which a collection\'s auth cannot hold: add an "Authorization: HOBA …" header to the requests, its credential as a secret {{variable}}. Saved without auth.']);
    expect(imported.collectionAuth).toBeUndefined();
  });

  it('carries an API key in the query as query auth, and one in a cookie as each request\'s cookie', () => {
    const schemes = { queryKey: { type: 'apiKey', in: 'query', name: 'api_key' }, session: { type: 'apiKey', in: 'cookie', name: 'sid' } };
    const imported = securityForImport(model(schemes, { '/q': get({ security: [{ queryKey: [] }] }), '/q2': get({ security: [{ queryKey: [] }] }), '/c': get({ security: [{ session: [] }] }) }));
    expect(imported.collectionAuth).toEqual({ type: 'apikey', name: 'api_key', value: '{{queryKey.apiKey}}', in: 'query' });
    expect(imported.requests.get('GET /c')).toEqual({ auth: { type: 'none' }, cookies: 'sid={{session.apiKey}}' });
    expect(imported.variables).toContainEqual({ key: 'session.apiKey', secret: true, description: 'API key sent as the cookie sid (security scheme "session")' });
  });

  it('carries HTTP basic, digest and bearer with their credentials as variables (the user name not secret)', () => {
    const schemes = { basicAuth: { type: 'http', scheme: 'basic' }, digestAuth: { type: 'http', scheme: 'Digest' }, jwt: { type: 'http', scheme: 'bearer' } };
    const imported = securityForImport(model(schemes, { '/b': get({ security: [{ basicAuth: [] }] }), '/d': get({ security: [{ digestAuth: [] }] }), '/j': get({ security: [{ jwt: [] }] }) }));
    expect(imported.requests.get('GET /b')?.auth).toEqual({ type: 'basic', username: '{{basicAuth.username}}', password: '{{basicAuth.password}}' });
    expect(imported.requests.get('GET /d')?.auth).toEqual({ type: 'digest', username: '{{digestAuth.username}}', password: '{{digestAuth.password}}' });
    expect(imported.requests.get('GET /j')?.auth).toEqual({ type: 'bearer', token: '{{jwt.token}}' });
    expect(imported.variables.find((v) => v.key === 'basicAuth.username')).toEqual({ key: 'basicAuth.username', description: 'User name for HTTP basic auth (security scheme "basicAuth")' });
    expect(imported.variables.find((v) => v.key === 'basicAuth.password')?.secret).toBe(true);
    expect(imported.variables.find((v) => v.key === 'jwt.token')?.secret).toBe(true);
  });

  it('carries OAuth 2.0: client credentials first, with the scopes the operation asks for and a relative token URL under the base URL', () => {
    const oauth = { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://id.example.com/authorize', tokenUrl: 'https://id.example.com/token', scopes: { read: '', write: '' } }, clientCredentials: { tokenUrl: 'token', scopes: { read: '' } } } };
    const imported = securityForImport(model({ oauth }, { '/r': get({ security: [{ oauth: ['read'] }] }), '/r2': get({ security: [{ oauth: ['read'] }] }), '/w': get({ security: [{ oauth: ['read', 'write'] }] }) }));
    const read = { type: 'oauth2', grantType: 'client_credentials', accessTokenUrl: '{{baseUrl}}/token', clientId: '{{oauth.clientId}}', clientSecret: '{{oauth.clientSecret}}', scope: 'read' };
    expect(imported.collectionAuth).toEqual(read);
    expect(imported.requests.get('GET /w')?.auth).toEqual({ ...read, scope: 'read write' });
    expect(imported.variables).toEqual([
      { key: 'oauth.clientId', description: 'OAuth 2.0 client id (security scheme "oauth")' },
      { key: 'oauth.clientSecret', secret: true, description: 'OAuth 2.0 client secret (security scheme "oauth")' },
    ]);
  });

  it('carries the OAuth 2.0 code flow for a login in the app, and a password flow token as a variable', () => {
    const code = { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://id.example.com/authorize', tokenUrl: 'https://id.example.com/token', scopes: {} } } };
    const password = { type: 'oauth2', flows: { password: { tokenUrl: 'token', scopes: {} } } };
    const imported = securityForImport(model({ code, password }, { '/c': get({ security: [{ code: [] }] }), '/p': get({ security: [{ password: [] }] }) }));
    expect(imported.requests.get('GET /c')?.auth).toEqual({ type: 'oauth2', grantType: 'authorization_code', authUrl: 'https://id.example.com/authorize', accessTokenUrl: 'https://id.example.com/token', clientId: '{{code.clientId}}' });
    expect(imported.requests.get('GET /p')?.auth).toEqual({ type: 'oauth2', grantType: 'password', accessTokenUrl: '{{baseUrl}}/token', accessToken: '{{password.token}}' });
  });

  it('sends OpenID Connect as a Bearer token from a variable, and says so', () => {
    const imported = securityForImport(model({ oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example.com/.well-known/openid-configuration' } }, { '/a': get() }, [{ oidc: [] }]));
    expect(imported.collectionAuth).toEqual({ type: 'bearer', token: '{{oidc.token}}' });
    expect(imported.notes).toEqual(['The OpenID Connect scheme "oidc" is sent as a Bearer token from {{oidc.token}}: get a token from https://id.example.com/.well-known/openid-configuration and set it (for GET /a).']);
  });

  it('reads Swagger 2.0 securityDefinitions alike', () => {
    const swagger = normalizeDocument({
      swagger: '2.0',
      info: { title: 'Old', version: '1' },
      host: '127.0.0.1:9',
      securityDefinitions: { key: { type: 'apiKey', in: 'query', name: 'api_key' }, login: { type: 'basic' } },
      security: [{ key: [] }],
      paths: { '/a': { get: { responses: ok } }, '/b': { get: { responses: ok } }, '/me': { get: { security: [{ login: [] }], responses: ok } } },
    }).model;
    const imported = securityForImport(swagger);
    expect(imported.collectionAuth).toEqual({ type: 'apikey', name: 'api_key', value: '{{key.apiKey}}', in: 'query' });
    expect(imported.requests.get('GET /me')?.auth).toEqual({ type: 'basic', username: '{{login.username}}', password: '{{login.password}}' });
  });

  it('names variables after the scheme, never over a name already taken', () => {
    const imported = securityForImport(model({ baseUrl: notesKey, 'my key!': { type: 'apiKey', in: 'header', name: 'X-K' } }, { '/a': get({ security: [{ baseUrl: [] }] }), '/b': get({ security: [{ 'my key!': [] }] }) }), ['baseUrl', 'baseUrl.apiKey']);
    expect(imported.variables.map((v) => v.key)).toEqual(['baseUrl.apiKey2', 'my_key.apiKey']);
  });
});

describe('openapi-import', () => {
  const loaded = model({ notesKey }, { '/notes': get(), '/health': get({ security: [] }) }, [{ notesKey: [] }]);
  const origin = { kind: 'url', location: 'http://127.0.0.1:9/openapi.json' } as const;

  it('makes a collection whose requests send the key once the variable is set, and name it when it is not', () => {
    const { tree, warnings } = collectionFromSpec(loaded, origin);
    expect(warnings).toEqual([]);
    expect(tree.collection.variables).toEqual([{ key: 'baseUrl', value: 'http://127.0.0.1:9' }, expect.objectContaining({ key: 'notesKey.apiKey', secret: true })]);
    const [notes, health] = flattenRequests(tree.items).map((entry) => entry.request);
    if (notes === undefined || health === undefined) throw new Error('expected two requests');
    const collectionScope = fileVariablesScope('the collection "Notes"', tree.collection.variables);
    const context = { scopes: [collectionScope], ...(tree.collection.auth ? { inheritedAuth: tree.collection.auth } : {}) };
    const blocked = resolveRequest(notes, context);
    expect(blocked.ok).toBe(false);
    expect(blocked.ok ? '' : blocked.message).toContain('`{{notesKey.apiKey}}` (in the auth) has no value');
    const sent = resolveRequest(notes, { ...context, scopes: [recordScope('--var', { 'notesKey.apiKey': 'k-1' }), collectionScope] });
    expect(sent.ok && sent.request.headers).toContainEqual({ name: 'X-Notes-Key', value: 'k-1' });
    const open = resolveRequest(health, { ...context, scopes: [recordScope('--var', { 'notesKey.apiKey': 'k-1' }), collectionScope] });
    expect(open.ok && open.request.headers.map((h) => h.name)).not.toContain('X-Notes-Key');
  });

  it('writes an API key cookie as the request\'s cookie by reference, and sends it once the variable is set', () => {
    const cookieModel = model({ session: { type: 'apiKey', in: 'cookie', name: 'sid' } }, { '/a': get() }, [{ session: [] }]);
    const { tree } = collectionFromSpec(cookieModel, origin);
    const [request] = flattenRequests(treeForDisk(tree).items).map((entry) => entry.request);
    expect(request).toMatchObject({ auth: { type: 'none' }, settings: { cookies: 'sid={{session.apiKey}}' }, needsSecrets: ['session.apiKey'] });
    if (request === undefined) throw new Error('expected a request');
    const sent = resolveRequest(request, { scopes: [recordScope('--var', { 'session.apiKey': 's-1' }), fileVariablesScope('the collection', tree.collection.variables)] });
    expect(sent.ok && sent.request.headers).toContainEqual({ name: 'Cookie', value: 'sid=s-1' });
  });

  it('gives a request `sync` adds the import\'s auth while the collection keeps the imported auth', () => {
    const before = model({ notesKey }, { '/notes': get(), '/tags': get() }, [{ notesKey: [] }]);
    const grown = model({ notesKey }, { '/notes': get(), '/tags': get(), '/labels': get(), '/health': get({ security: [] }) }, [{ notesKey: [] }]);
    const collectionAuth = collectionFromSpec(before, origin).tree.collection.auth;
    const health = grown.operations.find((op) => op.key === 'GET /health');
    const tags = grown.operations.find((op) => op.key === 'GET /labels');
    if (health === undefined || tags === undefined) throw new Error('expected the operations');
    expect(requestForAddedOperation(health, grown, collectionAuth).auth).toEqual({ type: 'none' });
    expect(requestForAddedOperation(tags, grown, collectionAuth).auth).toEqual({ type: 'inherit' });
    // A collection whose auth was changed by hand: the new request inherits it, as before.
    expect(requestForAddedOperation(health, grown, { type: 'bearer', token: '{{mine}}' }).auth).toEqual({ type: 'inherit' });
  });
});
