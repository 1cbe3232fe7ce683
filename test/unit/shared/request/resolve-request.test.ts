import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { assembleRequest, resolveRequest, withQuery } from '../../../../shared/request/resolve-request';
import { environmentScope, fileVariablesScope, recordScope } from '../../../../shared/request/variable-scopes';

const env = environmentScope({ id: 'e', name: 'Dev', variables: [{ name: 'baseUrl', value: 'http://api', secret: false }, { name: 'apiKey', value: 'secret-key', secret: true }] });

describe('resolve-request', () => {
  it('fills a request typed by hand as typed, and one saved from an operation as its form encodes each place', () => {
    const values = recordScope('env', { baseUrl: 'http://api.test', path: 'users/7', q: 'tom & jerry', user: 'ann&admin=1' });
    const typed = newSavedRequest({ name: 't', method: 'POST', url: '{{baseUrl}}/{{path}}?q={{q}}', body: { mode: 'raw', mediaType: 'application/x-www-form-urlencoded', text: 'user={{user}}' } });
    const byHand = resolveRequest(typed, { scopes: [values] });
    expect(byHand.ok && [byHand.request.url, byHand.request.body?.text]).toEqual(['http://api.test/users/7?q=tom & jerry', 'user=ann&admin=1']);
    const fromForm = resolveRequest({ ...typed, operation: { key: 'POST /{path}' } }, { scopes: [values] });
    expect(fromForm.ok && [fromForm.request.url, fromForm.request.body?.text]).toEqual(['http://api.test/users%2F7?q=tom%20%26%20jerry', 'user=ann%26admin%3D1']);
  });

  it('sends one X-API-Key when a saved header and the auth both set it, the auth winning', () => {
    const doc = newSavedRequest({
      name: 'x',
      method: 'GET',
      url: '{{baseUrl}}/products',
      headers: [{ name: 'X-API-Key', value: '{{APIKeyHeader.apiKey}}' }, { name: 'Accept', value: 'application/json' }],
      auth: { type: 'apikey', name: 'X-API-Key', value: '{{apiKey}}', in: 'header' },
    });
    const resolved = resolveRequest(doc, { scopes: env });
    // In the saved copy's place.
    expect(resolved.ok && resolved.request.headers).toEqual([
      { name: 'X-API-Key', value: 'secret-key' },
      { name: 'Accept', value: 'application/json' },
    ]);
    // The dropped header's variable is not needed, so it does not block.
    expect(resolved.ok).toBe(true);
    expect(resolved.secrets).toContain('secret-key');
  });

  it('carries Digest and SigV4 credentials, filled, for the main process to sign with, and masks their secrets', () => {
    const scopes = environmentScope({ id: 'e', name: 'Dev', variables: [{ name: 'awsSecret', value: 'sk-from-env', secret: true }] });
    const aws = resolveRequest(newSavedRequest({ name: 'x', method: 'GET', url: 'http://api/p', auth: { type: 'awsv4', accessKey: ' AKID ', secretKey: '{{awsSecret}}', region: 'eu-west-1', service: 's3' } }), { scopes });
    expect(aws.ok && aws.request.signing).toEqual({ kind: 'aws-sigv4', accessKey: 'AKID', secretKey: 'sk-from-env', region: 'eu-west-1', service: 's3' });
    expect(aws.ok && aws.request.headers).toEqual([]);
    expect(aws.secrets).toContain('sk-from-env');
    const digest = resolveRequest(newSavedRequest({ name: 'x', method: 'GET', url: 'http://api/p', auth: { type: 'digest', username: 'ann', password: 'pw-1' } }));
    expect(digest.ok && digest.request.signing).toEqual({ kind: 'digest', username: 'ann', password: 'pw-1' });
    expect(digest.secrets).toEqual(['pw-1']);
    // Without a user or access key there is nothing to sign with: the request goes out as it is.
    const empty = resolveRequest(newSavedRequest({ name: 'x', method: 'GET', url: 'http://api/p', auth: { type: 'digest', username: '', password: 'pw-1' } }));
    expect(empty.ok && empty.request.signing).toBeUndefined();
  });

  it('lets the editor’s applied credentials replace a saved copy of the same header', () => {
    const doc = newSavedRequest({ name: 'x', method: 'GET', url: 'http://api/p', headers: [{ name: 'x-api-key', value: '{{old}}' }, { name: 'Accept', value: 'application/json' }] });
    const resolved = resolveRequest(doc, { appliedAuth: { headers: [{ name: 'X-API-Key', value: 'typed' }], query: [], cookies: [], secrets: ['typed'] } });
    expect(resolved.ok && resolved.request.headers).toEqual([
      { name: 'X-API-Key', value: 'typed' },
      { name: 'Accept', value: 'application/json' },
    ]);
  });

  it('never sends a header twice: a repeated name keeps its first place and its last value', () => {
    const request = assembleRequest({
      method: 'GET',
      url: 'http://h/',
      headers: [
        { name: 'Accept', value: 'application/json' },
        { name: 'X-A', value: '1' },
        { name: 'accept', value: 'application/json' },
      ],
      auth: { headers: [], query: [], cookies: ['sid=1'], secrets: [] },
    });
    expect(request.headers).toEqual([
      { name: 'Accept', value: 'application/json' },
      { name: 'X-A', value: '1' },
      { name: 'Cookie', value: 'sid=1' },
    ]);
  });

  it('joins auth cookies into a Cookie header the request already has', () => {
    const request = assembleRequest({ method: 'GET', url: 'http://h/', headers: [{ name: 'Cookie', value: 'a=1' }], auth: { headers: [], query: ['k=v'], cookies: ['sid=2'], secrets: [] } });
    expect(request.headers).toEqual([{ name: 'Cookie', value: 'a=1; sid=2' }]);
    expect(request.url).toBe('http://h/?k=v');
  });

  it('blocks on an unresolved variable, names each one once with its places, and keeps a draft', () => {
    const doc = newSavedRequest({ name: 'x', method: 'POST', url: '{{baseUrl}}/items/{{id}}', headers: [{ name: 'X-Trace', value: '{{id}}' }], body: { mode: 'raw', mediaType: 'application/json', text: '{"owner":"{{owner}}"}' } });
    const resolved = resolveRequest(doc, { scopes: env });
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.unresolved.map((u) => [u.name, u.places])).toEqual([
      ['id', ['header X-Trace', 'the URL']],
      ['owner', ['the body']],
    ]);
    expect(resolved.unresolved[0]?.message).toBe('`{{id}}` (in header X-Trace and the URL) has no value in the environment "Dev" (set it in the environment "Dev").');
    expect(resolved.draft.url).toBe('http://api/items/{{id}}');
  });

  it('says so when no environment is active', () => {
    const resolved = resolveRequest(newSavedRequest({ name: 'x', method: 'GET', url: '{{baseUrl}}/a' }));
    expect(!resolved.ok && resolved.message).toBe('`{{baseUrl}}` (in the URL) has no value: no environment is active and the request has no variables (set it in an environment).');
  });

  it('takes the highest scope with a value; an empty value never overrides another', () => {
    const scopes = [
      recordScope('run captures', { id: '9' }),
      ...environmentScope({ id: 'e', name: 'New', variables: [{ name: 'baseUrl', value: '', secret: false }] }),
      fileVariablesScope('the folder "Items"', [{ key: 'baseUrl', value: 'http://folder' }]),
      fileVariablesScope('the collection "Shop"', [{ key: 'baseUrl', value: 'http://collection' }, { key: 'token', secret: true }]),
    ];
    const resolved = resolveRequest(newSavedRequest({ name: 'x', method: 'GET', url: '{{baseUrl}}/items/{{id}}' }), { scopes });
    expect(resolved.ok && resolved.request.url).toBe('http://folder/items/9');
    // A secret declared without its value is unset, not empty.
    const secret = resolveRequest(newSavedRequest({ name: 'x', method: 'GET', url: 'http://h/', auth: { type: 'bearer', token: '{{token}}' } }), { scopes });
    expect(!secret.ok && secret.unresolved.map((u) => [u.name, u.places])).toEqual([['token', ['the auth']]]);
  });

  it('applies inherited auth, escapes values inside JSON strings and keeps a bare {{var}} raw', () => {
    const doc = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/i', body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"{{name}}","qty":{{qty}}}' } });
    const resolved = resolveRequest(doc, { scopes: [recordScope('v', { name: 'a "b"', qty: '3' })], inheritedAuth: { type: 'basic', username: 'u', password: 'ü' } });
    expect(resolved.ok && resolved.request).toEqual({
      method: 'POST',
      url: 'http://h/i',
      headers: [
        { name: 'Authorization', value: `Basic ${Buffer.from('u:ü').toString('base64')}` },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: { mediaType: 'application/json', text: '{"name":"a \\"b\\"","qty":3}' },
    });
  });

  it('adds the Idempotency-Key by policy, never over one the request sets itself', () => {
    const auto = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/o', idempotencyKey: { policy: 'auto' } });
    expect(resolveRequest(auto, { idempotencyKey: 'k-1' })).toMatchObject({ ok: true, request: { headers: [{ name: 'Idempotency-Key', value: 'k-1' }] } });
    const fixed = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/o', idempotencyKey: { policy: 'fixed', header: 'X-Idempotency-Key', value: 'fixed-1' } });
    expect(resolveRequest(fixed, { idempotencyKey: 'k-2' })).toMatchObject({ ok: true, request: { headers: [{ name: 'X-Idempotency-Key', value: 'fixed-1' }] } });
    const own = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/o', headers: [{ name: 'idempotency-key', value: 'mine' }], idempotencyKey: { policy: 'auto' } });
    expect(resolveRequest(own, { idempotencyKey: 'k-3' })).toMatchObject({ ok: true, request: { headers: [{ name: 'idempotency-key', value: 'mine' }] } });
    const off = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/o', idempotencyKey: { policy: 'off' } });
    expect(resolveRequest(off, { idempotencyKey: 'k-4' })).toMatchObject({ ok: true, request: { headers: [] } });
  });

  it('sends url-encoded and multipart bodies, and refuses a file body it cannot read', () => {
    const form = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'urlencoded', fields: [{ name: 'a b', value: '{{v}}' }, { name: 'off', value: '1', disabled: true }] } });
    expect(resolveRequest(form, { scopes: [recordScope('v', { v: 'c&d' })] })).toMatchObject({ ok: true, request: { body: { mediaType: 'application/x-www-form-urlencoded', text: 'a+b=c%26d' } } });
    // As the form encodes its fields: a space is "+", whether the request was typed, imported from OpenAPI or from Postman.
    const spaced = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'urlencoded', fields: [{ name: 'note', value: 'a b+c' }] } });
    expect(resolveRequest(spaced)).toMatchObject({ ok: true, request: { body: { text: 'note=a+b%2Bc' } } });
    const parts = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'form-data', parts: [{ name: 'note', value: 'hi' }] } });
    expect(resolveRequest(parts)).toMatchObject({ ok: true, request: { body: { mediaType: 'multipart/form-data', parts: [{ name: 'note', value: 'hi' }] } } });
    const file = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'file', file: 'a.bin' } });
    expect(resolveRequest(file)).toMatchObject({ ok: false, unresolved: [], message: expect.stringMatching(/sends a file as its body/) });
  });

  it('names the file a saved file part needs, as the save and the reopened form do', () => {
    const upload = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'form-data', parts: [{ name: 'file', file: 'cover.bin' }, { name: 'caption', value: 'front cover' }] } });
    expect(resolveRequest(upload)).toMatchObject({
      ok: false,
      message: 'This request sends the file cover.bin (part "file"), which its saved request names but does not hold: open the request in the app, pick that file and send.',
    });
  });

  it('sends the files a run read from disk as parts and as the body, and still asks for a part that names none', () => {
    const files = new Map([
      ['fixtures/cover.png', { fileId: 'id-1', filename: 'cover.png', mediaType: 'image/png' }],
      ['blob.bin', { fileId: 'id-2', filename: 'blob.bin', mediaType: 'application/x-blob' }],
    ]);
    const upload = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'form-data', parts: [{ name: 'file', file: 'fixtures/cover.png' }, { name: 'caption', value: '{{c}}' }] } });
    expect(resolveRequest(upload, { files, scopes: [recordScope('v', { c: 'front' })] })).toMatchObject({
      ok: true,
      request: { headers: [{ name: 'Content-Type', value: 'multipart/form-data' }], body: { mediaType: 'multipart/form-data', parts: [{ name: 'file', fileId: 'id-1', filename: 'cover.png', mediaType: 'image/png' }, { name: 'caption', value: 'front' }] } },
    });
    const body = newSavedRequest({ name: 'x', method: 'PUT', url: 'http://h/b', body: { mode: 'file', file: 'blob.bin' } });
    expect(resolveRequest(body, { files })).toMatchObject({ ok: true, request: { headers: [{ name: 'Content-Type', value: 'application/x-blob' }], body: { mediaType: 'application/x-blob', text: '', fileId: 'id-2' } } });
    const toPick = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/f', body: { mode: 'form-data', parts: [{ name: 'file', file: 'fixtures/cover.png' }, { name: 'other', file: '' }] } });
    expect(resolveRequest(toPick, { files })).toMatchObject({ ok: false, message: 'This request sends the file for part "other", which its saved request names but does not hold: open the request in the app, pick that file and send.' });
  });

  it('carries the settings, the cookies and the operation link', () => {
    const doc = newSavedRequest({ name: 'x', method: 'GET', url: 'http://h/a#top', auth: { type: 'apikey', name: 'key', value: 'v 1', in: 'query' }, settings: { followRedirects: false, allowInvalidCertificate: true, timeoutMs: 900, cookies: 'a=1' }, operation: { key: 'GET /a' } });
    expect(resolveRequest(doc, { timeoutMs: 100 })).toMatchObject({
      ok: true,
      request: { url: 'http://h/a?key=v%201#top', headers: [{ name: 'Cookie', value: 'a=1' }], maxRedirects: 0, allowInvalidCertificate: true, timeoutMs: 100, opKey: 'GET /a' },
    });
  });

  it('puts query pairs before the fragment', () => {
    expect(withQuery('http://h/a?b=1#c', ['d=2'])).toBe('http://h/a?b=1&d=2#c');
    expect(withQuery('http://h/a', [])).toBe('http://h/a');
  });
});
