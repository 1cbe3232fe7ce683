import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useWireTargetApp } from './support/wire-target-app';

describe('the response viewer', () => {
  const wire = useWireTargetApp();
  let app: RoundtripPage;

  beforeAll(() => {
    ({ app } = wire());
  });

  it('shows JSON as a tree whose lines are the pretty form, folds it, and gives a line its JSONPath', async () => {
    await app.selectOperation('GET', '/item');
    await app.send();
    expect(await app.responseJson()).toEqual({ id: 1, name: 'Lamp', price: 12.5, note: null });
    await app.page.locator('.json-line[data-pointer="/name"]').click();
    expect(await app.byTestId('json-path').innerText()).toBe('$.name');
    await app.page.keyboard.press('ArrowDown');
    expect(await app.byTestId('json-path').innerText()).toBe('$.price');
    await app.page.getByRole('button', { name: 'Collapse' }).first().click();
    expect(await app.byTestId('response-body').innerText()).toContain('{…}');
  });

  it('filters headers and lists the cookies set', async () => {
    await app.page.getByRole('tab', { name: /Headers/ }).click();
    expect(await app.byTestId('response-cookies').innerText()).toContain('sid');
    expect(await app.byTestId('response-cookies').innerText()).toContain('HttpOnly');
    await app.byTestId('headers-filter').fill('content-type');
    expect(await app.byTestId('response-headers').locator('tbody tr').count()).toBe(1);
    await app.page.getByRole('tab', { name: 'Body' }).click();
  });

  it('previews HTML in a sandboxed frame where its script does not run', async () => {
    await app.page.evaluate(() => {
      const record = window as unknown as { seenMessages: unknown[] };
      record.seenMessages = [];
      window.addEventListener('message', (event) => record.seenMessages.push(event.data));
    });
    await app.selectOperation('GET', '/page');
    await app.send();
    expect(await app.byTestId('response-body').innerText()).toContain('<h1 id="h">Hello from HTML</h1>');
    await app.byTestId('html-preview-button').click();
    const frame = app.byTestId('html-preview');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await app.page.frameLocator('[data-testid="html-preview"]').locator('#h').innerText()).toBe('Hello from HTML');
    // Give a script every chance to have run, then check that nothing did.
    await app.page.waitForTimeout(300);
    expect(await app.page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages)).toEqual([]);
    expect(await app.page.title()).not.toBe('script-ran');
    await app.page.screenshot({ path: '/tmp/roundtrip-html.png' });
  });

  it('shows an image, and other binary as hex with Save', async () => {
    await app.selectOperation('GET', '/pixel');
    await app.send();
    const image = app.byTestId('response-image');
    await image.waitFor();
    expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1);
    await app.selectOperation('GET', '/blob');
    await app.send();
    expect(await app.byTestId('response-body').innerText()).toContain('00000000  00 01 02 03');
    const download = app.page.waitForEvent('download');
    await app.byTestId('save-body').click();
    expect((await download).suggestedFilename()).toBe('blob.bin');
  });

  it('opens a 20 MB JSON body without freezing, rendering only the visible lines, and finds a value deep in it', async () => {
    await app.selectOperation('GET', '/big');
    await app.send();
    const body = app.byTestId('response-body');
    await body.locator('.json-line').first().waitFor();
    expect(await body.locator('.json-line').count()).toBeLessThan(200);
    const search = app.byTestId('body-search');
    await search.fill('item 279999');
    await search.press('Enter');
    expect(await app.byTestId('body-search-count').innerText()).toBe('1 of 1');
    await app.page.locator('.json-line-selected').waitFor();
    expect(await app.byTestId('json-path').innerText()).toBe('$.items[279999].name');
    await app.page.screenshot({ path: '/tmp/roundtrip-big-json.png' });

    // A value's menu belongs to its line: scrolling the body away closes it rather than leaving it over another line.
    await app.page.locator('.json-line-selected [data-value-click]').first().click();
    const menu = app.byTestId('value-menu');
    await menu.waitFor();
    const lines = body.locator('xpath=ancestor::div[contains(@class, "virtual-lines ")][1]');
    const before = await lines.evaluate((element) => element.scrollTop);
    await lines.hover({ position: { x: 40, y: 20 } });
    await app.page.mouse.wheel(0, -600);
    await expect.poll(() => lines.evaluate((element) => element.scrollTop)).toBeLessThan(before);
    await menu.waitFor({ state: 'detached' });
  });

  it('keeps the request pane and its tab when the response pane fails to draw, and draws it again on Try again', async () => {
    await app.selectOperation('GET', '/bad-items');
    // A fault in one component's drawing, as a bug would be: the count of violations cannot be formatted.
    await app.page.evaluate(() => {
      const format = Number.prototype.toLocaleString;
      (window as unknown as { restoreFormat: () => void }).restoreFormat = () => void (Number.prototype.toLocaleString = format);
      Number.prototype.toLocaleString = function (this: number, ...args: Parameters<typeof format>) {
        if (Number(this) === 2001) throw new Error('drawing failed on purpose');
        return format.apply(this, args);
      };
    });
    await app.byTestId('send-button').click();
    const failed = app.byTestId('render-error');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('The response pane failed to draw.');
    expect(await failed.innerText()).toContain('drawing failed on purpose');
    // The rest of the window still works: the request, its URL and the tab strip.
    expect(await app.byTestId('op-header').innerText()).toContain('/bad-items');
    expect(await app.byTestId('send-button').isVisible()).toBe(true);
    expect(await app.page.locator('[data-testid="tab"][aria-selected="true"]').innerText()).toContain('/bad-items');
    await app.page.screenshot({ path: '/tmp/render-error.png' });
    await app.page.evaluate(() => (window as unknown as { restoreFormat: () => void }).restoreFormat());
    await app.byTestId('render-error-retry').click();
    expect(await app.byTestId('response-validation').locator('.validation-title').innerText()).toBe('✗ 2,001 violations of the spec (response 200)');
  });
});
