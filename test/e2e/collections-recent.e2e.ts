import { mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe-audit';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

// Recent collections folders (issue 9): remembered across page loads, listed on the start screen
// beside the open panel and under Folder… in the drawer; a folder gone from disk is shown as such.
describe('recent collections', () => {
  const session = useUiSession();

  async function useFolder(app: RoundtripPage, panel: CollectionsPanel, folder: string): Promise<void> {
    await panel.drawer.getByRole('button', { name: 'Folder…' }).click();
    await app.page.getByRole('textbox', { name: 'Collections folder (absolute path)' }).fill(folder);
    await panel.drawer.getByRole('button', { name: 'Use this folder' }).click();
    await panel.drawer.getByTitle(folder, { exact: true }).waitFor();
  }

  it('lists the folders opened lately on the start screen and in the drawer, and reopens one with a click', async () => {
    const payments = await mkdtemp(path.join(tmpdir(), 'rt-payments-'));
    const users = await mkdtemp(path.join(tmpdir(), 'rt-users-'));
    const app = await session().openApp();
    const start = app.page.getByRole('main');
    const recentCard = start.getByRole('region', { name: 'Recent collections' });
    expect(await recentCard.count()).toBe(0);

    // Collections work before any document is open: pick two folders, one collection in each.
    const panel = new CollectionsPanel(app);
    await panel.open();
    await useFolder(app, panel, payments);
    await panel.newCollection('Payments');
    await useFolder(app, panel, users);
    await panel.newCollection('Users');

    // Another visit: the start screen lists both, newest first, the one in use marked.
    await app.goto(session().host.url);
    await recentCard.waitFor();
    const rows = recentCard.getByRole('listitem');
    expect(await rows.allInnerTexts()).toEqual([expect.stringMatching(/^Users\s+In use\s+.*rt-users-/), expect.stringMatching(/^Payments\s+.*rt-payments-/)]);
    await expectAccessible(app, 'recent-collections-start');

    // A click opens that folder in the collections drawer.
    await recentCard.getByRole('button', { name: /^Payments/ }).click();
    await panel.drawer.getByTitle(payments, { exact: true }).waitFor();
    await panel.folder('Payments').waitFor();
    await recentCard.getByRole('button', { name: /^Payments\s+In use/ }).waitFor();

    // The drawer's Folder… lists them too.
    await panel.drawer.getByRole('button', { name: 'Folder…' }).click();
    const inDrawer = panel.drawer.getByRole('region', { name: 'Recent folders' });
    await inDrawer.getByRole('button', { name: /^Users/ }).waitFor();
    await expectAccessible(app, 'recent-collections-drawer');
    await inDrawer.getByRole('button', { name: /^Users/ }).click();
    await panel.folder('Users').waitFor();
    await app.page.close();
  });

  it('shows a folder that is gone as not found and forgets it; a damaged list starts again with a note', async () => {
    const kept = await mkdtemp(path.join(tmpdir(), 'rt-kept-'));
    const doomed = await mkdtemp(path.join(tmpdir(), 'rt-doomed-'));
    const app = await session().openApp();
    const panel = new CollectionsPanel(app);
    await panel.open();
    await useFolder(app, panel, kept);
    await panel.newCollection('Kept');
    await useFolder(app, panel, doomed);
    await rename(doomed, `${doomed}-moved`);

    await app.goto(session().host.url);
    const recentCard = app.page.getByRole('main').getByRole('region', { name: 'Recent collections' });
    const gone = recentCard.getByRole('listitem').filter({ hasText: 'Folder not found' });
    await gone.waitFor();
    expect(await gone.innerText()).toContain(doomed);
    await expectAccessible(app, 'recent-collections-missing');
    // Not a button to open: only Forget.
    expect(await gone.getByRole('button').allInnerTexts()).toEqual(['Forget']);
    await gone.getByRole('button', { name: /^Forget/ }).click();
    await gone.waitFor({ state: 'detached' });
    expect(await recentCard.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);

    // A damaged list file: the start screen says what happened; the collections are untouched.
    await writeFile(path.join(session().host.dataDir, 'recent-collections.json'), '{"version": 1, "items": [');
    await app.goto(session().host.url);
    const note = app.page.getByRole('status').filter({ hasText: 'could not be read, so it starts again empty' });
    await note.waitFor();
    expect(await note.innerText()).toContain('recent-collections.json.damaged');
    await panel.open();
    await useFolder(app, panel, kept);
    await panel.folder('Kept').waitFor();
    await app.page.close();
  });
});
