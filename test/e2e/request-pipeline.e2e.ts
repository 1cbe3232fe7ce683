import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { startBrowserHost, type BrowserHost } from './support/browser-host';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CollectionsPanel } from './support/collections-panel';
import { RoundtripPage } from './support/roundtrip-page';

describe('one request pipeline: variables, auth and headers as the server receives them', () => {
  let dataDir: string;
  let chromium: ChromiumSession;
  let fastapi: FastApiServer;
  let host: BrowserHost | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-pipeline-'));
    [chromium, fastapi] = await Promise.all([launchChromium(), startFastApi('forms_app')]);
  });
  afterAll(async () => {
    await host?.stop();
    await chromium.close();
    await fastapi.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const received = () => receivedBy(fastapi);
  const forget = () => forgetReceived(fastapi);
  const lines = headerValues;

  async function openApp(): Promise<RoundtripPage> {
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host?.url ?? '');
    await app.openUrl(fastapi.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    return app;
  }

  it('blocks a send whose {{variable}} has no value, and sets it in one click', async () => {
    host = await startBrowserHost({ dataDir });
    const app = await openApp();
    await app.selectOperation('GET', '/echo');
    await app.setBaseUrl('{{echoBase}}');
    await forget();
    await app.clickSend();
    const missing = app.page.locator('[data-testid="missing-variable"][data-name="echoBase"]');
    await missing.waitFor();
    expect(await missing.innerText()).toContain(
      'Not sent: `{{echoBase}}` (in the base URL) has no value: no environment is active and the request has no variables (set it in a new environment).',
    );
    expect(await app.byTestId('missing-variable').count()).toBe(1);
    expect(await received()).toEqual([]);

    await app.byTestId('missing-variable-value').fill(fastapi.baseUrl);
    await app.byTestId('missing-variable-set').click();
    await app.byTestId('missing-variables').waitFor({ state: 'detached' });
    expect(await app.byTestId('env-select').locator('option:checked').innerText()).toBe('Environment 1');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect((await received()).map((r) => r.path)).toEqual(['/echo']);
    await app.page.close();
  });

  it('a saved request reopened after a restart sends one X-API-Key, the environment secret, also beside typed auth', async () => {
    const app = await openApp();
    // The secret is kept on disk unencrypted (this host has no keychain), as chosen, so it outlives the restart.
    await app.selectOperation('GET', '/keyed');
    await app.newEnvironment([{ name: 'apiKey', value: 'k-secret-1', secret: true }]);
    await app.byTestId('env-persist-plain').check();
    await app.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]').getByTestId('auth-api-key').fill('{{apiKey}}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Keys');
    await panel.saveCurrent('Keyed', 'Keys');
    const saved = await readFile(path.join(dataDir, 'collections', 'keys', 'keyed.request.json'), 'utf8');
    expect(saved).not.toContain('k-secret-1');
    await expect.poll(async () => (await Promise.all((await readdir(dataDir)).filter((name) => name.startsWith('environment')).map((name) => readFile(path.join(dataDir, name), 'utf8')))).join(''), { timeout: 10_000 }).toContain('k-secret-1');
    await app.page.close();

    // Restart: a new host process on the same data folder, a new page.
    await host?.stop();
    host = await startBrowserHost({ dataDir });
    const again = await openApp();
    const reopened = new CollectionsPanel(again);
    await reopened.open();
    await reopened.request('Keyed').getByRole('button', { name: 'Keyed', exact: true }).click();
    await again.byTestId('op-header').filter({ hasText: '/keyed' }).waitFor();
    await forget();
    await again.send();
    expect(await again.responseStatus()).toBe('200 OK');
    let [first] = await received();
    expect(lines(first, 'x-api-key')).toEqual(['k-secret-1']);

    // The key typed into Auth as well: still one X-API-Key, the typed one.
    await again.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]').getByTestId('auth-api-key').fill('k-typed-2');
    await forget();
    await again.send();
    [first] = await received();
    expect(lines(first, 'x-api-key')).toEqual(['k-typed-2']);
    expect(lines(first, 'accept')).toHaveLength(1);
    await again.page.close();
  });

  it('history "Open in editor" then Send reproduces the request byte for byte, the key taken from the environment', async () => {
    const app = await openApp();
    await app.selectOperation('GET', '/keyed');
    await app.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]').getByTestId('auth-api-key').fill('{{apiKey}}');
    await forget();
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');

    await app.byTestId('history-toggle').click();
    await app.byTestId('history-entry').first().click();
    await app.byTestId('history-opened').waitFor();
    expect(await app.byTestId('history-opened').innerText()).toContain('Not stored: X-API-Key');
    await app.byTestId('history-open-editor').click();
    await app.byTestId('document-editor').waitFor();
    // Opened like a click in a list: in the preview tab, until it is edited or double-clicked.
    expect(await app.page.locator('[data-testid="tab"][aria-selected="true"]').getAttribute('data-preview')).toBe('true');
    expect(await app.byTestId('url-input').inputValue()).toBe(`${fastapi.baseUrl}/keyed`);
    expect(await app.byTestId('operation-link').innerText()).toContain('carries the credentials typed for APIKeyHeader');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');

    const [original, again] = await received();
    expect(again).toEqual(original);
    expect(lines(again, 'x-api-key')).toEqual(['k-secret-1']);
    await app.page.close();
  });
});
