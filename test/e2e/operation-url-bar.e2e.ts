import { describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

describe("the URL bar of an operation's form (demo API)", () => {
  const session = useUiSession();

  it('shows the whole URL above the form, in step with the query fields both ways, and explains the path', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    const bar = app.byTestId('op-url-input');
    const base = (await app.byTestId('base-url-input').inputValue()).replace(/\/+$/, '');
    expect(await bar.inputValue()).toBe(`${base}/items?limit=20`);
    // Above the form, not only beside Send.
    const barTop = await bar.evaluate((el) => el.getBoundingClientRect().top);
    const firstField = await app.param('query:limit').evaluate((el) => el.getBoundingClientRect().top);
    expect(barTop).toBeLessThan(firstField);

    // The query typed into the bar fills the fields; a name the operation does not declare is sent as an extra.
    await bar.fill(`${base}/items?limit=5&status=archived&trace=on`);
    expect(await app.param('query:limit').inputValue()).toBe('5');
    expect(await app.param('query:status').inputValue()).toBe('archived');
    await app.page.locator('[data-testid="saved-extra"]').filter({ hasText: 'trace' }).waitFor();
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.page.locator('.response-target code').innerText()).toBe(`${base}/items?status=archived&limit=5&trace=on`);

    // And back: a field changes the bar (in the order the document declares the parameters).
    await app.fillParam('query:limit', '7');
    expect(await bar.inputValue()).toBe(`${base}/items?status=archived&limit=7&trace=on`);

    // A {{variable}} stays as typed in the bar, flagged while it has no value; Copy waits for it.
    await app.setBaseUrl('{{demoBase}}');
    expect(await bar.inputValue()).toBe('{{demoBase}}/items?status=archived&limit=7&trace=on');
    await app.page.locator('[data-testid="op-url-bar"] [data-testid="url-variable"][data-name="demoBase"].url-variable-missing').waitFor();
    expect(await app.byTestId('op-url-copy').isDisabled()).toBe(true);
    await app.newEnvironment([{ name: 'demoBase', value: base }]);
    expect(await app.page.locator('[data-testid="op-url-bar"] [data-testid="url-variable"][data-name="demoBase"]').getAttribute('title')).toBe(`demoBase = ${base}`);
    expect(await app.byTestId('op-url-sent').innerText()).toBe(`Sends ${base}/items?status=archived&limit=7&trace=on`);
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.page.url()).origin });
    await app.byTestId('op-url-copy').click();
    await app.byTestId('op-url-copy').filter({ hasText: 'Copied' }).waitFor();
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/items?status=archived&limit=7&trace=on`);

    // The path is the operation's: a change there is explained, and the fields keep their values.
    await bar.fill('{{demoBase}}/orders?status=archived&limit=9');
    expect(await app.byTestId('op-url-note').innerText()).toContain('The path is the operation');
    expect(await app.param('query:limit').inputValue()).toBe('7');
    await app.param('query:limit').focus();
    await app.byTestId('op-url-note').waitFor({ state: 'detached' });
    expect(await bar.inputValue()).toBe('{{demoBase}}/items?status=archived&limit=7&trace=on');
    await app.page.screenshot({ path: '/tmp/op-url-bar.png' });
  });
});
