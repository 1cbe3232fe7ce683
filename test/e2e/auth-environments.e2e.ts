import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { readAllFiles } from './support/find-files';
import { useServedApp } from './support/served-app';

describe('auth, environments and copy as curl on a FastAPI service', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let fastapi: FastApiServer;
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ server: fastapi, app } = served());
  });

  function scheme(name: string) {
    return app.page.locator(`[data-testid="auth-scheme"][data-scheme="${name}"]`);
  }

  it('fetches an OAuth 2.0 token through the main process and sends it only where required', async () => {
    await app.selectOperation('GET', '/me');
    await app.send();
    expect(await app.responseStatus()).toBe('401 Unauthorized');
    expect(await app.byTestId('auth-status').innerText()).toMatch(/Not applied yet: fill in OAuth2PasswordBearer/);
    await scheme('OAuth2PasswordBearer').getByTestId('oauth-username').fill('ada');
    await scheme('OAuth2PasswordBearer').getByTestId('oauth-password').fill('lovelace');
    await scheme('OAuth2PasswordBearer').getByTestId('oauth-get-token').click();
    await app.byTestId('oauth-note').waitFor();
    expect(await app.byTestId('oauth-note').innerText()).toMatch(/Token valid until/);
    expect(await scheme('OAuth2PasswordBearer').getByTestId('auth-token').getAttribute('type')).toBe('password');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ user: 'ada', authenticated: true });
  });

  it('copies the request as curl with the token redacted unless asked otherwise', async () => {
    await app.byTestId('curl-box').locator('summary').click();
    const command = await app.byTestId('curl-command').innerText();
    expect(command).toBe(`curl -X GET '${fastapi.baseUrl}/me' \\\n  -H 'Authorization: <redacted>' \\\n  -H 'Accept: application/json'`);
    await app.byTestId('curl-redact').uncheck();
    expect(await app.byTestId('curl-command').innerText()).toContain(`-H 'Authorization: Bearer token-for-ada'`);
  });

  it('fills {{variables}} of the active environment into the base URL and an API key, and can send without auth', async () => {
    await app.selectOperation('GET', '/keyed');
    await app.byTestId('env-new').click();
    await app.byTestId('env-edit').click();
    // A new environment starts empty.
    expect(await app.byTestId('env-variable').count()).toBe(0);
    await app.byTestId('env-add-variable').click();
    await app.byTestId('env-var-name').first().fill('baseUrl');
    await app.byTestId('env-var-value').first().fill(fastapi.baseUrl);
    await app.byTestId('env-add-variable').click();
    await app.byTestId('env-var-name').nth(1).fill('apiKey');
    await app.byTestId('env-var-secret').nth(1).check();
    await app.byTestId('env-var-value').nth(1).fill('k-123456');
    expect(await app.byTestId('env-var-value').nth(1).getAttribute('type')).toBe('password');
    await app.setBaseUrl('{{baseUrl}}');
    await scheme('APIKeyHeader').getByTestId('auth-api-key').fill('{{apiKey}}');
    await app.page.screenshot({ path: '/tmp/auth-env.png', fullPage: true });
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ keySha256: createHash('sha256').update('k-123456').digest('hex') });
    await app.byTestId('curl-box').locator('summary').click();
    expect(await app.byTestId('curl-command').innerText()).not.toContain('k-123456');

    await app.byTestId('auth-without').check();
    await app.send();
    expect(await app.responseStatus()).toBe('403 Forbidden');
  });

  it('saves environments without their secret values, and says where secrets are kept', async () => {
    const saved = join(served().session.host.dataDir, 'environments.json');
    await expect.poll(async () => readFile(saved, 'utf8').catch(() => ''), { timeout: 10_000 }).toContain('apiKey');
    expect(await readFile(saved, 'utf8')).not.toContain('k-123456');
    const again = await served().session.openApp();
    await again.openUrl(fastapi.specUrl);
    await again.selectOperation('GET', '/keyed');
    expect(await again.byTestId('env-select').locator('option:checked').innerText()).toBe('Environment 1');
    await again.byTestId('env-edit').click();
    expect(await again.byTestId('env-var-value').first().inputValue()).toBe(fastapi.baseUrl);
    expect(await again.byTestId('env-var-value').nth(1).inputValue()).toBe('');
    expect(await again.byTestId('env-editor').innerText()).toMatch(/no keychain, so secret values are kept in memory only/);
    await again.page.close();
  });

  it('writes no secret (token, API key) to any file of the data folder, history included', async () => {
    const files = await readAllFiles(served().session.host.dataDir);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(file.text, file.name).not.toMatch(/token-for-ada|k-123456|lovelace/);
  });

  // FastAPI 0.92 decodes Basic credentials as ASCII; UTF-8 encoding is covered by the unit tests.
  it('sends HTTP Basic credentials', async () => {
    await app.selectOperation('GET', '/basic');
    await scheme('HTTPBasic').getByTestId('auth-username').fill('ada');
    await scheme('HTTPBasic').getByTestId('auth-password').fill('open sesame');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(await app.responseJson()).toEqual({ username: 'ada', password: 'open sesame' });
  });
});
