import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { runRoundtrip } from '../support/run-roundtrip';
import { CollectionsPanel } from './support/collections-panel';
import { findFiles } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

// An OAuth-style /token form: its password is masked as typed, and neither it nor the token it
// gets lands in clear in a collection file, an export or history.
describe('a login form’s password and the token it gets (FastAPI forms service)', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;
  beforeAll(async () => {
    ({ app } = served());
  });

  const formField = (name: string) => app.page.locator(`[data-testid="form-body-field"][data-name="${name}"]`);

  it('masks the password field with a Show toggle, and keeps it and the token out of the files and history', async () => {
    await app.selectOperation('POST', '/token');
    const password = formField('password').getByTestId('form-body-input');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await formField('username').getByTestId('form-body-input').getAttribute('type')).not.toBe('password');
    await formField('username').getByTestId('form-body-input').fill('ada');
    await password.fill('lovelace');
    await formField('password').getByRole('button', { name: 'Show password' }).click();
    expect(await password.getAttribute('type')).toBe('text');
    expect(await password.inputValue()).toBe('lovelace');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    // The answer on screen keeps its token: the person needs it.
    expect(await app.responseJson()).toMatchObject({ access_token: 'token-for-ada' });

    const dataDir = served().session.host.dataDir;
    const historyDir = path.join(dataDir, 'history');
    await expect.poll(async () => (await readdir(historyDir).catch(() => [])).filter((name) => name.endsWith('.json')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const history = (await Promise.all((await readdir(historyDir)).filter((name) => name.endsWith('.json')).map((name) => readFile(path.join(historyDir, name), 'utf8')))).join('\n');
    expect(history).toContain('password=[redacted]');
    expect(history).not.toMatch(/lovelace|token-for-ada/);

    const collections = new CollectionsPanel(app);
    await collections.open();
    await collections.newCollection('Login');
    await collections.saveCurrent('Token', 'Login');
    const folder = path.join(dataDir, 'collections');
    await expect.poll(async () => (await findFiles(folder, '.request.json')).length, { timeout: 20_000 }).toBe(1);
    const [file = ''] = await findFiles(folder, '.request.json');
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('password={{password}}');
    expect(saved).not.toContain('lovelace');
    expect((JSON.parse(saved) as { needsSecrets?: string[] }).needsSecrets).toEqual(['password']);

    const exported = await runRoundtrip('export', path.dirname(file), '--format', 'postman', '--out', '-');
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('{{password}}');
    expect(exported.stdout).not.toContain('lovelace');
  });
});
