import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { CollectionsPanel } from './support/collections-panel';
import { findFiles } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

// notes_app guards /notes with an APIKeyHeader ("X-Notes-Key", scheme "notesKey").
describe('a saved request of an operation with an API-key header scheme, reopened after a restart (FastAPI)', () => {
  const served = useServedApp(() => startFastApi('notes_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('shows the saved key header as the document\'s security header and Accept as the form\'s, not under "Not in the document"', async () => {
    await app.selectOperation('GET', '/notes');
    await app.apiKeyField('notesKey').fill('typed-key');
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Notes');
    await panel.saveCurrent('List notes', 'Notes');
    await panel.close();
    const folder = path.join(served().session.host.dataDir, 'collections');
    await expect.poll(async () => (await findFiles(folder, '.request.json')).length, { timeout: 20_000 }).toBe(1);
    const [file = ''] = await findFiles(folder, '.request.json');
    expect(await readFile(file, 'utf8')).toContain('X-Notes-Key');
    const keyExtra = () => app.page.locator('[data-testid="saved-extra"][data-name="X-Notes-Key"]');
    expect(await keyExtra().count()).toBe(0);

    await app.page.reload();
    await app.byTestId('open-demo-button').waitFor({ timeout: 20_000 });
    await panel.open();
    await panel.request('List notes').getByRole('button', { name: 'List notes', exact: true }).click();
    await app.byTestId('op-header').filter({ hasText: '/notes' }).waitFor({ timeout: 20_000 });
    await app.apiKeyField('notesKey').waitFor();
    await app.page.screenshot({ path: '/tmp/saved-security-header.png', fullPage: true });
    expect(await keyExtra().count()).toBe(0);
    // The Accept the form set (and saved) is the form's own, not a header the document lacks.
    expect(await readFile(file, 'utf8')).toContain('"Accept"');
    expect(await app.page.locator('[data-testid="saved-extra"][data-name="Accept"]').count()).toBe(0);
    // The scheme's key field holds the file's reference, as saved.
    expect(await app.apiKeyField('notesKey').inputValue()).toBe('{{notesKey.apiKey}}');
  });
});
