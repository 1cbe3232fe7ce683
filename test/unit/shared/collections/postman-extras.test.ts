import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest, type CollectionTree } from '../../../../shared/collections/collection-tree';
import { importParsed } from '../../../../shared/collections/import-formats';
import { toPostman } from '../../../../shared/collections/postman-export';
import { EXTRAS_VARIABLE } from '../../../../shared/collections/postman-extras';
import type { PmCollection } from '../../../../shared/collections/postman-types';
import { treeForDisk } from '../../../../shared/collections/secrets';

// Postman's own collection library (newman's, and the Postman app's), for what Postman keeps of a collection.
const { Collection } = createRequire(import.meta.url)('postman-collection') as { Collection: new (doc: unknown) => { toJSON(): unknown } };

const SPEC = { source: 'http://127.0.0.1:8000/openapi.json', title: 'Books' };

/** A collection made from a spec and then edited: every field of format v1 that an export has to carry. */
function everyField(): CollectionTree {
  const create = newSavedRequest({
    name: 'Create book',
    method: 'POST',
    url: '{{baseUrl}}/books',
    headers: [
      { name: 'X-Trace', value: '1', description: 'for the logs' },
      { name: 'X-Off', value: 'no', disabled: true },
    ],
    body: { mode: 'raw', mediaType: 'application/json', text: '{"title":"Dune"}' },
    description: 'Create a book',
    operation: { key: 'POST /books', operationId: 'create_book', signature: 'abc12345', params: [{ in: 'query', name: 'tags', style: 'form', explode: false, array: true }] },
    idempotencyKey: { policy: 'auto', header: 'Idempotency-Key' },
    settings: { followRedirects: false, maxRedirects: 3, allowInvalidCertificate: true, timeoutMs: 2500, cookies: 'session={{session}}' },
    assertions: [{ type: 'status', equals: 201 }, { type: 'conforms' }, { type: 'json', path: '$..id', op: 'exists' }, { type: 'idempotent', label: 'Safe to repeat' }],
    captures: [{ name: 'bookId', from: 'json', path: '$.id' }],
  });
  const read = newSavedRequest({ name: 'Get book', method: 'GET', url: '{{baseUrl}}/books/{{bookId}}', operation: { key: 'GET /books/{book_id}', operationId: 'get_book' }, assertions: [{ type: 'conforms' }], auth: { type: 'none' } });
  const fixedKey = newSavedRequest({ name: 'Pay', method: 'POST', url: '{{baseUrl}}/payments', idempotencyKey: { policy: 'fixed', header: 'X-Idempotency-Key', value: 'pay-1' }, auth: { type: 'apikey', name: 'X-Key', value: '{{apiKey}}', in: 'header' } });
  const keyOff = newSavedRequest({ name: 'Pay', method: 'POST', url: '{{baseUrl}}/payments/again', idempotencyKey: { policy: 'off' }, operation: { key: 'POST /payments' } });
  const login = newSavedRequest({ name: 'Login', method: 'POST', url: '{{baseUrl}}/token', body: { mode: 'urlencoded', fields: [{ name: 'username', value: '{{user}}', description: 'who logs in' }] }, auth: { type: 'basic', username: '{{user}}', password: '{{password}}' }, needsSecrets: ['password'] });
  const upload = newSavedRequest({ name: 'Upload cover', method: 'PUT', url: '{{baseUrl}}/books/{{bookId}}/cover', body: { mode: 'form-data', parts: [{ name: 'cover', file: 'cover.png', mediaType: 'image/png' }, { name: 'note', value: 'front' }] } });
  return {
    collection: newCollection('Books', {
      description: 'Made from the books spec',
      auth: { type: 'bearer', token: '{{HTTPBearer.token}}' },
      variables: [{ key: 'baseUrl', value: 'http://127.0.0.1:8000', description: 'where the API runs' }, { key: 'HTTPBearer.token', secret: true }, { key: 'user', value: 'ann' }],
      spec: SPEC,
      tls: { caCertificates: ['certs/ca.pem'] },
    }),
    items: [
      {
        kind: 'folder',
        folder: newFolder('books', { description: 'Book calls', variables: [{ key: 'shelf', value: 'A' }], auth: { type: 'bearer', token: '{{bookToken}}' } }),
        items: [{ kind: 'request', request: create }, { kind: 'request', request: read }, { kind: 'folder', folder: newFolder('covers'), items: [{ kind: 'request', request: upload }] }],
      },
      { kind: 'folder', folder: newFolder('payments'), items: [{ kind: 'request', request: fixedKey }, { kind: 'request', request: keyOff }] },
      { kind: 'request', request: login },
    ],
  };
}

/** The Postman export of `tree` as a file holds it, read back. */
function exported(tree: CollectionTree): PmCollection {
  return JSON.parse(JSON.stringify(toPostman(tree))) as PmCollection;
}

function imported(doc: unknown): { tree: CollectionTree; warnings: readonly string[] } {
  const outcome = importParsed('postman', JSON.stringify(doc), doc, 'pm');
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('postman-extras', () => {
  it('brings back, after an export to Postman and an import, the collection it was: spec, operations, checks, keys, settings, secrets', () => {
    const original = treeForDisk(everyField());
    const back = imported(exported(original));
    expect(back.tree).toStrictEqual(original);
    expect(back.warnings).toEqual(['The collection names client certificates or CA files (relative to its folder): copy those files into the new collection folder, or its runs cannot use them.']);
  });

  it('carries them in one disabled collection variable, which Postman\'s own collection library keeps', () => {
    const doc = exported(treeForDisk(everyField()));
    const carrier = doc.variable?.find((v) => v.key === EXTRAS_VARIABLE);
    expect(carrier).toMatchObject({ disabled: true });
    expect(JSON.stringify(doc.item)).not.toContain('POST /books');
    // Postman's SDK reads and writes collections as the app does: what it writes back still carries the extras.
    const rewritten = JSON.parse(JSON.stringify(new Collection(doc).toJSON())) as Record<string, unknown>;
    const back = imported({ ...rewritten, info: doc.info });
    expect(back.tree.collection.spec).toEqual(SPEC);
    expect(back.tree.items[0]?.kind === 'folder' && back.tree.items[0].items[0]).toMatchObject({ request: { operation: { key: 'POST /books' } } });
  });

  it('finds a request again by folder, name and method after it moved in the list, and tells of one renamed', () => {
    const doc = exported(treeForDisk(everyField()));
    const [books, payments, login] = doc.item;
    if (!books?.item || !payments?.item || !login) throw new Error('unexpected export');
    books.item.reverse();
    const renamed = payments.item[1];
    if (renamed) renamed.name = 'Pay again';
    const back = imported({ ...doc, item: [login, payments, books] });
    const books2 = back.tree.items[2];
    expect(books2?.kind === 'folder' && books2.items.map((i) => (i.kind === 'request' ? [i.request.name, i.request.operation?.key] : ['folder']))).toEqual([['folder'], ['Get book', 'GET /books/{book_id}'], ['Create book', 'POST /books']]);
    expect(back.warnings).toContain('Request "payments / Pay" (POST) is no longer in the collection under that name, folder and method, so no request was linked to operation POST /payments again.');
  });

  it('keeps a variable of that name which is not Roundtrip\'s as an ordinary variable, and tells of one edited beyond reading', () => {
    const plain = imported({ info: { name: 'Mine', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, variable: [{ key: EXTRAS_VARIABLE, value: 'my own' }], item: [] });
    expect(plain.tree.collection.variables).toEqual([{ key: EXTRAS_VARIABLE, value: 'my own' }]);
    expect(plain.warnings).toEqual([]);

    const doc = exported(treeForDisk(everyField()));
    const carrier = doc.variable?.find((v) => v.key === EXTRAS_VARIABLE);
    if (!carrier) throw new Error('no carrier');
    carrier.value = carrier.value?.replace('"version":1', '"version":7');
    const broken = imported(doc);
    expect(broken.tree.collection.spec).toBeUndefined();
    expect(broken.tree.collection.variables.map((v) => v.key)).not.toContain(EXTRAS_VARIABLE);
    expect(broken.warnings[0]).toMatch(/^The collection variable _roundtrip was changed at version .*, so the spec and the requests' operation links it carried were not restored\.$/);
  });

  it('writes no carrier for a collection that holds nothing Postman loses', () => {
    const doc = exported({ collection: newCollection('Plain', { variables: [{ key: 'a', value: '1' }] }), items: [{ kind: 'request', request: newSavedRequest({ name: 'Ping', method: 'GET', url: '{{a}}/ping', assertions: [{ type: 'status', equals: 200 }] }) }] });
    expect(doc.variable).toEqual([{ key: 'a', value: '1' }]);
  });

  it('says that spec checks of a collection imported without a spec will fail, and how to link one', () => {
    const original = treeForDisk(everyField());
    const doc = exported(original);
    const back = imported({ ...doc, variable: doc.variable?.filter((v) => v.key !== EXTRAS_VARIABLE) });
    expect(back.tree.collection.spec).toBeUndefined();
    const note = back.warnings.find((w) => w.includes('names no spec'));
    expect(note).toBe(
      '2 requests "books / Create book", "books / Get book" check the response against the spec ("conforms" or "idempotent"), but the collection names no spec and the requests are linked to no operation: those checks will fail until they are. ' +
        'Link the spec by adding "spec": {"source": "<URL or path of the OpenAPI document>"} to collection.json (a path is relative to the collection folder), and each request to its operation by adding "operation": {"key": "<METHOD> <path as the spec writes it>"} to its request file; ' +
        'or make the collection from the document itself (roundtrip import <openapi.json>).',
    );
  });
});
