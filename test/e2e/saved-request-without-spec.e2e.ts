import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { startBrowserHost, type BrowserHost } from './support/browser-host';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CollectionsPanel } from './support/collections-panel';
import { RoundtripPage } from './support/roundtrip-page';
import { startSpecGate, type SpecGate } from './support/spec-gate';

describe('a saved request opened while its document is not (FastAPI, across a restart)', () => {
  let dataDir: string;
  let chromium: ChromiumSession;
  let fastapi: FastApiServer;
  let gate: SpecGate;
  let host: BrowserHost | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-no-spec-'));
    [chromium, fastapi] = await Promise.all([launchChromium(), startFastApi('forms_app')]);
    gate = await startSpecGate(fastapi.baseUrl);
  });
  afterAll(async () => {
    gate.open();
    await host?.stop();
    await chromium.close();
    await fastapi.stop();
    await gate.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const received = () => receivedBy(fastapi);
  const forget = () => forgetReceived(fastapi);
  const lines = headerValues;

  it('opens at once as a request that sends, then turns into its operation form with what was typed', async () => {
    host = await startBrowserHost({ dataDir });
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host.url);
    await app.openUrl(gate.url);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    // FastAPI's document names no server: requests go where it came from, through the gate.
    await app.selectOperation('GET', '/keyed');
    await app.newEnvironment([{ name: 'apiKey', value: 'k-secret-7', secret: true }]);
    await app.byTestId('env-persist-plain').check();
    await app.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]').getByTestId('auth-api-key').fill('{{apiKey}}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const panel = new CollectionsPanel(app);
    await panel.open();
    // Made while the document is open, the collection is linked to it.
    await panel.newCollection('Keys');
    await panel.saveCurrent('Keyed', 'Keys');
    expect(await readFile(path.join(dataDir, 'collections', 'keys', 'collection.json'), 'utf8')).toContain(gate.url);
    await expect.poll(async () => readFile(path.join(dataDir, 'environments.json'), 'utf8').catch(() => ''), { timeout: 10_000 }).toContain('apiKey');
    await app.page.close();

    // Restart; the document is slow to come this time.
    await host.stop();
    gate.shut();
    host = await startBrowserHost({ dataDir });
    const again = new RoundtripPage(await chromium.context.newPage());
    await again.goto(host.url);
    const reopened = new CollectionsPanel(again);
    await reopened.open();
    await reopened.request('Keyed').getByRole('button', { name: 'Keyed', exact: true }).click();

    // At once: the request as saved, in the URL bar, editable and sendable; the document loads meanwhile.
    await again.byTestId('document-editor').waitFor();
    expect(await again.byTestId('url-input').inputValue()).toBe('{{baseUrl}}/keyed');
    expect(await again.page.locator('[data-testid="linked-spec-note"][data-state="loading"]').innerText()).toContain(gate.url);
    await again.byTestId('url-input').fill('{{baseUrl}}/keyed?note=typed');
    await forget();
    await again.send();
    expect(await again.responseStatus()).toBe('200 OK');
    let [first] = await received();
    expect(first?.query).toBe('note=typed');
    expect(lines(first, 'x-api-key')).toEqual(['k-secret-7']);
    await again.page.screenshot({ path: '/tmp/saved-without-spec-before.png' });

    // The document arrives: the same tab shows the operation's form, what was typed kept (and unsaved).
    gate.open();
    await again.byTestId('op-header').filter({ hasText: '/keyed' }).waitFor({ timeout: 20_000 });
    const tab = again.page.locator('[data-testid="tab"][aria-selected="true"]');
    expect(await again.byTestId('tab').count()).toBe(1);
    expect(await tab.innerText()).toContain('Keyed');
    expect(await tab.getAttribute('data-changed')).toBe('true');
    await forget();
    await again.send();
    expect(await again.responseStatus()).toBe('200 OK');
    [first] = await received();
    expect(first?.path).toBe('/keyed');
    expect(first?.query).toBe('note=typed');
    expect(lines(first, 'x-api-key')).toEqual(['k-secret-7']);
    await again.page.screenshot({ path: '/tmp/saved-without-spec-after.png' });
    await again.page.close();
  });

  it('says so when the document does not load, and the request still sends as saved', async () => {
    await host?.stop();
    gate.break();
    host = await startBrowserHost({ dataDir });
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host.url);
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.request('Keyed').getByRole('button', { name: 'Keyed', exact: true }).click();
    const note = app.page.locator('[data-testid="linked-spec-note"][data-state="failed"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.innerText()).toContain(`Could not load ${gate.url}`);
    expect(await app.byTestId('url-input').inputValue()).toBe('{{baseUrl}}/keyed');
    await forget();
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [first] = await received();
    expect(lines(first, 'x-api-key')).toEqual(['k-secret-7']);
    await app.page.screenshot({ path: '/tmp/saved-without-spec-failed.png' });
    await app.page.close();
  });
});
