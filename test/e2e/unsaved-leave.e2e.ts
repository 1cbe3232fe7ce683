import { describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

describe('leaving with unsaved tabs', () => {
  const session = useUiSession();

  it('asks before the page goes away while a tab holds unsaved changes', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '7');
    await app.page.locator('[data-testid="tab-unsaved"]').first().waitFor();
    const prompt = app.page.waitForEvent('dialog');
    await app.page.close({ runBeforeUnload: true });
    const dialog = await prompt;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    // Staying keeps the page and the edit.
    expect(app.page.isClosed()).toBe(false);
    expect(await app.param('query:limit').inputValue()).toBe('7');
    await app.page.close();
  });

  it('leaves without asking when nothing is unsaved', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    let asked = false;
    app.page.on('dialog', (dialog) => {
      asked = true;
      void dialog.accept();
    });
    const closed = app.page.waitForEvent('close');
    await app.page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toBe(false);
  });
});
