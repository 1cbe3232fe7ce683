import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const OTHER_SPEC = path.resolve('test/fixtures/specs/pets-3.0.yaml');

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

  /** The demo's GET /items open with nothing edited, and whether any question was asked since (each answered `answer`). */
  async function untouchedDemo(answer: 'accept' | 'dismiss'): Promise<{ app: RoundtripPage; asked: () => boolean }> {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    let asked = false;
    app.page.on('dialog', (dialog) => {
      asked = true;
      void dialog[answer]();
    });
    return { app, asked: () => asked };
  }

  it('leaves without asking when nothing is unsaved', async () => {
    const { app, asked } = await untouchedDemo('accept');
    const closed = app.page.waitForEvent('close');
    await app.page.close({ runBeforeUnload: true });
    await closed;
    expect(asked()).toBe(false);
  });

  it('asks before another document replaces tabs with unsaved changes, and keeps them when told to', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '7');
    await app.page.locator('[data-testid="tab-unsaved"]').first().waitFor();
    const questions: string[] = [];
    let answer = false;
    app.page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });

    // Declined: the document, the tab and its edit stay.
    await app.showOpenPanel();
    await app.openFile(OTHER_SPEC);
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toBe('"GET /items" has unsaved changes. Opening another document closes every tab and discards them (save them first with Ctrl+S to keep them). Open it anyway?');
    await app.page.keyboard.press('Escape');
    expect(await app.byTestId('api-title').textContent()).not.toMatch(/pet/i);
    expect(await app.param('query:limit').inputValue()).toBe('7');
    await app.byTestId('tab-unsaved').first().waitFor();

    // Accepted: the other document opens.
    answer = true;
    await app.showOpenPanel();
    await app.openFile(OTHER_SPEC);
    await app.byTestId('api-title').filter({ hasText: /pet/i }).waitFor({ timeout: 20_000 });
    expect(questions).toHaveLength(2);
  });

  it('opens another document without asking when no tab holds unsaved changes', async () => {
    const { app, asked } = await untouchedDemo('dismiss');
    await app.showOpenPanel();
    await app.openFile(OTHER_SPEC);
    await app.byTestId('api-title').filter({ hasText: /pet/i }).waitFor({ timeout: 20_000 });
    expect(asked()).toBe(false);
  });
});
