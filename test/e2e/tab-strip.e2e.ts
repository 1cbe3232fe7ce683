import { describe, expect, it } from 'vitest';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

describe('the tab strip', () => {
  const session = useUiSession();

  it('never overflows with one tab, and eight open requests leave the response pane inside the window', async () => {
    const app = await session().openApp();
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await app.openDemo();
    const strip = app.page.locator('.tab-list');
    const overflow = () => strip.evaluate((el) => ({ x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }));
    await app.selectOperation('GET', '/items');
    expect(await overflow()).toEqual({ x: 0, y: 0 });

    const rows = app.byTestId('operation-row');
    const count = await rows.count();
    // A double click keeps each one open (a single click would reuse the preview tab).
    for (let index = 0; index < count; index += 1) await rows.nth(index).dblclick();
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill('http://127.0.0.1:9/a-long-path/that/makes/a/wide/tab/title');
    expect(await app.byTestId('tab').count()).toBe(count + 1);
    expect(count + 1).toBeGreaterThanOrEqual(8);

    const right = async (selector: string) => app.page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().right);
    expect(await right('#pane-response')).toBeLessThanOrEqual(1440);
    expect(await right('[data-testid="toggle-response"]')).toBeLessThanOrEqual(1440);
    expect(await right('[data-testid="tab-new"]')).toBeLessThanOrEqual(1440);
    // The strip scrolls instead, and lists every tab to pick from.
    expect((await overflow()).x).toBeGreaterThan(0);
    expect(await app.byTestId('tab-menu').locator('option').count()).toBe(count + 1);
    await app.byTestId('tab-menu').selectOption({ index: 0 });
    await app.byTestId('op-header').filter({ hasText: '/items' }).waitFor();
    const first = app.byTestId('tab').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    // Picked from the list, the tab is scrolled into view.
    const box = await first.boundingBox();
    const stripBox = await strip.boundingBox();
    expect(box && stripBox && box.x >= stripBox.x - 1).toBe(true);
    await app.page.screenshot({ path: '/tmp/tab-strip.png' });
  });

  it('opens single clicks in one preview tab, in italics, that an edit or a double click keeps', async () => {
    const app = await session().openApp();
    await app.openDemo();
    const tabs = app.byTestId('tab');
    const active = app.page.locator('[data-testid="tab"][aria-selected="true"]');
    const rows = app.byTestId('operation-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);

    // Eight operations clicked one after another (the list round again when it is shorter): one tab, showing the last, in italics.
    for (let index = 0; index < 8; index += 1) {
      const row = rows.nth(index % count);
      const path = (await row.getAttribute('data-path')) ?? '';
      const method = (await row.getAttribute('data-method')) ?? '';
      await row.click();
      await app.byTestId('op-header').filter({ hasText: path }).filter({ hasText: method.toUpperCase() }).waitFor();
      expect(await tabs.count()).toBe(1);
    }
    expect(await active.getAttribute('data-preview')).toBe('true');
    expect(await active.locator('.tab-title').evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');

    // An edit keeps it: the next click opens a preview beside it.
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '7');
    await app.page.locator('[data-testid="tab"][data-preview="false"]').filter({ hasText: '/items' }).waitFor();
    await app.selectOperation('POST', '/items');
    expect(await tabs.count()).toBe(2);
    expect(await active.getAttribute('data-preview')).toBe('true');
    await app.selectOperation('GET', '/items/{itemId}');
    expect(await tabs.count()).toBe(2);
    expect(await tabs.first().innerText()).toContain('/items');
    await tabs.first().click();
    expect(await app.param('query:limit').inputValue()).toBe('7');

    // A double click on the tab keeps it; so does a double click in the list.
    await tabs.nth(1).dblclick();
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="tab"][data-preview="true"]').length === 0);
    await app.selectOperation('DELETE', '/items/{itemId}');
    expect(await tabs.count()).toBe(3);
    await app.keepOperation('DELETE', '/items/{itemId}');
    await app.selectOperation('POST', '/items');
    expect(await tabs.count()).toBe(4);
    expect(await active.getAttribute('data-preview')).toBe('true');

    // Saved requests open the same way from the collections drawer.
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Preview');
    await panel.saveCurrent('Create', 'Preview');
    await app.selectOperation('GET', '/items');
    await panel.saveCurrent('List', 'Preview');
    // A click on a saved request reuses the preview tab, or shows the tab that holds it.
    await app.selectOperation('PATCH', '/items/{itemId}');
    const settled = await tabs.count();
    await panel.request('Create').getByRole('button', { name: 'Create', exact: true }).click();
    await active.filter({ hasText: 'Create' }).waitFor();
    expect(await active.getAttribute('data-preview')).toBe('true');
    expect(await tabs.count()).toBe(settled);
    await panel.request('List').getByRole('button', { name: 'List', exact: true }).click();
    await active.filter({ hasText: 'List' }).waitFor();
    await app.selectOperation('PUT', '/items/{itemId}');
    expect(await tabs.count()).toBe(settled);
    // A double-click keeps the request its first click hit, though that click changes the drawer's save box
    // above the list and the rows move under the second.
    await panel.request('Create').getByRole('button', { name: 'Create', exact: true }).dblclick();
    await app.page.locator('[data-testid="tab"][aria-selected="true"][data-preview="false"]').filter({ hasText: 'Create' }).waitFor();
    expect(await tabs.count()).toBe(settled);
    await app.page.screenshot({ path: '/tmp/tab-preview.png' });
  });

  it('scrolls fifteen tabs within the strip, never the page, and keeps the active one in view', async () => {
    const app = await session().openApp();
    await app.openDemo();
    const rows = app.byTestId('operation-row');
    const count = await rows.count();
    for (let index = 0; index < count; index += 1) await rows.nth(index).dblclick();
    for (let index = count; index < 15; index += 1) {
      await app.byTestId('tab-new').click();
      await app.byTestId('url-input').fill(`http://127.0.0.1:9/tab/${index}`);
    }
    await rows.nth(1).dblclick();
    expect(await app.byTestId('tab').count()).toBe(Math.max(count, 15));
    const page = await app.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollX: window.scrollX };
    });
    expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    expect(page.scrollX).toBe(0);
    const strip = app.page.locator('.tab-list');
    expect(await strip.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const active = app.page.locator('[data-testid="tab"][aria-selected="true"]');
    const [tabBox, stripBox] = [await active.boundingBox(), await strip.boundingBox()];
    expect(tabBox && stripBox && tabBox.x >= stripBox.x - 1 && tabBox.x + tabBox.width <= stripBox.x + stripBox.width + 1).toBe(true);
    await app.page.screenshot({ path: '/tmp/tab-strip-fifteen.png' });
  });
});
