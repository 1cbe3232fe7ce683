import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { runRoundtrip as roundtrip } from '../support/run-roundtrip';

// The token test/support/fastapi/import_keys_app.py accepts.
const TOKEN = 'tok-import-keys';

interface Collection {
  readonly auth?: unknown;
  readonly variables: readonly { readonly key: string; readonly secret?: boolean; readonly value?: string }[];
}

let shop: FastApiServer;

beforeAll(async () => {
  shop = await startFastApi('import_keys_app');
});

afterAll(async () => {
  await shop.stop();
});

async function importShop(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'rt-import-spec-')), 'shop');
  const imported = await roundtrip('import', shop.specUrl, '--out', dir);
  expect(imported.code).toBe(0);
  return dir;
}

describe('roundtrip import of an OpenAPI document: the requests it writes', () => {
  it('sends a fresh Idempotency-Key for each create, across runs and iterations, so each one creates an order', async () => {
    const dir = await importShop();
    const saved = await readFile(path.join(dir, 'orders', 'create-order.request.json'), 'utf8');
    // The key is the request's idempotency policy, not a header holding the schema's example.
    expect(saved).not.toContain('"string"');
    expect(JSON.parse(saved)).toMatchObject({ idempotencyKey: { policy: 'auto', header: 'idempotency-key' } });

    await forgetReceived(shop);
    const token = `HTTPBearer.token=${TOKEN}`;
    await roundtrip('run', dir, '--var', token);
    await roundtrip('run', dir, '--var', token, '--iterations', '2');
    const creates = await receivedBy(shop, '/orders').then((all) => all.filter((entry) => entry.method === 'POST'));
    expect(creates).toHaveLength(3);
    const keys = creates.map((entry) => headerValues(entry, 'idempotency-key'));
    for (const key of keys) expect(key).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(new Set(keys.flat()).size).toBe(3);
    const listed = (await (await fetch(`${shop.baseUrl}/orders`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as unknown[];
    expect(listed).toHaveLength(3);
  });

  it('names the bearer scheme\'s variable as a request saved from the operation form does, {{HTTPBearer.token}}', async () => {
    const dir = await importShop();
    const collection = JSON.parse(await readFile(path.join(dir, 'collection.json'), 'utf8')) as Collection;
    const create = JSON.parse(await readFile(path.join(dir, 'orders', 'create-order.request.json'), 'utf8')) as { auth: unknown };
    expect(create.auth).toEqual({ type: 'bearer', token: '{{HTTPBearer.token}}' });
    expect(collection.variables.filter((v) => v.secret === true)).toEqual([expect.objectContaining({ key: 'HTTPBearer.token' })]);

    // The variable a form-saved request asks for is the one this collection's requests send.
    await forgetReceived(shop);
    await roundtrip('run', dir, '--var', `HTTPBearer.token=${TOKEN}`);
    const [created] = await receivedBy(shop, '/orders').then((all) => all.filter((entry) => entry.method === 'POST'));
    expect(headerValues(created, 'authorization')).toEqual([`Bearer ${TOKEN}`]);
  });

  it('leaves form fields with no example empty, so a run never posts the made-up "string"', async () => {
    const dir = await importShop();
    await forgetReceived(shop);
    await roundtrip('run', dir, '--var', `HTTPBearer.token=${TOKEN}`);
    const [login] = await receivedBy(shop, '/token');
    expect(login?.body).toBe('username=&password=');
    const [note] = await receivedBy(shop, '/notes');
    expect(note?.body).not.toContain('string');
  });
});
