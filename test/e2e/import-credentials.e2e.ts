import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { everyFile } from '../support/every-file';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { RunnerPanel } from './support/runner-panel';
import { useUiSession } from './support/ui-session';

// Issue 14's import: a collection variable used as X-API-Key's value was written in clear, and an
// Idempotency-Key header became {{Idempotency-Key}}, planned as "not idempotent".
const postman = {
  info: { name: 'Orders', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  variable: [
    { key: 'baseUrl', value: 'http://127.0.0.1:9' },
    { key: 'apiKey', value: 'secret-key' },
  ],
  item: [
    {
      name: 'Create order',
      request: {
        method: 'POST',
        url: '{{baseUrl}}/orders?access_token=typed-TOKEN-123',
        header: [
          { key: 'X-API-Key', value: '{{apiKey}}' },
          { key: 'Idempotency-Key', value: 'held-out-key-1' },
        ],
      },
    },
  ],
};

describe('importing a Postman collection in the app: credentials by use, the Idempotency-Key as the key', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
  });

  it('writes no credential in clear, says which secrets the request needs, and plans it as keyed', async () => {
    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-import-toggle').click();
    await app.byTestId('collection-import-kind').selectOption('postman');
    await app.byTestId('collection-import-text').fill(JSON.stringify(postman));
    await app.byTestId('collection-import').click();
    const needs = panel.request('Create order').getByTestId('collection-needs-secret');
    await needs.waitFor();
    expect(await needs.innerText()).toBe('needs access_token, apiKey');
    const files = await everyFile(path.join(session().host.dataDir, 'collections'));
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toContain('secret-key');
      expect(text, file).not.toContain('typed-TOKEN-123');
      expect(text, file).not.toContain('{{Idempotency-Key}}');
    }
    const request = files.find((file) => file.endsWith('create-order.request.json'));
    expect(JSON.parse(await readFile(request ?? '', 'utf8'))).toMatchObject({ idempotencyKey: { policy: 'fixed', header: 'Idempotency-Key', value: 'held-out-key-1' } });

    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Orders');
    await runner.planSteps.first().waitFor();
    expect(await runner.nonIdempotentMarks.count()).toBe(0);
    expect(await app.byTestId('runner-keyed').innerText()).toBe('idempotent with a key');
    await app.page.screenshot({ path: '/tmp/roundtrip-import-credentials.png', fullPage: true });
  });
});
