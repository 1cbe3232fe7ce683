import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

const github = path.resolve('node_modules/@octokit/openapi/generated/api.github.com.json');

// The app owns its shortcuts on every screen: before any document is open, Ctrl+S must not reach the
// browser (its Save Page dialog), and the person is told why nothing happened.
describe('window shortcuts with nothing open', () => {
  const session = useUiSession();

  it('swallows Ctrl+S, Ctrl+F and Ctrl+Enter on the start screen and says what to open first; Escape closes a drawer', async () => {
    const app = await session().openApp();
    // Registered after the app's own listener, so it sees what the app decided.
    await app.page.evaluate(() => {
      const seen: { key: string; prevented: boolean }[] = [];
      (window as unknown as { seenKeys: typeof seen }).seenKeys = seen;
      window.addEventListener('keydown', (event) => {
        if (event.ctrlKey && event.key !== 'Control') seen.push({ key: event.code, prevented: event.defaultPrevented });
      });
    });
    const notice = app.page.getByRole('status').filter({ hasText: 'Nothing to save yet' });

    await app.page.keyboard.press('Control+s');
    await notice.waitFor();
    expect(await notice.innerText()).toBe('Nothing to save yet: open a spec and an operation first.');

    await app.page.keyboard.press('Control+f');
    await app.page.getByRole('status').filter({ hasText: 'Nothing to find yet' }).waitFor();
    await app.page.keyboard.press('Control+Enter');
    await app.page.getByRole('status').filter({ hasText: 'Nothing to send yet' }).waitFor();

    const seen = await app.page.evaluate(() => (window as unknown as { seenKeys: { key: string; prevented: boolean }[] }).seenKeys);
    expect(seen).toEqual([
      { key: 'KeyS', prevented: true },
      { key: 'KeyF', prevented: true },
      { key: 'Enter', prevented: true },
    ]);

    // Ctrl+O still does its job there: the cursor goes to the open panel.
    await app.page.keyboard.press('Control+o');
    await app.page.waitForFunction(() => document.activeElement?.closest('.start') !== null);

    // Opened from its button, a drawer takes the focus: Escape straight away closes it again.
    await app.page.getByRole('button', { name: 'Collections' }).click();
    const drawer = app.page.getByRole('complementary', { name: 'Collections' });
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'collections-drawer');
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    // Escape inside a drawer closes it and puts the focus back on its button.
    await app.page.getByRole('button', { name: 'Collections' }).click();
    await drawer.getByRole('textbox', { name: 'New collection name' }).focus();
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'collections-toggle');

    // With a document but no operation open, Send has nothing to send either; the note says so.
    await app.openDemo();
    await app.page.keyboard.press('Control+Enter');
    await app.page.getByRole('status').filter({ hasText: 'Nothing to send yet' }).waitFor();
    await app.page.close();
  });

  it("finds in a large document's outline while its model is still being read", { timeout: 60_000 }, async () => {
    const app = await session().openApp();
    // A fresh copy, so no cached load answers at once; the answer is held so the outline stays up.
    const folder = mkdtempSync(path.join(tmpdir(), 'rt-keys-outline-'));
    const copy = path.join(folder, 'api.github.com.json');
    copyFileSync(github, copy);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/rpc/spec:load', async (route) => {
      const response = await route.fetch({ timeout: 60_000 }).catch(() => undefined);
      await released;
      await (response === undefined ? route.abort() : route.fulfill({ response })).catch(() => undefined);
    });
    try {
      await app.openUrl(copy);
      await app.byTestId('outline-waiting').waitFor({ timeout: 30_000 });
      await app.byTestId('cancel-load').focus();
      await app.page.keyboard.press('Control+f');
      await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'filter-input');
      expect(await app.page.getByRole('status').filter({ hasText: 'Nothing to find yet' }).count()).toBe(0);
      await app.byTestId('cancel-load').click();
    } finally {
      release();
      rmSync(folder, { recursive: true, force: true });
    }
    await app.page.close();
  });
});
