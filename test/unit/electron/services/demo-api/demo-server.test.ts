import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../../../electron/services/demo-api/demo-server';
import type { DemoServer } from '../../../../../electron/services/demo-api/demo-server';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

interface ErrorBody {
  code: string;
  message: string;
  field?: string;
}

interface ItemBody {
  id: string;
  name: string;
  price: number;
  tags: string[];
  status: string;
  note: string | null;
  category?: unknown;
  createdAt: string;
}

let demo: DemoServer;

beforeEach(async () => {
  demo = await startDemoServer();
});

afterEach(async () => {
  await demo.close();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json', ...headers };
  }
  const response = await fetch(`${demo.baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

const asItem = (reply: Reply): ItemBody => reply.json as ItemBody;
const asItems = (reply: Reply): ItemBody[] => reply.json as ItemBody[];
const asError = (reply: Reply): ErrorBody => reply.json as ErrorBody;

describe('demo-server', () => {
  it('listens on 127.0.0.1 and serves its OpenAPI document at specUrl', async () => {
    expect(demo.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.specUrl).toBe(`${demo.baseUrl}/openapi.json`);
    const response = await fetch(demo.specUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const spec = (await response.json()) as { openapi: string; servers: { url: string }[] };
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.servers[0]?.url).toBe(demo.baseUrl);
  });

  it('answers GET /health with ok', async () => {
    const reply = await call('GET', '/health');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok' });
  });

  it('starts with two seed items', async () => {
    const items = asItems(await call('GET', '/items'));
    expect(items.map((item) => item.name)).toEqual(['Espresso cup', 'Dotted notebook']);
  });

  it('runs a full create, read, replace, patch, delete cycle', async () => {
    const created = await call('POST', '/items', { name: 'Lamp', price: 20, tags: ['light'] });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const item = asItem(created);
    expect(item).toMatchObject({ name: 'Lamp', price: 20, tags: ['light'], status: 'draft', note: null });
    expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Number.isNaN(Date.parse(item.createdAt))).toBe(false);
    expect(created.headers.get('location')).toBe(`${demo.baseUrl}/items/${item.id}`);

    expect(asItem(await call('GET', `/items/${item.id}`))).toEqual(item);

    const replaced = await call('PUT', `/items/${item.id}`, { name: 'Desk lamp', price: 25, status: 'active' });
    expect(replaced.status).toBe(200);
    expect(asItem(replaced)).toEqual({ ...item, name: 'Desk lamp', price: 25, status: 'active', tags: [] });

    const patched = await call('PATCH', `/items/${item.id}`, JSON.stringify({ note: 'LED', category: { name: 'Home', children: [{ name: 'Lights' }] } }), {
      'content-type': 'application/merge-patch+json',
    });
    expect(patched.status).toBe(200);
    expect(asItem(patched)).toEqual({ ...asItem(replaced), note: 'LED', category: { name: 'Home', children: [{ name: 'Lights' }] } });

    const cleared = asItem(await call('PATCH', `/items/${item.id}`, { note: null, category: null }));
    expect(cleared.note).toBeNull();
    expect(cleared).not.toHaveProperty('category');
    expect(cleared.name).toBe('Desk lamp');

    const deleted = await call('DELETE', `/items/${item.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call('GET', `/items/${item.id}`)).status).toBe(404);
    expect((await call('DELETE', `/items/${item.id}`)).status).toBe(404);
  });

  it('filters the list by status and tag and honours limit', async () => {
    await call('POST', '/items', { name: 'Mug', price: 6, tags: ['kitchen'], status: 'archived' });
    expect(asItems(await call('GET', '/items?status=active')).map((i) => i.name)).toEqual(['Espresso cup']);
    expect(asItems(await call('GET', '/items?tag=kitchen')).map((i) => i.name)).toEqual(['Espresso cup', 'Mug']);
    expect(asItems(await call('GET', '/items?limit=1')).map((i) => i.name)).toEqual(['Espresso cup']);
  });

  it.each([
    ['name missing', { price: 1 }, 'name', /'name' is required/],
    ['empty name', { name: '', price: 1 }, 'name', /'name' must be a non-empty string \(got ""\)/],
    ['price not a number', { name: 'A', price: '3' }, 'price', /'price' must be a number/],
    ['negative price', { name: 'A', price: -1 }, 'price', /greater than or equal to 0 \(got -1\)/],
    ['status outside the enum', { name: 'A', price: 1, status: 'sold' }, 'status', /one of draft, active, archived \(got "sold"\)/],
    ['tags not an array', { name: 'A', price: 1, tags: 'x' }, 'tags', /'tags' must be an array of strings/],
    ['a tag that is not a string', { name: 'A', price: 1, tags: ['ok', 2] }, 'tags[1]', /'tags\[1\]' must be a string \(got 2\)/],
    ['note a number', { name: 'A', price: 1, note: 3 }, 'note', /string or null/],
    ['unknown field', { name: 'A', price: 1, prise: 2 }, 'prise', /Unknown field 'prise'/],
    ['read-only id', { id: 'x', name: 'A', price: 1 }, 'id', /read-only/],
    ['nameless sub-category', { name: 'A', price: 1, category: { name: 'C', children: [{}] } }, 'category.children[0].name', /is required/],
    ['array body', [1], '', /must be a JSON object/],
  ])('refuses %s with 422 naming the field', async (_label, body, field, message) => {
    const before = asItems(await call('GET', '/items?limit=100')).length;
    const reply = await call('POST', '/items', body);
    expect(reply.status).toBe(422);
    const error = asError(reply);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(message);
    expect(error.field).toBe(field === '' ? undefined : field);
    expect(asItems(await call('GET', '/items?limit=100'))).toHaveLength(before);
  });

  it('refuses null for required fields in a PATCH and unknown query values in the list', async () => {
    const [first] = asItems(await call('GET', '/items'));
    const patch = await call('PATCH', `/items/${first?.id ?? ''}`, { price: null });
    expect(patch.status).toBe(422);
    expect(asError(patch).field).toBe('price');
    const badLimit = await call('GET', '/items?limit=500');
    expect(badLimit.status).toBe(422);
    expect(asError(badLimit)).toMatchObject({ field: 'limit', message: expect.stringMatching(/from 1 to 100 \(got "500"\)/) as unknown });
    const badStatus = await call('GET', '/items?status=gone');
    expect(asError(badStatus).field).toBe('status');
  });

  it('answers 404 with an Error body for unknown ids and unknown routes', async () => {
    const missing = await call('GET', '/items/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(asError(missing)).toEqual({ code: 'not_found', message: expect.stringContaining("No item with id '00000000-0000-4000-8000-000000000000'") as unknown });
    expect((await call('PUT', '/items/nope', { name: 'A', price: 1 })).status).toBe(404);
    const route = await call('GET', '/nowhere');
    expect(route.status).toBe(404);
    expect(asError(route).message).toContain('No route GET /nowhere');
  });

  it('answers 405 with Allow for a known path and an unsupported method', async () => {
    const reply = await call('DELETE', '/items');
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET, POST, HEAD');
  });

  it('answers 415 for bodies that are not JSON and names the accepted types', async () => {
    const post = await call('POST', '/items', 'name=A', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(post.status).toBe(415);
    expect(asError(post).code).toBe('unsupported_media_type');
    expect(post.headers.get('accept')).toBe('application/json');
    const [first] = asItems(await call('GET', '/items'));
    const patch = await call('PATCH', `/items/${first?.id ?? ''}`, '{}', { 'content-type': 'text/plain' });
    expect(patch.status).toBe(415);
    expect(patch.headers.get('accept-patch')).toBe('application/merge-patch+json, application/json');
  });

  it('answers 400 for malformed JSON and 422 for an empty body', async () => {
    const malformed = await call('POST', '/items', '{"name": "A",');
    expect(malformed.status).toBe(400);
    expect(asError(malformed)).toMatchObject({ code: 'malformed_json', message: expect.stringContaining('not valid JSON') as unknown });
    const empty = await fetch(`${demo.baseUrl}/items`, { method: 'POST' });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as ErrorBody).message).toContain('The request body is empty');
  });

  it('answers 413 for a body over 1 MB', async () => {
    const big = JSON.stringify({ name: 'A', price: 1, note: 'x'.repeat(1024 * 1024) });
    const reply = await call('POST', '/items', big);
    expect(reply.status).toBe(413);
    expect(asError(reply).code).toBe('payload_too_large');
  });

  it('answers 413 for a streamed body that grows past 1 MB without a Content-Length', async () => {
    const chunk = new TextEncoder().encode(`"${'x'.repeat(64 * 1024)}",`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"name":"A","price":1,"tags":['));
        // Stops after 4 MB in case the server kept reading, so the test fails instead of hanging.
        if (sent > 4 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    const response = await fetch(`${demo.baseUrl}/items`, init as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).code).toBe('payload_too_large');
  });

  it('replays a POST with the same Idempotency-Key and body instead of creating a second item', async () => {
    const key = { 'idempotency-key': '"8e03978e-40d5-43e8-bc93-6894a57f9324"' };
    const first = await call('POST', '/items', { name: 'Kettle', price: 30 }, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const count = asItems(await call('GET', '/items')).length;

    // Same JSON, other key order: still the same request.
    const again = await call('POST', '/items', { price: 30, name: 'Kettle' }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(asItem(again).id).toBe(asItem(first).id);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(asItems(await call('GET', '/items'))).toHaveLength(count);
  });

  it('refuses the same Idempotency-Key with a different body with 422', async () => {
    const key = { 'idempotency-key': 'order-42' };
    expect((await call('POST', '/items', { name: 'Kettle', price: 30 }, key)).status).toBe(201);
    const reuse = await call('POST', '/items', { name: 'Toaster', price: 40 }, key);
    expect(reuse.status).toBe(422);
    expect(asError(reuse)).toMatchObject({ code: 'idempotency_key_reused', field: 'Idempotency-Key' });
    expect(asItems(await call('GET', '/items')).map((i) => i.name)).not.toContain('Toaster');
  });

  it('does not use up a key on a request that failed validation', async () => {
    const key = { 'idempotency-key': 'retry-me' };
    expect((await call('POST', '/items', { name: 'Kettle' }, key)).status).toBe(422);
    const fixed = await call('POST', '/items', { name: 'Kettle', price: 30 }, key);
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 400 for a malformed Idempotency-Key', async () => {
    const reply = await call('POST', '/items', { name: 'Kettle', price: 30 }, { 'idempotency-key': '"unterminated' });
    expect(reply.status).toBe(400);
    expect(asError(reply)).toMatchObject({ code: 'invalid_idempotency_key', field: 'Idempotency-Key' });
  });

  it('closes promptly even with a keep-alive connection open', async () => {
    await call('GET', '/health');
    const started = performance.now();
    await demo.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fetch(`${demo.baseUrl}/health`)).rejects.toThrow();
    // close() is safe to call twice (afterEach does it again).
    await expect(demo.close()).resolves.toBeUndefined();
  });

  it('refuses to start on a port that is taken, with a clear message', async () => {
    const port = Number(new URL(demo.baseUrl).port);
    await expect(startDemoServer({ port })).rejects.toThrow(/Could not start the demo API on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
  });
});
