import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy, type Received } from '../support/fastapi/received-requests';
import { runRoundtrip } from '../support/run-roundtrip';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

// test/support/fastapi/auth_vars_app.py: GET /bearer needs its HTTPBearer, /header-key an APIKeyHeader (X-Key),
// /query-key an APIKeyQuery (key); each answers what it was given.
const REQUESTS = [
  { name: 'Read Bearer', path: '/bearer' },
  { name: 'Read Header Key', path: '/header-key' },
  { name: 'Read Query Key', path: '/query-key' },
] as const;
const VALUES = { 'HTTPBearer.token': 'tok-env-1', 'APIKeyHeader.apiKey': 'header-key-1', 'APIKeyQuery.apiKey': 'query-key-1' };

/** The credentials a request to `path` carried: its Authorization and X-Key headers and its query. */
function credentials(entry: Received | undefined): { authorization: string[]; key: string[]; query: string } {
  return { authorization: headerValues(entry, 'authorization'), key: headerValues(entry, 'x-key'), query: entry?.query ?? '' };
}

let service: FastApiServer;

const openSaved = async (app: RoundtripPage, name: string, opPath: string): Promise<void> => {
  const panel = new CollectionsPanel(app);
  await panel.open();
  await panel.request(name).getByRole('button', { name, exact: true }).click();
  await app.byTestId('op-header').filter({ hasText: opPath }).waitFor();
  await panel.close();
};

/** What the server received from the app for each request, sent from its saved request. */
const sentByApp = async (app: RoundtripPage): Promise<Record<string, ReturnType<typeof credentials>>> => {
  const out: Record<string, ReturnType<typeof credentials>> = {};
  for (const { name, path: opPath } of REQUESTS) {
    await openSaved(app, name, opPath);
    await forgetReceived(service);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    out[opPath] = credentials((await receivedBy(service, opPath))[0]);
  }
  return out;
};

/** What the server received from `roundtrip run DIR` with `args`. */
const sentByRun = async (dir: string, ...args: string[]): Promise<Record<string, ReturnType<typeof credentials>>> => {
  await forgetReceived(service);
  const run = await runRoundtrip('run', dir, ...args);
  expect(run.stdout + run.stderr).toContain('4/4 requests passed');
  const received = await receivedBy(service);
  return Object.fromEntries(REQUESTS.map(({ path: opPath }) => [opPath, credentials(received.find((entry) => entry.path === opPath))]));
};

const EXPECTED = {
  '/bearer': { authorization: [`Bearer ${VALUES['HTTPBearer.token']}`], key: [], query: '' },
  '/header-key': { authorization: [], key: [VALUES['APIKeyHeader.apiKey']], query: '' },
  '/query-key': { authorization: [], key: [], query: `key=${VALUES['APIKeyQuery.apiKey']}` },
};

beforeAll(async () => {
  service = await startFastApi('auth_vars_app');
});
afterAll(async () => {
  await service.stop();
});

describe('a request of a collection made from a FastAPI document sends the same credentials in the app as in `roundtrip run`', () => {
  const session = useUiSession();
  const collectionsRoot = (): string => path.join(session().host.dataDir, 'collections');

  it('made with "New collection from this spec", with the credentials in the active environment', async () => {
    const app = await session().openApp();
    await app.openUrl(service.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await app.byTestId('collection-from-spec').click();
    await panel.request('Read Bearer').waitFor();
    await panel.close();
    // Environments are edited in the request panel.
    await openSaved(app, 'Read Bearer', '/bearer');
    await app.newEnvironment(Object.entries(VALUES).map(([name, value]) => ({ name, value, secret: true })));

    const byApp = await sentByApp(app);
    expect(byApp).toEqual(EXPECTED);
    // The Auth panel says what goes: the collection's auth, not "fill in HTTPBearer".
    await openSaved(app, 'Read Bearer', '/bearer');
    expect(await app.byTestId('auth-status').innerText()).toContain("Applied: the saved request's auth, a Bearer token");

    const [dir = ''] = (await readdir(collectionsRoot())).filter((entry) => !entry.startsWith('.'));
    const varArgs = Object.entries(VALUES).flatMap(([name, value]) => ['--var', `${name}=${value}`]);
    expect(await sentByRun(path.join(collectionsRoot(), dir), ...varArgs)).toEqual(byApp);
  });
});

describe('a request of a collection made by `roundtrip import` sends the values its collection variables hold', () => {
  const session = useUiSession();
  const collectionsRoot = (): string => path.join(session().host.dataDir, 'collections');

  it('made with `roundtrip import`, with the credentials as values of the collection variables it declares', async () => {
    const dir = path.join(collectionsRoot(), 'from-cli');
    const imported = await runRoundtrip('import', service.specUrl, '--out', dir);
    expect(imported.code).toBe(0);
    // Given in the collection's file (as a person edits it), not in an environment.
    const file = path.join(dir, 'collection.json');
    const collection = JSON.parse(await readFile(file, 'utf8')) as { name: string; variables: { key: string; value?: string }[] };
    const named: Readonly<Record<string, string>> = VALUES;
    collection.name = 'From the command line';
    collection.variables = collection.variables.map((variable) => (named[variable.key] === undefined ? variable : { ...variable, value: named[variable.key] }));
    await writeFile(file, JSON.stringify(collection, null, 2));

    const app = await session().openApp();
    await app.openUrl(service.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.folder('From the command line').waitFor();
    await panel.close();
    // No environment exists: the collection holds the values.
    const byApp = await sentByApp(app);
    expect(byApp).toEqual(EXPECTED);
    expect(await sentByRun(dir)).toEqual(byApp);
  });
});
