import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './support/browser-host';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CollectionsPanel } from './support/collections-panel';
import { RoundtripPage } from './support/roundtrip-page';

// The page-level keys of the browser host: Ctrl+S/O/F as in the desktop menu, Alt+T/W for tabs
// (Chromium keeps Ctrl+T and Ctrl+W for itself).
describe('tabs and window shortcuts', () => {
  let dataDir: string;
  let chromium: ChromiumSession;
  let host: BrowserHost;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-tabs-e2e-'));
    [chromium, host] = await Promise.all([launchChromium(), startBrowserHost({ dataDir })]);
  });
  afterAll(async () => {
    await host.stop();
    await chromium.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens operations as tabs, marks unsaved changes, and saves and closes them from the keyboard', async () => {
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host.url);
    await app.openDemo();
    const bar = app.page.getByRole('tablist', { name: 'Open requests' });
    const tabs = bar.getByRole('tab');
    const activeTab = bar.getByRole('tab', { selected: true });
    const unsaved = app.byTestId('tab-unsaved');
    const notice = app.byTestId('save-notice');

    await app.keepOperation('GET', '/items');
    await app.keepOperation('POST', '/items');
    expect(await tabs.count()).toBe(2);
    expect(await activeTab.innerText()).toContain('/items');
    expect(await unsaved.count()).toBe(0);

    // Edits mark the tab; switching tabs keeps each form's values.
    await app.setBody('{"name": "tabbed pen", "price": 2}');
    await unsaved.waitFor();
    await tabs.first().click();
    await app.fillParam('query:limit', '3');
    expect(await unsaved.count()).toBe(2);
    await tabs.nth(1).click();
    expect(await (await app.rawBody()).inputValue()).toContain('tabbed pen');

    // Ctrl+S on a request never saved asks for a place: the collections drawer opens.
    await app.page.keyboard.press('Control+s');
    await notice.filter({ hasText: 'not in a collection yet' }).waitFor();
    await app.byTestId('collections-drawer').waitFor();
    const panel = new CollectionsPanel(app);
    await panel.newCollection('Tabs');
    await panel.saveCurrent('Create pen', 'Tabs');
    await bar.getByRole('tab', { name: /Create pen/ }).waitFor();
    expect(await activeTab.getAttribute('data-changed')).toBe('false');

    // Edit it again; Ctrl+S now saves over it and the marker goes.
    await app.setBody('{"name": "tabbed pen", "price": 3}');
    await activeTab.getByTestId('tab-unsaved').waitFor();
    await app.page.keyboard.press('Control+s');
    await notice.filter({ hasText: 'Saved Create pen' }).waitFor();
    await activeTab.getByTestId('tab-unsaved').waitFor({ state: 'detached' });

    // Alt+T opens a new tab that the next operation fills; Alt+W closes it. Ctrl+S there has nothing to save.
    await app.page.keyboard.press('Alt+t');
    await app.byTestId('new-tab-hint').waitFor();
    await app.page.keyboard.press('Control+s');
    await notice.filter({ hasText: 'Nothing to save: open an operation first.' }).waitFor();
    expect(await tabs.count()).toBe(3);
    await app.selectOperation('GET', '/items/{itemId}');
    expect(await tabs.count()).toBe(3);
    await app.page.keyboard.press('Alt+w');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="tab"]').length === 2);

    // Closing a tab with unsaved changes asks: dismissing keeps it, accepting drops its edits.
    await tabs.first().click();
    app.page.once('dialog', (dialog) => void dialog.dismiss());
    await app.page.keyboard.press('Alt+w');
    expect(await tabs.count()).toBe(2);
    app.page.once('dialog', (dialog) => void dialog.accept());
    await app.page.keyboard.press('Alt+w');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="tab"]').length === 1);
    await app.selectOperation('GET', '/items');
    expect(await app.param('query:limit').inputValue()).toBe('20');

    // A saved request opens in a tab named after it, with nothing unsaved, its body as saved.
    await panel.request('Create pen').getByRole('button', { name: 'Create pen', exact: true }).click();
    await activeTab.filter({ hasText: 'Create pen' }).waitFor();
    expect(await activeTab.getAttribute('data-changed')).toBe('false');
    expect(await (await app.rawBody()).inputValue()).toContain('"price": 3');

    // Another saved request of the same operation opens beside it: unsaved edits stay in their own tab.
    await app.setBody('{"name": "other pen", "price": 5}');
    await panel.drawer.getByRole('button', { name: 'Save as new…' }).click();
    await panel.saveCurrent('Other pen', 'Tabs');
    await activeTab.filter({ hasText: 'Other pen' }).waitFor();
    await app.setBody('{"name": "other pen", "price": 6}');
    await activeTab.getByTestId('tab-unsaved').waitFor();
    await panel.request('Create pen').getByRole('button', { name: 'Create pen', exact: true }).click();
    await activeTab.filter({ hasText: 'Create pen' }).waitFor();
    // (In the preview tab, in place of GET /items.)
    expect(await bar.getByRole('tab', { name: /Other pen/ }).count()).toBe(1);
    expect(await (await app.rawBody()).inputValue()).toContain('"price": 3');
    expect(await activeTab.getAttribute('data-changed')).toBe('false');
    await bar.getByRole('tab', { name: /Other pen/ }).click();
    await activeTab.filter({ hasText: 'Other pen' }).waitFor();
    expect(await (await app.rawBody()).inputValue()).toContain('"price": 6');
    expect(await activeTab.getAttribute('data-changed')).toBe('true');

    // Ctrl+F finds: the cursor goes to the resource filter. Ctrl+O opens the open panel.
    await app.page.keyboard.press('Control+f');
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'filter-input');
    await app.page.keyboard.press('Control+o');
    await app.byTestId('open-url-input').waitFor();
    await app.page.screenshot({ path: '/tmp/roundtrip-tabs.png' });
    await app.page.close();
  });
});
