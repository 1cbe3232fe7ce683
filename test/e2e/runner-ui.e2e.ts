import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../electron/services/demo-api/demo-server';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { crudRequests, writeCollection } from '../support/runner-collections';
import { RunnerPanel } from './support/runner-panel';
import { useUiSession } from './support/ui-session';

describe('the in-app runner', () => {
  const session = useUiSession();
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer();
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
  });
  afterAll(async () => {
    await demo.close();
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
    await app.byTestId('env-new').click();
    await app.byTestId('env-edit').click();
    await app.byTestId('env-add-variable').click();
    await app.byTestId('env-var-name').first().fill('baseUrl');
    await app.byTestId('env-var-value').first().fill(demo.baseUrl);
    await app.byTestId('env-add-variable').click();
    await app.byTestId('env-var-name').nth(1).fill('token');
    await app.byTestId('env-var-secret').nth(1).check();
    await app.byTestId('env-var-value').nth(1).fill('t-in-memory');
    await runner.open();
    await runner.run();
    await expect.poll(() => runner.summary.textContent()).toContain('1/1 requests passed');
  });
});
