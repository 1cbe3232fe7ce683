import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useUiSession } from './support/ui-session';

const specs = path.resolve('test/fixtures/specs');
// Set to a folder to look at the screens these tests pass through.
const shots = process.env['ROUNDTRIP_SHOTS'];

describe('reloading an open document', () => {
  const session = useUiSession();
  let work = '';

  beforeAll(async () => {
    work = await fsp.mkdtemp(path.join(os.tmpdir(), 'roundtrip-reload-'));
  });
  afterAll(() => fsp.rm(work, { recursive: true, force: true }));

  it('follows edits to a file: the list updates in place, typed values stay, and the change is summarized', { timeout: 30_000 }, async () => {
    const file = path.join(work, 'openapi.yaml');
    const original = await fsp.readFile(path.join(specs, 'pets-3.0.yaml'), 'utf8');
    await fsp.writeFile(file, original);
    const app = await session().openApp();
    await app.openUrl(file);
    await app.selectOperation('GET', '/pets');
    await app.fillParam('query:limit', '7');

    // Drop DELETE /pets/{petId}, change GET /pets's summary, add GET /owners.
    const edited = original
      .replace(/ {2}\/pets\/\{petId\}:[\s\S]*?'204': \{ description: Deleted \}\n/, '  /owners:\n    get:\n      operationId: listOwners\n      responses:\n        \'200\': { description: Owners }\n')
      .replace('summary: List pets', 'summary: List all pets');
    expect(edited).not.toBe(original);
    await fsp.writeFile(file, edited);

    const summary = app.byTestId('reload-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('The file changed on disk and was reloaded: 1 added, 1 removed, 1 changed.');
    await app.operationRow('GET', '/owners').waitFor();
    expect(await app.operationRow('DELETE', '/pets/{petId}').count()).toBe(0);
    expect(await app.param('query:limit').inputValue()).toBe('7');
    if (shots !== undefined) await app.page.screenshot({ path: path.join(shots, 'reload-summary.png') });
  });

  it('lists recently opened files on the start screen and opens one with a click', async () => {
    const app = await session().openApp();
    const recent = app.byTestId('recent-spec').filter({ hasText: 'openapi.yaml' });
    await recent.first().waitFor();
    if (shots !== undefined) await app.page.screenshot({ path: path.join(shots, 'recent-specs.png') });
    await recent.first().click();
    await app.byTestId('api-title').waitFor();
    expect(await app.byTestId('api-title').innerText()).toBe('Pets');
    // A file can be reloaded by hand as well.
    await app.byTestId('reload-button').click();
    expect(await app.byTestId('reload-summary').innerText()).toContain('Reloaded: no operation changed.');
  });
});
