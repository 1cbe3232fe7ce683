import { describe, expect, it } from 'vitest';
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
    for (let index = 0; index < count; index += 1) await rows.nth(index).click();
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
});
