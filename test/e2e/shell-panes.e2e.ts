import { describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

describe('the three panes', () => {
  const session = useUiSession();

  it('resize and collapse from the keyboard, and open as they were left after a reload', async () => {
    const app = await session().openApp();
    const page = app.page;
    await app.openDemo();
    await app.selectOperation('POST', '/items');
    const resources = page.getByRole('separator', { name: 'Resize the resources pane' });
    const split = page.getByRole('separator', { name: 'Resize the request and response panes' });
    const width = async (selector: string) => (await page.locator(selector).boundingBox())?.width ?? 0;

    expect(await resources.getAttribute('aria-valuenow')).toBe('300');
    await resources.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await resources.getAttribute('aria-valuenow')).toBe('332');
    expect(Math.round(await width('#pane-resources'))).toBe(332);
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await resources.getAttribute('aria-valuenow')).toBe('252');
    await page.keyboard.press('Home');
    expect(await resources.getAttribute('aria-valuenow')).toBe('200');
    await page.keyboard.press('End');
    expect(await resources.getAttribute('aria-valuenow')).toBe('560');
    await page.keyboard.press('Shift+ArrowLeft');

    // Enter collapses the pane and brings it back; the focus stays on the separator.
    await page.keyboard.press('Enter');
    await page.locator('#pane-resources').waitFor({ state: 'hidden' });
    expect(await page.getByTestId('toggle-resources').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.locator('#pane-resources').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('splitter-resources');

    // The request/response split moves in steps of 2% of the width.
    const requestBefore = await width('.request-panel');
    await split.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await split.getAttribute('aria-valuenow')).toBe('49');
    expect(await width('.request-panel')).toBeLessThan(requestBefore - 20);
    // Dragging works too: 100 px to the right widens the resources pane by 100 px.
    await resources.focus();
    await page.keyboard.press('Home');
    const handle = await resources.boundingBox();
    if (!handle) throw new Error('The resources separator is not on screen');
    const y = handle.y + handle.height / 2;
    await page.mouse.move(handle.x + 3, y);
    await page.mouse.down();
    await page.mouse.move(handle.x + 53, y, { steps: 3 });
    await page.mouse.move(handle.x + 103, y, { steps: 3 });
    await page.mouse.up();
    expect(await resources.getAttribute('aria-valuenow')).toBe('300');
    expect(Math.round(await width('#pane-resources'))).toBe(300);

    await page.getByTestId('toggle-response').click();
    await page.locator('#pane-response').waitFor({ state: 'hidden' });
    await page.screenshot({ path: '/tmp/roundtrip-panes-collapsed.png' });
    await page.getByTestId('toggle-response').click();
    await page.locator('#pane-response').waitFor();

    await page.reload();
    await page.getByTestId('open-demo-button').click();
    await app.selectOperation('POST', '/items');
    expect(await resources.getAttribute('aria-valuenow')).toBe('300');
    expect(await split.getAttribute('aria-valuenow')).toBe('49');
    await page.screenshot({ path: '/tmp/roundtrip-panes.png' });
    await page.close();
  });
});
