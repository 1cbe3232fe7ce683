import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

// A request file left with merge-conflict markers (issue 19, finding 2) is shown as broken and
// never saved over: the editor's Ctrl+S and the drawer both refuse, and offer a copy instead.
describe('broken request files', () => {
  const session = useUiSession();

  it('shows a conflicted file as broken, refuses to save over it, and saves the edits as a copy', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'rt-conflict-'));
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '5');
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.drawer.getByRole('button', { name: 'Folder…' }).click();
    await app.page.getByRole('textbox', { name: 'Collections folder (absolute path)' }).fill(root);
    await panel.drawer.getByRole('button', { name: 'Use this folder' }).click();
    await panel.newCollection('Shop');
    await panel.saveCurrent('List items', 'Shop');

    // A git merge leaves both sides in the file.
    const file = path.join(root, 'shop', 'list-items.request.json');
    const saved = await readFile(file, 'utf8');
    const conflicted = `<<<<<<< HEAD\n${saved}=======\n${saved.replace('limit=5', 'limit=6')}>>>>>>> feature\n`;
    await writeFile(file, conflicted);
    const broken = panel.drawer.locator('[data-testid="collection-broken"]');
    await broken.waitFor();
    expect(await broken.getAttribute('title')).toMatch(/merge-conflict markers \(<<<<<<< at line 1\)/);

    // Ctrl+S in the editor leaves the file alone and says why.
    await app.fillParam('query:limit', '7');
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-notice').filter({ hasText: 'does not parse' }).waitFor();
    expect(await readFile(file, 'utf8')).toBe(conflicted);

    // The drawer offers a copy, under the same name, beside the broken file.
    await app.byTestId('collection-save-broken').waitFor();
    await app.byTestId('collection-save').filter({ hasText: 'Save as a copy' }).click();
    await panel.request('List items').waitFor();
    expect(await readFile(file, 'utf8')).toBe(conflicted);
    const files = (await readdir(path.join(root, 'shop'))).filter((name) => name.endsWith('.request.json')).sort();
    expect(files).toHaveLength(2);
    const copy = JSON.parse(await readFile(path.join(root, 'shop', files.find((name) => name !== 'list-items.request.json') ?? ''), 'utf8')) as { name: string; url: string };
    expect(copy).toMatchObject({ name: 'List items', url: expect.stringContaining('limit=7') });
    await app.page.screenshot({ path: '/tmp/roundtrip-collections-broken.png' });
  });
});
