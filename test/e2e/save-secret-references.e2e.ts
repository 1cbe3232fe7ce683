import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, receivedBy } from '../support/fastapi/received-requests';
import { CollectionsPanel } from './support/collections-panel';
import { findFiles } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { RunnerPanel } from './support/runner-panel';
import { useServedApp } from './support/served-app';

const KEY = 'q-secret-555';

interface SavedFile {
  readonly url: string;
  readonly needsSecrets?: readonly string[];
}

// A typed API key is saved as a {{reference}}: every way of saving the same request must write the same name.
describe('saving a request with a typed API key, from the drawer and with Ctrl/Cmd+S (FastAPI)', () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;
  let fastapi: FastApiServer;
  beforeAll(async () => {
    ({ app, server: fastapi } = served());
  });

  const keyField = () => app.apiKeyField('APIKeyQuery');

  /** Runs `save` and answers the file as written once it changed on disk (by time: a save of the same request may write the same bytes). */
  async function written(file: string, save: () => Promise<void>): Promise<{ text: string; json: SavedFile }> {
    const before = (await stat(file)).mtimeMs;
    await save();
    await expect.poll(async () => (await stat(file)).mtimeMs, { timeout: 20_000 }).not.toBe(before);
    const text = await readFile(file, 'utf8');
    return { text, json: JSON.parse(text) as SavedFile };
  }

  it('keeps the reference name and needsSecrets of the first save, in either order, and the Runner sends the key once', async () => {
    await app.selectOperation('GET', '/profiles/{profile_id}');
    await app.fillParam('path:profile_id', '2');
    await keyField().fill(KEY);

    const collections = new CollectionsPanel(app);
    await collections.open();
    await collections.newCollection('Keys');
    await collections.saveCurrent('Profile', 'Keys');
    const folder = path.join(served().session.host.dataDir, 'collections');
    await expect.poll(async () => (await findFiles(folder, '.request.json')).length, { timeout: 20_000 }).toBe(1);
    const [file = ''] = await findFiles(folder, '.request.json');
    await expect.poll(async () => (await readFile(file, 'utf8')).includes('/profiles/2')).toBe(true);
    const first = JSON.parse(await readFile(file, 'utf8')) as SavedFile;
    expect(first.url).toContain('api_key={{APIKeyQuery.apiKey}}');
    expect(first.needsSecrets).toEqual(['APIKeyQuery.apiKey']);
    await collections.close();

    // A change, then Ctrl/Cmd+S on the tab: the same reference, nothing added, no key in clear.
    await app.fillParam('path:profile_id', '1');
    const byKeys = await written(file, () => app.page.keyboard.press('Control+s'));
    expect(byKeys.json.url).toContain('/profiles/1?api_key={{APIKeyQuery.apiKey}}');
    expect(byKeys.json.needsSecrets).toEqual(first.needsSecrets);
    expect(byKeys.text).not.toContain(KEY);

    // The drawer's Save over the same request writes the same file, byte for byte.
    await collections.open();
    const byDrawer = await written(file, () => app.byTestId('collection-save-over').click());
    expect(byDrawer.text).toBe(byKeys.text);

    // The other order: a change saved from the drawer, then Ctrl/Cmd+S of the same request.
    await collections.close();
    await app.fillParam('path:profile_id', '2');
    await collections.open();
    const drawerFirst = await written(file, () => app.byTestId('collection-save-over').click());
    expect(drawerFirst.json.url).toContain('/profiles/2?api_key={{APIKeyQuery.apiKey}}');
    await collections.close();
    const keysAfter = await written(file, () => app.page.keyboard.press('Control+s'));
    expect(keysAfter.text).toBe(drawerFirst.text);

    // Back to profile 1, saved with the keys; the Runner, with the key in an environment under the saved name: green.
    await app.fillParam('path:profile_id', '1');
    const final = await written(file, () => app.page.keyboard.press('Control+s'));
    expect(final.json.needsSecrets).toEqual(['APIKeyQuery.apiKey']);
    expect(final.text).not.toContain(KEY);
    await app.newEnvironment([{ name: 'APIKeyQuery.apiKey', value: KEY, secret: true }]);
    await forgetReceived(fastapi);
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Keys');
    await runner.run();
    const summary = await runner.finished();
    expect(summary, (await runner.rows.allTextContents()).join('\n')).toContain('1/1 requests passed');
    // The server got the key once, from the environment.
    const reached = (await receivedBy(fastapi)).filter((entry) => entry.path === '/profiles/1');
    expect(reached).toHaveLength(1);
    expect(new URLSearchParams(reached[0]?.query).getAll('api_key')).toEqual([KEY]);
  });
});
