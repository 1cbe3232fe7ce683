import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest, type CollectionTree } from '../../../../shared/collections/collection-tree';
import { fromPostman } from '../../../../shared/collections/postman-import';
import { toPostman } from '../../../../shared/collections/postman-export';
import { treeForDisk } from '../../../../shared/collections/secrets';

const postmanDoc = {
  info: { name: 'Shop', description: { content: 'All shop calls' }, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] },
  variable: [
    { key: 'baseUrl', value: 'http://127.0.0.1:8000' },
    { key: 'token', value: 'leaked', type: 'secret' },
  ],
  item: [
    {
      name: 'Items',
      auth: { type: 'apikey', apikey: [{ key: 'key', value: 'X-Key' }, { key: 'value', value: 'k1' }, { key: 'in', value: 'header' }] },
      item: [
        {
          name: 'Create',
          request: {
            method: 'POST',
            header: [{ key: 'Content-Type', value: 'application/json' }, { key: 'X-Off', value: '1', disabled: true }],
            url: { raw: '{{baseUrl}}/items', host: ['{{baseUrl}}'], path: ['items'] },
            body: { mode: 'raw', raw: '{"name":"pen"}', options: { raw: { language: 'json' } } },
          },
        },
        { name: 'Get', request: { method: 'GET', url: { raw: '{{baseUrl}}/items/:id', variable: [{ key: 'id', value: '42' }] }, auth: { type: 'noauth' } } },
      ],
    },
    { name: 'Login', request: { method: 'POST', url: '{{baseUrl}}/login', body: { mode: 'urlencoded', urlencoded: [{ key: 'user', value: 'me' }] }, auth: { type: 'basic', basic: [{ key: 'username', value: 'me' }, { key: 'password', value: 'pw' }] } } },
    { name: 'Upload', request: { method: 'PUT', url: '{{baseUrl}}/files', body: { mode: 'formdata', formdata: [{ key: 'f', type: 'file', src: '/tmp/a.png' }, { key: 'note', type: 'text', value: 'hi' }] } } },
    { name: 'Raw file', request: { method: 'PUT', url: '{{baseUrl}}/blob', body: { mode: 'file', file: { src: '/tmp/b.bin' } } } },
    { name: 'Query', request: { method: 'POST', url: '{{baseUrl}}/graphql', body: { mode: 'graphql', graphql: { query: '{ items { id } }', variables: '{"a":1}' } } } },
    { name: 'NTLM', request: { method: 'GET', url: '{{baseUrl}}/d', auth: { type: 'ntlm', ntlm: [] } } },
  ],
};

describe('postman', () => {
  it('imports folders, requests, each body mode, auth and variables', () => {
    // A secret comes in as a name to fill (no value in a collection file); an entry without a key is skipped.
    const outcome = fromPostman(postmanDoc, { values: [{ key: 'envVar', value: 'e', enabled: true }, { key: 'off', value: 'x', enabled: false }, { key: 'envSecret', value: 's3cr3t', type: 'secret' }, { value: 'no key' }] });
    if (!outcome.ok) throw new Error(outcome.message);
    const { collection, items } = outcome.tree;
    expect(collection.description).toBe('All shop calls');
    expect(collection.auth).toEqual({ type: 'bearer', token: '{{token}}' });
    expect(collection.variables).toEqual([{ key: 'baseUrl', value: 'http://127.0.0.1:8000' }, { key: 'token', secret: true }, { key: 'envVar', value: 'e' }, { key: 'envSecret', secret: true }]);
    const [folder, login, upload, file, graphql, ntlm] = items;
    if (folder?.kind !== 'folder') throw new Error('expected a folder');
    expect(folder.folder.auth).toEqual({ type: 'apikey', name: 'X-Key', value: 'k1', in: 'header' });
    const [create, get] = folder.items;
    expect(create?.kind === 'request' && create.request).toMatchObject({ method: 'POST', url: '{{baseUrl}}/items', headers: [{ name: 'X-Off', value: '1', disabled: true }], body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"pen"}' }, auth: { type: 'inherit' } });
    expect(get?.kind === 'request' && get.request).toMatchObject({ url: '{{baseUrl}}/items/42', auth: { type: 'none' } });
    expect(login?.kind === 'request' && login.request).toMatchObject({ body: { mode: 'urlencoded', fields: [{ name: 'user', value: 'me' }] }, auth: { type: 'basic', username: 'me', password: 'pw' } });
    expect(upload?.kind === 'request' && upload.request.body).toEqual({ mode: 'form-data', parts: [{ name: 'f', file: '/tmp/a.png' }, { name: 'note', value: 'hi' }] });
    expect(file?.kind === 'request' && file.request.body).toEqual({ mode: 'file', file: '/tmp/b.bin' });
    expect(graphql?.kind === 'request' && JSON.parse(graphql.request.body.mode === 'raw' ? graphql.request.body.text : '')).toEqual({ query: '{ items { id } }', variables: { a: 1 } });
    expect(ntlm?.kind === 'request' && ntlm.request.auth).toEqual({ type: 'inherit' });
    expect(outcome.warnings).toEqual([expect.stringMatching(/request "NTLM" uses ntlm auth/)]);
    expect(JSON.stringify(outcome.tree)).not.toContain('leaked');
  });

  it('imports each file of a form-data key as its own part, and a key with no file as one to pick', () => {
    const doc = { info: { name: 'F', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'Many', request: { method: 'POST', url: 'http://h/u', body: { mode: 'formdata', formdata: [{ key: 'docs', type: 'file', src: ['fixtures/a.pdf', 'fixtures/b.pdf'] }, { key: 'empty', type: 'file', src: [] }] } } }] };
    const outcome = fromPostman(doc);
    if (!outcome.ok) throw new Error(outcome.message);
    const [many] = outcome.tree.items;
    expect(many?.kind === 'request' && many.request.body).toEqual({ mode: 'form-data', parts: [{ name: 'docs', file: 'fixtures/a.pdf' }, { name: 'docs', file: 'fixtures/b.pdf' }, { name: 'empty', file: '' }] });
  });

  it('refuses what is not a Postman v2 collection with a clear message', () => {
    expect(fromPostman({ openapi: '3.0.0' })).toEqual({ ok: false, message: expect.stringMatching(/^This is not a Postman collection.*Collection v2\.1/) });
    expect(fromPostman({ info: { name: 'old', schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] })).toMatchObject({ ok: false, message: expect.stringMatching(/collection v1/) });
  });

  it('round-trips Roundtrip -> Postman -> Roundtrip without loss', () => {
    const tree: CollectionTree = {
      collection: newCollection('RT', { description: 'd', auth: { type: 'basic', username: 'u', password: '{{pw}}' }, variables: [{ key: 'baseUrl', value: 'http://x' }, { key: 'pw', secret: true }] }),
      items: [
        {
          kind: 'folder',
          folder: newFolder('Things', { description: 'f', auth: { type: 'none' } }),
          items: [
            { kind: 'request', request: newSavedRequest({ name: 'Make', method: 'POST', url: '{{baseUrl}}/t?a=1', headers: [{ name: 'X-A', value: '1' }, { name: 'X-B', value: '2', disabled: true }], body: { mode: 'raw', mediaType: 'application/json', text: '{"a":1}' }, auth: { type: 'bearer', token: 't' }, description: 'makes', settings: { followRedirects: false, maxRedirects: 3, allowInvalidCertificate: true } }) },
            { kind: 'request', request: newSavedRequest({ name: 'Form', method: 'PATCH', url: '{{baseUrl}}/f', body: { mode: 'urlencoded', fields: [{ name: 'a', value: 'b' }, { name: 'c', value: 'd', disabled: true }] } }) },
          ],
        },
        { kind: 'request', request: newSavedRequest({ name: 'Parts', method: 'PUT', url: '{{baseUrl}}/p', body: { mode: 'form-data', parts: [{ name: 'f', file: '/tmp/x', mediaType: 'image/png' }, { name: 'v', value: 'w' }] }, auth: { type: 'apikey', name: 'k', value: 'v', in: 'query' } }) },
        { kind: 'request', request: newSavedRequest({ name: 'Blob', method: 'PUT', url: '{{baseUrl}}/b', body: { mode: 'file', file: '/tmp/y', mediaType: 'application/octet-stream' } }) },
        { kind: 'request', request: newSavedRequest({ name: 'Gone', method: 'DELETE', url: '{{baseUrl}}/g', auth: { type: 'none' } }) },
      ],
    };
    const back = fromPostman(JSON.parse(JSON.stringify(toPostman(tree))));
    if (!back.ok) throw new Error(back.message);
    expect(back.warnings).toEqual([]);
    expect(back.tree).toEqual(tree);
  });
});

describe('postman oauth2 and folder variables', () => {
  const doc = {
    info: { name: 'O', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Secured',
        variable: [{ key: 'path', value: '/v2' }, { key: 'hidden', value: 'hv', type: 'secret' }],
        auth: {
          type: 'oauth2',
          oauth2: [
            { key: 'grant_type', value: 'client_credentials' },
            { key: 'accessTokenUrl', value: 'http://h/token' },
            { key: 'clientId', value: 'app' },
            { key: 'clientSecret', value: '{{clientSecret}}' },
            { key: 'scope', value: 'read write' },
            // Postman 10.13 and later: extra token request parameters, Auth0's audience among them.
            { key: 'tokenRequestParams', value: [{ key: 'audience', value: 'https://api.h', enabled: true, send_as: 'request_body' }], type: 'any' },
            { key: 'addTokenTo', value: 'header' },
            // Postman 8 kept its Advanced Options as objects of values: not sent by Roundtrip, and said so.
            { key: 'resource', value: { 'https://h': 'https://api.h' } },
          ],
        },
        item: [{ name: 'Me', request: { method: 'GET', url: 'http://h{{path}}/me' } }],
      },
    ],
  };

  it('imports oauth2 auth and folder variables instead of dropping them, and exports them back', () => {
    const outcome = fromPostman(doc);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.warnings).toEqual(['Postman sends resource with the OAuth 2.0 requests of folder "Secured"; Roundtrip sends the audience only, so it was left out.']);
    const [folder] = outcome.tree.items;
    expect(folder?.kind === 'folder' && folder.folder).toMatchObject({
      auth: { type: 'oauth2', grantType: 'client_credentials', accessTokenUrl: 'http://h/token', clientId: 'app', clientSecret: '{{clientSecret}}', scope: 'read write', audience: 'https://api.h' },
      variables: [{ key: 'path', value: '/v2' }, { key: 'hidden', secret: true }],
    });
    const exported = toPostman(outcome.tree);
    const back = fromPostman(JSON.parse(JSON.stringify(exported)));
    if (!back.ok) throw new Error(back.message);
    // Back from Postman: the same (a secret variable's value is never imported nor exported).
    const [again] = back.tree.items;
    expect(again?.kind === 'folder' && again.folder.auth).toEqual(folder?.kind === 'folder' && folder.folder.auth);
    expect(again?.kind === 'folder' && again.folder.variables).toEqual([{ key: 'path', value: '/v2' }, { key: 'hidden', secret: true }]);
    expect(JSON.stringify(exported)).not.toContain('hv');
    expect(JSON.stringify(exported)).toContain('{"key":"tokenRequestParams","value":[{"key":"audience","value":"https://api.h","enabled":true,"send_as":"request_body"}],"type":"any"}');
  });

  it('imports and exports Digest and AWS Signature V4 auth (Postman digest and awsv4), secrets as references', () => {
    const outcome = fromPostman({
      info: { name: 'Signed', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        { name: 'digest', request: { method: 'GET', url: 'http://h/d', auth: { type: 'digest', digest: [{ key: 'username', value: 'ann' }, { key: 'password', value: 'pw-1' }, { key: 'algorithm', value: 'MD5' }] } } },
        { name: 'aws', request: { method: 'GET', url: 'http://h/a', auth: { type: 'awsv4', awsv4: [{ key: 'accessKey', value: 'AKID' }, { key: 'secretKey', value: 'sk-1' }, { key: 'region', value: 'eu-west-1' }, { key: 'service', value: 's3' }, { key: 'sessionToken', value: 'st-1' }] } } },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const auths = outcome.tree.items.map((item) => item.kind === 'request' && item.request.auth);
    expect(auths).toEqual([
      { type: 'digest', username: 'ann', password: 'pw-1' },
      { type: 'awsv4', accessKey: 'AKID', secretKey: 'sk-1', sessionToken: 'st-1', region: 'eu-west-1', service: 's3' },
    ]);
    const onDisk = treeForDisk(outcome.tree);
    expect(onDisk.items.map((item) => item.kind === 'request' && item.request.auth)).toEqual([
      { type: 'digest', username: 'ann', password: '{{digestPassword}}' },
      { type: 'awsv4', accessKey: 'AKID', secretKey: '{{awsSecretKey}}', sessionToken: '{{awsSessionToken}}', region: 'eu-west-1', service: 's3' },
    ]);
    const back = fromPostman(JSON.parse(JSON.stringify(toPostman(outcome.tree))));
    if (!back.ok) throw new Error(back.message);
    expect(back.tree.items.map((item) => item.kind === 'request' && item.request.auth)).toEqual(auths);
  });
});
