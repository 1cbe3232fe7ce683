import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listen } from '../support/wire-target';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

interface Received {
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

type EnvironmentsFile = { environments: { name: string; variables: { name: string; value: string; secret: boolean }[] }[] };

const SECRET = 'pm-secret-token-41';

describe('a Postman environment file imported in the app joins the environment list', () => {
  const session = useUiSession();
  let dir: string;
  let received: Received[];
  let base: string;

  beforeAll(async () => {
    received = [];
    const server = createServer((req, res) => {
      received.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    base = `http://127.0.0.1:${await listen(server)}`;
    dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-pm-env-'));
    const environment = {
      id: 'e1',
      name: 'Staging',
      values: [
        { key: 'baseUrl', value: base, type: 'default', enabled: true },
        { key: 'token', value: SECRET, type: 'secret', enabled: true },
        { key: 'unused', value: 'off', type: 'default', enabled: false },
      ],
      _postman_variable_scope: 'environment',
      _postman_exported_using: 'Postman/11.0',
    };
    await writeFile(path.join(dir, 'Staging.postman_environment.json'), JSON.stringify(environment));
    await writeFile(
      path.join(dir, 'Orders.postman_collection.json'),
      JSON.stringify({
        info: { name: 'Orders', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
        item: [{ name: 'List orders', request: { method: 'GET', url: '{{baseUrl}}/orders?from=postman', header: [{ key: 'Authorization', value: 'Bearer {{token}}' }] } }],
      }),
    );
    // Past the environment list's limit of 500 variables, and named like one the person already has.
    const oversized = { name: 'Mine', values: Array.from({ length: 501 }, (_, i) => ({ key: `v${i}`, value: `${i}`, type: 'default', enabled: true })), _postman_variable_scope: 'environment' };
    await writeFile(path.join(dir, 'Mine-all.postman_environment.json'), JSON.stringify(oversized));
    await writeFile(path.join(dir, 'Mine.postman_environment.json'), JSON.stringify({ name: 'Mine', values: [{ key: 'baseUrl', value: base, type: 'default', enabled: true }], _postman_variable_scope: 'environment' }));
    await writeFile(
      path.join(dir, 'Invoices.postman_collection.json'),
      JSON.stringify({ info: { name: 'Invoices', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'List invoices', request: { method: 'GET', url: '{{baseUrl}}/invoices' } }] }),
    );
    return () => closeServer(server);
  });

  const openImport = async (app: RoundtripPage): Promise<CollectionsPanel> => {
    await app.openDemo();
    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-import-toggle').click();
    return panel;
  };
  const readSaved = async (): Promise<EnvironmentsFile> => JSON.parse((await readFile(path.join(session().host.dataDir, 'environments.json'), 'utf8').catch(() => '')) || '{"environments":[]}') as EnvironmentsFile;

  it('picked alone: added to the list with its secret kept secret', async () => {
    const app = await session().openApp();
    await openImport(app);
    await app.byTestId('collection-import-file').setInputFiles(path.join(dir, 'Staging.postman_environment.json'));
    const found = app.byTestId('collection-import-environments');
    await found.waitFor();
    expect(await found.innerText()).toContain('Postman environment “Staging”: 2 variables (1 secret), added to the environment list.');
    expect(await app.byTestId('collection-import').innerText()).toBe('Add to environments');
    await app.byTestId('collection-import').click();
    expect(await app.byTestId('collection-import-done').innerText()).toBe('Added environment “Staging”.');
    await expect.poll(async () => (await readSaved()).environments.map((e) => e.name), { timeout: 10_000 }).toContain('Staging');
    const staging = (await readSaved()).environments.find((e) => e.name === 'Staging');
    expect(staging?.variables).toEqual([{ name: 'baseUrl', value: base, secret: false }, expect.objectContaining({ name: 'token', secret: true })]);
    // No keychain on this host: the secret's value is on no disk.
    expect(JSON.stringify(await readSaved())).not.toContain(SECRET);
  });

  it('picked with its collection: both come in, the clashing name gets " (2)", and a request sends with its values', async () => {
    const app = await session().openApp();
    const panel = await openImport(app);
    await app.byTestId('collection-import-file').setInputFiles([path.join(dir, 'Orders.postman_collection.json'), path.join(dir, 'Staging.postman_environment.json')]);
    await app.byTestId('collection-import-summary').waitFor();
    await app.byTestId('collection-import-environments').waitFor();
    await app.byTestId('collection-import').click();
    await panel.request('List orders').waitFor();
    expect(await app.byTestId('collection-import-done').innerText()).toBe('Imported “Orders”: 1 request. Added environment “Staging (2)”.');
    await expect.poll(async () => (await readSaved()).environments.map((e) => e.name), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Staging', 'Staging (2)']));

    // The request goes where the environment says, with the secret it holds (in memory) for this session.
    await panel.request('List orders').getByRole('button', { name: 'List orders', exact: true }).click();
    await panel.close();
    await app.byTestId('document-editor').waitFor();
    await app.byTestId('env-select').selectOption({ label: 'Staging (2)' });
    const before = received.length;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [sent] = received.slice(before);
    expect(sent?.url).toBe('/orders?from=postman');
    expect(sent?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('an oversized one is refused with why and what to do; the rest lands, and the list still saves later edits', async () => {
    const app = await session().openApp();
    await app.openDemo();
    // Environments are edited in the request panel, with an operation of the open demo picked.
    await app.selectOperation('GET', '/health');
    await app.newEnvironment([{ name: 'region', value: 'eu' }]);
    await app.byTestId('env-name').fill('Mine');
    await expect.poll(async () => (await readSaved()).environments.map((e) => e.name), { timeout: 10_000 }).toContain('Mine');

    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-import-toggle').click();
    await app.byTestId('collection-import-file').setInputFiles(['Invoices.postman_collection.json', 'Mine-all.postman_environment.json', 'Mine.postman_environment.json'].map((name) => path.join(dir, name)));
    await app.byTestId('collection-import-summary').waitFor();
    const found = await app.byTestId('collection-import-environments').locator('li').allInnerTexts();
    const why = 'it has 501 variables, and an environment holds at most 500. Split it into smaller environments, or remove the variables it no longer needs, then import it again.';
    expect(found).toEqual([`Postman environment “Mine” will not be added: ${why}`, 'Postman environment “Mine”: 1 variable, added to the environment list.']);
    await app.byTestId('collection-import').click();
    await panel.request('List invoices').waitFor();
    expect(await app.byTestId('collection-import-done').innerText()).toBe('Imported “Invoices”: 1 request. Added environment “Mine (2)”.');
    expect(await app.byTestId('collection-import-refused').innerText()).toBe(`The environment “Mine” was not added: ${why}`);
    await panel.close();

    // The person's own environment, edited after the import, is saved with the list.
    await app.byTestId('env-select').selectOption({ label: 'Mine' });
    if ((await app.byTestId('env-editor').count()) === 0) await app.byTestId('env-edit').click();
    await app.byTestId('env-var-value').first().fill('us');
    await expect.poll(async () => (await readSaved()).environments.find((e) => e.name === 'Mine')?.variables, { timeout: 10_000 }).toEqual([{ name: 'region', value: 'us', secret: false }]);
    const saved = await readSaved();
    expect(saved.environments.find((e) => e.name === 'Mine (2)')?.variables).toEqual([{ name: 'baseUrl', value: base, secret: false }]);
    expect(saved.environments.some((e) => e.variables.length > 500)).toBe(false);
    expect(await app.page.getByRole('alert').filter({ hasText: 'env:save' }).count()).toBe(0);

    // And it is still there after a reload.
    await app.page.reload();
    await app.byTestId('open-demo-button').waitFor();
    await app.openDemo();
    await app.selectOperation('GET', '/health');
    await app.byTestId('env-select').selectOption({ label: 'Mine' });
    if ((await app.byTestId('env-editor').count()) === 0) await app.byTestId('env-edit').click();
    expect(await app.byTestId('env-var-value').first().inputValue()).toBe('us');
  });
});
