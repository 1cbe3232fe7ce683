import { cp, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { receivedAt, startCredentialTarget } from '../support/credential-target';
import { freePort } from '../support/free-port';
import { runRoundtrip } from '../support/run-roundtrip';
import { writeCollection } from '../support/runner-collections';
import { readAllFiles } from './support/find-files';
import { RunnerPanel } from './support/runner-panel';
import { useServedApp } from './support/served-app';

// A credential query parameter is one by its name, however short its value: a 2-character
// access_token used to follow a redirect to another origin and be stored and reported in clear,
// because values under 3 characters are never looked for by value.
describe('a short credential in the query never follows a redirect to another origin', () => {
  const served = useServedApp(startCredentialTarget);

  it('is dropped from an editor send, named as left behind, and masked in history', async () => {
    const { server: target, app, session } = served();
    await app.byTestId('tab-new').click();
    await app.pasteIntoUrlBar(`curl -L -H 'X-Shop-Token: zz' '${target.base}/away/307?access_token=ab&page=1'`);
    await expect.poll(() => app.byTestId('url-input').inputValue()).toBe(`${target.base}/away/307?access_token=ab&page=1`);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(receivedAt(target, 'api', '/away/307').at(-1)?.url).toBe('/away/307?access_token=ab&page=1');
    expect(receivedAt(target, 'elsewhere', '/landing').at(-1)?.url).toBe('/landing?page=1');
    const dropped = await app.byTestId('redirect-dropped').innerText();
    expect(dropped).toContain('X-Shop-Token');
    expect(dropped).toContain('the query parameter access_token');

    const dir = path.join(session.host.dataDir, 'history');
    await expect.poll(async () => (await readdir(dir).catch(() => [])).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const files = await readAllFiles(dir);
    const stored = files.map((file) => file.text).join('\n');
    expect(stored).toContain('access_token=[redacted]');
    expect(stored).not.toMatch(/access_token=ab\b/);
  });

  it('proposes a name without the query on Save as, and writes no credential to disk', async () => {
    const { server: target, app, session } = served();
    await app.byTestId('tab-new').click();
    const url = `${target.base}/away/307?access_token=SECRET-THREE&page=1`;
    await app.pasteIntoUrlBar(`curl -L -H 'Authorization: Bearer SECRET-ONE' -H 'X-Shop-Token: SECRET-TWO' -H 'X-Plain: hello' -b 'session=SECRET-COOKIE' '${url}'`);
    await expect.poll(() => app.byTestId('url-input').inputValue()).toBe(url);
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');

    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-as-dialog').waitFor();
    expect(await app.byTestId('save-as-name').inputValue()).toBe('/away/307');
    await app.byTestId('save-as-target').selectOption({ label: 'A new collection…' });
    await app.byTestId('save-as-new-collection').fill('Shop');
    await app.byTestId('save-as-save').click();
    await app.byTestId('save-as-dialog').waitFor({ state: 'detached' });

    const files = await readAllFiles(path.join(session.host.dataDir, 'collections'));
    const saved = files.find((file) => file.name.endsWith('.request.json'));
    expect(saved?.name).toBe(path.join('shop', 'away-307.request.json'));
    expect(JSON.parse(saved?.text ?? '{}')).toMatchObject({ name: '/away/307' });
    for (const file of files) expect(file.text, file.name).not.toContain('SECRET');
  });

  it("is dropped by the app's Runner and masked in its Status column", async () => {
    const { server: target, app, session } = served();
    const dir = await writeCollection(
      'Short token',
      [newSavedRequest({ name: 'Moved', method: 'GET', url: '{{baseUrl}}/away/307?access_token={{access_token}}&page=1', settings: { followRedirects: true }, assertions: [{ type: 'status', equals: 200 }] })],
      { variables: [{ key: 'baseUrl', value: target.base }, { key: 'access_token', value: 'ab' }] },
    );
    const root = path.join(session.host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    await cp(dir, path.join(root, 'short-token'), { recursive: true });
    const before = target.received.length;
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Short token');
    await runner.run();
    expect(await runner.finished()).toContain('1/1 requests passed');
    const row = (await runner.rows.first().innerText()).replace(/\s+/g, ' ');
    expect(row).toContain(`307 -> GET ${target.elsewhere}/landing?page=1 200`);
    expect(row).not.toContain('access_token=ab');
    const during = target.received.slice(before);
    expect(during.find((r) => r.server === 'api')?.url).toBe('/away/307?access_token=ab&page=1');
    expect(during.find((r) => r.server === 'elsewhere')?.url).toBe('/landing?page=1');
  });

  it('is dropped by `roundtrip run` and masked in its report, without masking a path segment that spells the same', async () => {
    const { server: target } = served();
    const dir = await writeCollection(
      'shop',
      [newSavedRequest({ name: 'Moved', method: 'GET', url: '{{baseUrl}}/away/307?access_token={{access_token}}&page=1', settings: { followRedirects: true }, assertions: [{ type: 'status', equals: 200 }] })],
      { variables: [{ key: 'baseUrl', value: target.base }] },
    );
    for (const token of ['ab', 'z', '307']) {
      const before = target.received.length;
      const result = await runRoundtrip('run', dir, '--var', `access_token=${token}`);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const during = target.received.slice(before);
      expect(during.find((r) => r.server === 'api')?.url, token).toBe(`/away/307?access_token=${token}&page=1`);
      expect(during.find((r) => r.server === 'elsewhere')?.url, token).toBe('/landing?page=1');
      expect(result.stdout, token).toContain(`GET ${target.base}/away/307?access_token=[redacted]&page=1  307 -> GET ${target.elsewhere}/landing?page=1 200`);
      expect(result.stdout, token).not.toContain(`access_token=${token}`);
    }
  });

  it('is masked in the error `roundtrip run` reports when the server cannot be reached', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const dir = await writeCollection('unreachable', [newSavedRequest({ name: 'Moved', method: 'GET', url: `${closed}/moved/abc?access_token={{access_token}}&page=1` })]);
    const result = await runRoundtrip('run', dir, '--var', 'access_token=ab');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Could not reach ${closed}/moved/abc?access_token=[redacted]&page=1`);
    expect(result.stdout).not.toContain('access_token=ab');
  });
});
