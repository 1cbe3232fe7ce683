import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest } from '../../../../shared/collections/collection-tree';
import type { CollectionListing } from '../../../../shared/collections/listing';
import { planText } from '../../../../shared/runner/cli-report';
import { planRun } from '../../../../shared/runner/run-plan';
import { buildStepRequest } from '../../../../shared/runner/step-request';
import { recordScope } from '../../../../shared/request/variable-scopes';

const run = (values: Record<string, string>) => [recordScope('--var', values)];

const listing: CollectionListing = {
  id: 'shop',
  collection: newCollection('Shop', { auth: { type: 'bearer', token: '{{token}}' } }),
  children: [
    { kind: 'request', id: 'shop/create.request.json', request: newSavedRequest({ name: 'Create', method: 'POST', url: '{{base}}/items', body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"{{name}}","qty":{{qty}}}' }, captures: [{ name: 'id', from: 'json', path: '$.id' }] }) },
    {
      kind: 'folder',
      id: 'shop/read',
      folder: newFolder('Read', { auth: { type: 'apikey', name: 'key', value: 'k1', in: 'query' } }),
      children: [{ kind: 'request', id: 'shop/read/get.request.json', request: newSavedRequest({ name: 'Get', method: 'GET', url: '{{base}}/items/{{id}}', assertions: [{ type: 'status', equals: 200 }] }) }],
    },
    { kind: 'request', id: 'shop/keyed.request.json', request: newSavedRequest({ name: 'Keyed', method: 'POST', url: '{{base}}/orders', idempotencyKey: { policy: 'auto' } }) },
  ],
};

describe('run-plan', () => {
  it('lists steps in order, resolves inherited auth and marks non-idempotent steps', () => {
    const plan = planRun(listing);
    expect(plan.problems).toEqual([]);
    expect(plan.steps.map((s) => [s.name, s.nonIdempotent, s.keyed, s.auth.type, s.folders.join('/')])).toEqual([
      ['Create', true, false, 'bearer', ''],
      ['Get', false, false, 'apikey', 'Read'],
      ['Keyed', false, true, 'bearer', ''],
    ]);
  });
  it('marks a step whose saved Idempotency-Key header goes out on every run as keyed, not as doing it again', () => {
    const header = (value: string, disabled?: boolean) => newSavedRequest({ name: value, method: 'POST', url: '{{base}}/orders', headers: [{ name: 'Idempotency-Key', value, ...(disabled ? { disabled } : {}) }] });
    const steps = planRun({ ...listing, children: [{ kind: 'request', id: 'shop/a.request.json', request: header('k-111') }, { kind: 'request', id: 'shop/b.request.json', request: header(' ') }, { kind: 'request', id: 'shop/c.request.json', request: header('k-1', true) }] }).steps;
    expect(steps.map((s) => [s.nonIdempotent, s.keyed])).toEqual([
      [false, true],
      [true, false],
      [true, false],
    ]);
  });
  it('limits the plan to one folder and names a missing one', () => {
    expect(planRun(listing, 'shop/read').steps.map((s) => s.name)).toEqual(['Get']);
    expect(planRun(listing, 'shop/nope').problems).toEqual(['shop/nope: no such folder in Shop']);
  });
  it('reports broken files and invalid assertions as problems', () => {
    const broken: CollectionListing = { ...listing, children: [...listing.children, { kind: 'broken', id: 'shop/x.request.json', fileKind: 'request', message: 'Unexpected token' }, { kind: 'request', id: 'shop/bad.request.json', request: newSavedRequest({ name: 'Bad', method: 'GET', url: 'x', assertions: [{ type: 'nope' }] }) }] };
    const plan = planRun(broken);
    expect(plan.problems).toHaveLength(2);
    expect(plan.problems[0]).toBe('shop/x.request.json: Unexpected token');
  });
});

describe('step-request', () => {
  const [create, get, keyed] = planRun(listing).steps;
  it('fills variables (escaped inside JSON strings) and applies auth', () => {
    const built = create && buildStepRequest(create, run({ base: 'http://h', token: 't', name: 'a "b"', qty: '3' }));
    expect(built?.ok && built.request).toMatchObject({
      method: 'POST',
      url: 'http://h/items',
      headers: [{ name: 'Authorization', value: 'Bearer t' }, { name: 'Content-Type', value: 'application/json' }],
      body: { mediaType: 'application/json', text: '{"name":"a \\"b\\"","qty":3}' },
    });
  });
  it('puts API keys in the query', () => {
    const built = get && buildStepRequest(get, run({ base: 'http://h', id: '7' }));
    expect(built?.ok && built.request.url).toBe('http://h/items/7?key=k1');
  });
  it('never sends an unknown variable as typed: the step is blocked and says where to set it', () => {
    const built = get && buildStepRequest(get, run({ base: 'http://h' }), { setIn: 'the environment "Dev"' });
    expect(built?.ok).toBe(false);
    expect(!built?.ok && built?.unknown).toEqual(['id']);
    expect(!built?.ok && built?.message).toBe('Get: `{{id}}` (in the URL) has no value in --var or the collection "Shop" (set it in the environment "Dev").');
    expect(!built?.ok && built?.draft.url).toBe('http://h/items/{{id}}?key=k1');
  });
  it('carries the credential names of the key and of the document, and the values to mask', () => {
    const keyed = get && buildStepRequest(get, run({ base: 'http://h', id: '7' }));
    // The key's name and value ride along, so a redirect drops them and history masks them.
    expect(keyed?.ok && keyed.request).toMatchObject({ credentialNames: { headers: [], query: ['key'] }, secretValues: ['k1'] });
    const built = create && buildStepRequest(create, run({ base: 'http://h', token: 'tok', name: 'n', qty: '1' }), { credentialNames: { headers: ['X-Partner-Credential'], query: [] } });
    expect(built?.ok && built.request).toMatchObject({ credentialNames: { headers: ['X-Partner-Credential'], query: [] }, secretValues: ['tok'] });
  });
  it('adds a fresh Idempotency-Key per send for an auto policy', () => {
    const built = keyed && buildStepRequest(keyed, run({ base: 'http://h', token: 't' }), { newKey: () => 'k-1', timeoutMs: 500 });
    expect(built?.ok && built.request.headers).toContainEqual({ name: 'Idempotency-Key', value: 'k-1' });
    expect(built?.ok && built.request.timeoutMs).toBe(500);
  });
});

describe('cli-report', () => {
  it('names the non-idempotent steps before the run', () => {
    expect(planText(planRun(listing), 3)).toBe('Shop: 3 requests x 3 iterations. Not idempotent (each run creates or changes something again): Create. Idempotent with a key: Keyed.');
  });
});
