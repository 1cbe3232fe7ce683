import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

// The token test/support/fastapi/import_keys_app.py accepts.
const TOKEN = 'tok-import-keys';

describe('"New collection from this spec": the requests it makes', () => {
  const session = useUiSession();
  let shop: FastApiServer;

  beforeAll(async () => {
    shop = await startFastApi('import_keys_app');
  });
  afterAll(async () => {
    await shop.stop();
  });

  it('sends the create with a fresh Idempotency-Key, not the schema example', async () => {
    const app = await session().openApp();
    await app.openUrl(shop.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-from-spec').click();
    await panel.request('Create Order').waitFor();
    await panel.request('Create Order').getByRole('button', { name: 'Create Order', exact: true }).click();
    await app.byTestId('op-header').filter({ hasText: '/orders' }).waitFor();
    await panel.close();
    // Environments are edited in the request panel.
    await app.newEnvironment([{ name: 'HTTPBearer.token', value: TOKEN, secret: true }]);
    await forgetReceived(shop);
    await app.send();
    await app.responseStatus();
    const [created] = await receivedBy(shop, '/orders');
    expect(headerValues(created, 'idempotency-key')).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
  });
});
