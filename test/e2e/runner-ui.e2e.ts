import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../electron/services/demo-api/demo-server';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { crudRequests, writeCollection } from '../support/runner-collections';
import { RunnerPanel } from './support/runner-panel';
import { useUiSession } from './support/ui-session';

describe('the in-app runner', () => {
  const session = useUiSession();
  let demo: DemoServer;
  let secured: FastApiServer;
  let shop: FastApiServer;
  beforeAll(async () => {
    [demo, secured, shop] = await Promise.all([startDemoServer(), startFastApi('forms_app'), startFastApi('checkout_app')]);
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    const variables = [
      { key: 'baseUrl', value: demo.baseUrl },
      { key: 'itemName', value: 'lamp' },
    ];
    const crud = await writeCollection('Demo CRUD', crudRequests(), { spec: { source: `${demo.baseUrl}/openapi.json` }, variables });
    await cp(crud, path.join(root, 'demo-crud'), { recursive: true });
    const mixed = await writeCollection(
      'Mixed',
      [
        newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'status', equals: 200 }] }),
        newSavedRequest({ name: 'Wrong expectation', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'json', path: '$.status', op: 'equals', value: 'down' }] }),
      ],
      { variables },
    );
    await cp(mixed, path.join(root, 'mixed'), { recursive: true });
    // No variables of its own: the base URL and the key come from the active environment only.
    const bare = await writeCollection('Bare', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', headers: [{ name: 'X-Token', value: '{{token}}' }], assertions: [{ type: 'status', equals: 200 }] })]);
    await cp(bare, path.join(root, 'bare'), { recursive: true });
    const wrongKey = await writeCollection(
      'Wrong key',
      [
        newSavedRequest({ name: 'Who am I', method: 'GET', url: '{{secured}}/me', auth: { type: 'bearer', token: 'wrong-token' } }),
        newSavedRequest({ name: 'Who am I again', method: 'GET', url: '{{secured}}/me', auth: { type: 'bearer', token: 'wrong-token' } }),
        newSavedRequest({ name: 'Missing item', method: 'GET', url: '{{baseUrl}}/items/999999' }),
      ],
      { variables: [...variables, { key: 'secured', value: secured.baseUrl }] },
    );
    await cp(wrongKey, path.join(root, 'wrong-key'), { recursive: true });
    const dataDriven = await writeCollection(
      'Data driven',
      [
        newSavedRequest({
          name: 'Create from row',
          method: 'POST',
          url: '{{baseUrl}}/items',
          body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"{{itemName}}","price":3}' },
          assertions: [{ type: 'status', equals: 201 }, { type: 'json', path: '$.name', op: 'equals', value: '{{expectedName}}' }],
        }),
      ],
      { variables },
    );
    await cp(dataDriven, path.join(root, 'data-driven'), { recursive: true });
    const hold = (name: string) => newSavedRequest({ name, method: 'POST', url: '{{shopUrl}}/holds', headers: [{ name: 'Idempotency-Key', value: 'hold-1' }], operation: { key: 'POST /holds' } });
    const checkout = await writeCollection('Shop', [newSavedRequest({ name: 'Check out', method: 'POST', url: '{{shopUrl}}/checkout', operation: { key: 'POST /checkout' } }), hold('Hold'), hold('Hold again')], {
      spec: { source: shop.specUrl },
      // Not baseUrl: an environment made by another test here sets that one above the collection's.
      variables: [{ key: 'shopUrl', value: shop.baseUrl }],
    });
    await cp(checkout, path.join(root, 'shop'), { recursive: true });
  }, 30_000);
  afterAll(async () => {
    await Promise.all([demo.close(), secured.stop(), shop.stop()]);
  });

  it('shows the plan with non-idempotent steps marked, runs the CRUD chain live and passes', async () => {
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Demo CRUD');
    await expect.poll(() => runner.planSteps.count()).toBe(5);
    expect(await runner.nonIdempotentMarks.count()).toBe(1);
    await app.page.screenshot({ path: '/tmp/runner-plan.png' });
    await runner.run();
    expect(await runner.finished()).toContain('5/5 requests passed, 12/12 assertions');
    expect(await runner.rows.count()).toBe(5);
    await app.page.screenshot({ path: '/tmp/runner-passed.png' });
  });

  it('spells out a failure, re-runs only the failed step, and stops a long run', async () => {
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Mixed');
    await runner.run();
    expect(await runner.finished()).toContain('1/2 requests passed');
    await expect.poll(() => runner.rows.nth(1).textContent()).toContain('expected $.status to equal "down", got "ok"');
    await app.page.screenshot({ path: '/tmp/runner-failed.png' });

    await runner.rerunFailed();
    await expect.poll(() => runner.summary.textContent()).toContain('0/1 requests passed');
    expect(await runner.rows.count()).toBe(1);

    await runner.setIterations(5000);
    await runner.run();
    await expect.poll(() => runner.rows.count()).toBeGreaterThan(2);
    await runner.stop();
    await expect.poll(() => runner.summary.textContent()).toContain('(stopped)');
    expect(await runner.rows.count()).toBeLessThanOrEqual(500);
  });

  it('follows the active environment live, in-memory secrets included, and never sends a {{name}} without a value', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/health');
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Bare');
    await runner.run();
    expect(await runner.finished()).toContain('0/1 requests passed');
    await expect.poll(() => runner.rows.first().textContent()).toContain('`{{baseUrl}}` (in the URL) has no value in the collection "Bare" (set it in an environment).');

    // An environment made in the editor, with a secret that lives in memory only: the runner sees both at once.
    await app.page.keyboard.press('Escape');
    await app.byTestId('runner-drawer').waitFor({ state: 'detached' });
    await app.newEnvironment([
      { name: 'baseUrl', value: demo.baseUrl },
      { name: 'token', value: 't-in-memory', secret: true },
    ]);
    await runner.open();
    await runner.run();
    await expect.poll(() => runner.summary.textContent()).toContain('1/1 requests passed');
  });

  it('shows a POST’s own 303 and where it led, and an answer the server replayed for its Idempotency-Key', async () => {
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Shop');
    await runner.run();
    expect(await runner.finished()).toContain('3/3 requests passed');
    const status = (n: number) => runner.rows.nth(n).getByTestId('runner-status');
    expect(await status(0).textContent()).toBe('303 -> GET /orders/1 200');
    expect(await runner.rows.nth(0).textContent()).toContain('from GET /orders/{order_id} after the 303 redirect to /orders/1');
    expect(await status(1).textContent()).toBe('201');
    expect(await runner.rows.nth(1).getByTestId('runner-replayed').count()).toBe(0);
    expect(await status(2).textContent()).toBe('201 replayed');
    expect(await runner.rows.nth(2).getByTestId('runner-replayed').getAttribute('title')).toContain('Idempotent-Replayed');
  });

  it('goes red over 401 and 404 answers of requests without assertions, and says the checks were implicit', async () => {
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Wrong key');
    await runner.run();
    expect(await runner.finished()).toContain('0/3 requests passed, 0/0 assertions, 0/3 implicit status checks');
    expect(await runner.summary.getAttribute('class')).toContain('is-fail');
    await expect.poll(() => app.byTestId('runner-nothing-asserted').textContent()).toContain('Nothing was asserted');
    expect(await runner.rows.nth(0).textContent()).toContain('implicit: status is 2xx or 3xx: expected a 2xx or 3xx status, got 401');
    expect(await runner.rows.nth(2).textContent()).toContain('got 404');
    expect(await app.page.locator('[data-testid="runner-row"].is-pass').count()).toBe(0);
    await app.page.screenshot({ path: '/tmp/runner-implicit-red.png' });
  });

  it('runs one iteration per row of a data file chosen in the panel, and lists each iteration', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'roundtrip-data-'));
    const csv = path.join(folder, 'rows.csv');
    // A quoted field with a comma, and a row whose expectation is wrong on purpose.
    await writeFile(csv, 'itemName,expectedName\nlamp,lamp\n"chair, oak","chair, oak"\ndesk,table\n');
    const broken = path.join(folder, 'broken.json');
    await writeFile(broken, '{"itemName": "lamp"}');
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Data driven');
    await app.byTestId('runner-data-file').setInputFiles(broken);
    await expect.poll(() => app.byTestId('runner-data-status').textContent()).toContain('broken.json cannot be used: a JSON data file holds an array of objects');
    await app.byTestId('runner-data-file').setInputFiles(csv);
    await expect.poll(() => app.byTestId('runner-data-status').textContent()).toBe('rows.csv: 3 rows, one iteration each; columns itemName, expectedName.');
    expect(await app.byTestId('runner-iteration-list').count()).toBe(0);
    await runner.run();
    expect(await runner.finished()).toContain('2/3 requests passed, 5/6 assertions');
    const iterations = app.byTestId('runner-iteration');
    expect(await iterations.count()).toBe(3);
    expect(await iterations.nth(0).textContent()).toContain('Iteration 1: 1/1 requests passed (itemName=lamp, expectedName=lamp)');
    expect(await iterations.nth(1).textContent()).toContain('Iteration 2: 1/1 requests passed (itemName=chair, oak');
    expect(await iterations.nth(2).textContent()).toContain('Iteration 3: 0/1 requests passed (itemName=desk, expectedName=table)');
    expect(await runner.rows.nth(2).textContent()).toContain('expected $.name to equal "table", got "desk"');
    // Another file picked after the run: the list still says which rows that run used.
    const other = path.join(folder, 'other.csv');
    await writeFile(other, 'itemName,expectedName\nsofa,sofa\n');
    await app.byTestId('runner-data-file').setInputFiles(other);
    await expect.poll(() => app.byTestId('runner-data-status').textContent()).toContain('other.csv: 1 row');
    expect(await iterations.count()).toBe(3);
    expect(await iterations.nth(0).textContent()).toContain('(itemName=lamp, expectedName=lamp)');
    // What the server received: the row's value, quoted comma and all.
    const items = (await (await fetch(`${demo.baseUrl}/items?limit=100`)).json()) as { name: string }[];
    expect(items.map((item) => item.name)).toEqual(expect.arrayContaining(['lamp', 'chair, oak', 'desk']));
  });
});
