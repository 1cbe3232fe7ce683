import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CollectionsPanel } from './support/collections-panel';
import { useUiSession } from './support/ui-session';

type EnvironmentsFile = { environments: { name: string; variables: { name: string; value: string; secret: boolean }[] }[] };

const FIXTURE = path.resolve('test/fixtures/importers/insomnia-v4.json');

describe('an Insomnia export whose environment is past the environment list’s limits', () => {
  const session = useUiSession();
  let file: string;

  beforeAll(async () => {
    // The shop export, with a second sub-environment of 501 variables.
    const doc = JSON.parse(await readFile(FIXTURE, 'utf8')) as { resources: Record<string, unknown>[] };
    const base = doc.resources.find((resource) => resource['_type'] === 'environment' && resource['name'] === 'Base Environment');
    const data = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`v${i}`, `${i}`]));
    doc.resources.push({ _id: 'env_huge', parentId: base?.['_id'], name: 'Huge', data, _type: 'environment' });
    file = path.join(await mkdtemp(path.join(tmpdir(), 'roundtrip-insomnia-limits-')), 'shop.insomnia.json');
    await writeFile(file, JSON.stringify(doc));
  });

  it('says in the preview which environment will not be added and why, then imports the rest', async () => {
    const app = await session().openApp();
    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-import-toggle').click();
    await app.byTestId('collection-import-file').setInputFiles(file);
    await app.byTestId('collection-import-summary').waitFor();
    const why = 'it has 501 variables, and an environment holds at most 500. Split it into smaller environments, or remove the variables it no longer needs, then import it again.';
    expect(await app.byTestId('collection-import-environments-refused').locator('li').allInnerTexts()).toEqual([`Environment “Huge” will not be added: ${why}`]);
    await app.page.screenshot({ path: '/tmp/import-environment-limits.png' });

    await app.byTestId('collection-import').click();
    await panel.request('List items').waitFor();
    expect(await app.byTestId('collection-import-refused').innerText()).toBe(`The environment “Huge” was not added: ${why}`);
    await expect
      .poll(async () => {
        const saved = JSON.parse(await readFile(path.join(session().host.dataDir, 'environments.json'), 'utf8').catch(() => '{"environments":[]}')) as EnvironmentsFile;
        return saved.environments.map((environment) => environment.name);
      }, { timeout: 10_000 })
      .toEqual(['Staging']);
  });
});
