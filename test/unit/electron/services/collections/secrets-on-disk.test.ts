import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { importParsed } from '../../../../../shared/collections/import-formats';
import { fromPostman } from '../../../../../shared/collections/postman-import';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { exportText, readCollectionFolder } from '../../../../../electron/services/collections/export-collection';

const SECRETS = ['req-bearer-SECRET', 'folder-basic-SECRET', 'coll-apikey-SECRET', 'var-SECRET', 'header-SECRET', 'typed-SECRET', 'xkey-SECRET', 'hand-SECRET'];

/** Every file under `dir` (hidden folders such as the trash included) with its text. */
function everyFile(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? everyFile(full) : [{ file: full, text: readFileSync(full, 'utf8') }];
  });
}

function expectNoSecret(label: string, text: string): void {
  for (const secret of SECRETS) expect(text.includes(secret), `${label} holds ${secret}`).toBe(false);
}

const postman = {
  info: { name: 'Leaky', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  auth: { type: 'apikey', apikey: [{ key: 'key', value: 'X-Api-Key' }, { key: 'value', value: 'coll-apikey-SECRET' }, { key: 'in', value: 'header' }] },
  variable: [{ key: 'token', value: 'var-SECRET', type: 'secret' }, { key: 'baseUrl', value: 'http://127.0.0.1:1' }],
  item: [
    {
      name: 'Folder',
      auth: { type: 'basic', basic: [{ key: 'username', value: 'ann' }, { key: 'password', value: 'folder-basic-SECRET' }] },
      item: [
        {
          name: 'Get',
          request: {
            method: 'GET',
            url: '{{baseUrl}}/items',
            header: [{ key: 'Authorization', value: 'Bearer header-SECRET' }, { key: 'X-Service-Key', value: 'xkey-SECRET' }],
            auth: { type: 'bearer', bearer: [{ key: 'token', value: 'req-bearer-SECRET' }] },
          },
        },
      ],
    },
  ],
};

describe('secrets never land on disk or in exports', () => {
  it('import, save, rename, duplicate, delete and both exports leave no credential in any file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-secrets-'));
    const store = createCollectionStore(root);
    const imported = fromPostman(postman);
    if (!imported.ok) throw new Error(imported.message);
    const { id } = await store.importTree(imported.tree);
    const saved = await store.saveRequest({ parentId: id, request: newSavedRequest({ name: 'Typed', method: 'GET', url: 'http://127.0.0.1:1/me', auth: { type: 'bearer', token: 'typed-SECRET' } }) });
    await store.rename(saved.id, 'Typed again');
    const copy = await store.duplicate(saved.id);
    await store.remove(copy.id);
    // A file edited by hand with a token in clear: exports still leave it out.
    const hand = path.join(root, id, 'hand.request.json');
    writeFileSync(hand, JSON.stringify(newSavedRequest({ name: 'Hand', method: 'GET', url: 'http://127.0.0.1:1/hand', auth: { type: 'bearer', token: 'hand-SECRET' } })));
    const postmanExport = await store.exportCollection(id, 'postman');
    const curlExport = await store.exportCollection(id, 'curl');
    const cliExport = exportText(await readCollectionFolder(path.join(root, id)), 'curl');
    for (const { file, text } of everyFile(root)) if (file !== hand) expectNoSecret(file, text);
    expectNoSecret('postman export', postmanExport.text);
    expectNoSecret('curl export', curlExport.text);
    expectNoSecret('cli export', cliExport);
    // The requests say which secret variables they need instead.
    const listed = await store.list();
    const requests = JSON.stringify(listed);
    expect(requests).toContain('"needsSecrets":["X-Service-Key","bearerToken"]');
    expect(curlExport.text).toContain('Authorization: Bearer {{bearerToken}}');
    // The Postman export declares what is needed, as secret variables without values.
    const variables = (JSON.parse(postmanExport.text) as { variable: { key: string; value: string; type?: string }[] }).variable;
    expect(variables.filter((v) => v.type === 'secret').map((v) => v.key)).toEqual(['token', 'X-Service-Key', 'bearerToken']);
    expect(variables.every((v) => v.type !== 'secret' || v.value === '')).toBe(true);
  });
});

describe('credentials are found by where they are used, not by a name suffix', () => {
  const leaky = {
    info: { name: 'By use', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    variable: [
      { key: 'baseUrl', value: 'http://127.0.0.1:1' },
      // Named like nothing secret, but used as X-API-Key's value below.
      { key: 'apiKey', value: 'secret-key-VALUE' },
      { key: 'shopCode', value: 'shop-code-VALUE' },
      // Named like a credential, without Postman's "type": "secret".
      { key: 'password', value: 'pw-var-VALUE' },
      { key: 'refreshToken', value: 'refresh-var-VALUE' },
      { key: 'pageSize', value: '20' },
    ],
    item: [
      {
        name: 'Create order',
        request: {
          method: 'POST',
          url: '{{baseUrl}}/orders?api_key=url-key-VALUE&access_token=url-access-VALUE&token=url-token-VALUE&page_token=p2&limit={{pageSize}}',
          header: [
            { key: 'X-API-Key', value: '{{apiKey}}' },
            { key: 'X-Shop', value: '{{shopCode}}' },
            { key: 'Idempotency-Key', value: 'held-out-key-1' },
          ],
        },
      },
      { name: 'Retry order', request: { method: 'POST', url: '{{baseUrl}}/orders', header: [{ key: 'X-Idempotency-Key', value: '{{$guid}}' }] } },
    ],
  };
  const leaked = ['secret-key-VALUE', 'pw-var-VALUE', 'refresh-var-VALUE', 'url-key-VALUE', 'url-access-VALUE', 'url-token-VALUE'];

  it('saves credential variables and URL credentials as references, and idempotency headers as the request key', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-by-use-'));
    const store = createCollectionStore(root);
    const imported = importParsed('postman', '', leaky, 'By use');
    if (!imported.ok) throw new Error(imported.message);
    const { id } = await store.importTree(imported.tree);
    const postmanExport = await store.exportCollection(id, 'postman');
    for (const { file, text } of [...everyFile(root), { file: 'postman export', text: postmanExport.text }]) {
      for (const secret of leaked) expect(text.includes(secret), `${file} holds ${secret}`).toBe(false);
      expect(text, file).not.toContain('{{Idempotency-Key}}');
    }
    // What is not a credential stays as it was.
    const collection = JSON.parse(readFileSync(path.join(root, id, 'collection.json'), 'utf8')) as { variables: { key: string; value?: string; secret?: boolean }[] };
    expect(collection.variables).toEqual([
      { key: 'baseUrl', value: 'http://127.0.0.1:1' },
      { key: 'apiKey', secret: true },
      { key: 'shopCode', value: 'shop-code-VALUE' },
      { key: 'password', secret: true },
      { key: 'refreshToken', secret: true },
      { key: 'pageSize', value: '20' },
    ]);
    const create = JSON.parse(readFileSync(path.join(root, id, 'create-order.request.json'), 'utf8')) as Record<string, unknown>;
    expect(create['url']).toBe('{{baseUrl}}/orders?api_key={{api_key}}&access_token={{access_token}}&token={{token}}&page_token=p2&limit={{pageSize}}');
    expect(create['headers']).toEqual([
      { name: 'X-API-Key', value: '{{apiKey}}' },
      { name: 'X-Shop', value: '{{shopCode}}' },
    ]);
    expect(create['idempotencyKey']).toEqual({ policy: 'fixed', header: 'Idempotency-Key', value: 'held-out-key-1' });
    expect(create['needsSecrets']).toEqual(['access_token', 'apiKey', 'api_key', 'token']);
    const retry = JSON.parse(readFileSync(path.join(root, id, 'retry-order.request.json'), 'utf8')) as Record<string, unknown>;
    expect(retry['headers']).toEqual([]);
    expect(retry['idempotencyKey']).toEqual({ policy: 'auto', header: 'X-Idempotency-Key' });
  });
});
