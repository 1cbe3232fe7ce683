import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { runRoundtrip } from '../support/run-roundtrip';
import { writeCollection } from '../support/runner-collections';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

let service: FastApiServer;
beforeAll(async () => {
  service = await startFastApi('auth_vars_app');
});
afterAll(async () => {
  await service.stop();
});

describe('saved requests of one operation with different bearer auths (FastAPI)', () => {
  const session = useUiSession();
  it('each sends its own, opened one after the other, as a run does', async () => {
    const op = { key: 'GET /bearer', operationId: 'read_bearer_bearer_get' };
    const dir = await writeCollection(
      'Tokens',
      [newSavedRequest({ name: 'Collection token', method: 'GET', url: '{{baseUrl}}/bearer', operation: op }), newSavedRequest({ name: 'Own token', method: 'GET', url: '{{baseUrl}}/bearer', operation: op, auth: { type: 'bearer', token: '{{otherToken}}' } })],
      { variables: [{ key: 'baseUrl', value: service.baseUrl }], auth: { type: 'bearer', token: '{{HTTPBearer.token}}' }, spec: { source: service.specUrl } },
    );
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    await cp(dir, path.join(root, 'tokens'), { recursive: true });
    await forgetReceived(service);
    await runRoundtrip('run', path.join(root, 'tokens'), '--var', 'HTTPBearer.token=tok-collection', '--var', 'otherToken=tok-own');
    const byRun = (await receivedBy(service, '/bearer')).map((entry) => headerValues(entry, 'authorization'));
    expect(byRun).toEqual([['Bearer tok-collection'], ['Bearer tok-own']]);

    const app = await session().openApp();
    await app.openUrl(service.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await app.selectOperation('GET', '/header-key');
    await app.newEnvironment([{ name: 'HTTPBearer.token', value: 'tok-collection' }, { name: 'otherToken', value: 'tok-own' }]);
    const byApp: string[][] = [];
    for (const name of ['Collection token', 'Own token']) {
      await panel.open();
      await panel.request(name).getByRole('button', { name, exact: true }).click();
      await app.byTestId('op-header').filter({ hasText: '/bearer' }).waitFor();
      await panel.close();
      await forgetReceived(service);
      await app.send();
      byApp.push(headerValues((await receivedBy(service, '/bearer'))[0], 'authorization'));
    }
    expect(byApp).toEqual(byRun);
  });
});
