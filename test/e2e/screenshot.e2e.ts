import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

// `npm run screenshot` sets this to refresh the README's picture; a plain run keeps it under test-results/.
const output = path.resolve(process.env['ROUNDTRIP_SCREENSHOT'] ?? 'test-results/roundtrip.png');

describe('the window as a person sees it', () => {
  const session = useUiSession();

  it('runs a POST with no console errors, fits the window, and is captured', async () => {
    const page = await session().chromium.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const app = new RoundtripPage(page);
    await app.goto(session().host.url);
    await app.openDemo();
    // Two requests open as tabs, as a person working with the API would have them: one kept, one in preview.
    await app.keepOperation('GET', '/items');
    await app.selectOperation('POST', '/items');
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    const itemsUrl = (await page.locator('.send-url').innerText()).trim();
    // And a request of their own in the URL bar, linked to the operation its URL matches.
    await app.byTestId('tab-new').click();
    await app.byTestId('method-select').selectOption('POST');
    await app.byTestId('url-input').fill(itemsUrl);
    await app.byTestId('doc-section').filter({ hasText: 'Body' }).click();
    await app.byTestId('doc-body-type').selectOption('application/json');
    await app.byTestId('raw-body').fill('{\n  "name": "desk lamp",\n  "price": 24.5,\n  "tags": ["office"]\n}');
    await app.byTestId('operation-link').waitFor();
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);

    await mkdir(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output });
  });
});
