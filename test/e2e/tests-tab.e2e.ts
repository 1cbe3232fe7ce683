import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { expectAccessible } from './support/axe-audit';
import { CollectionsPanel } from './support/collections-panel';
import { findFiles } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { RunnerPanel } from './support/runner-panel';
import { useServedApp } from './support/served-app';

describe('the Tests tab, fed from the response and run in the Runner (FastAPI)', () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;
  let fastapi: FastApiServer;
  beforeAll(async () => {
    ({ app, server: fastapi } = served());
  });

  const keyField = () => app.apiKeyField('APIKeyQuery');
  const valueOf = (pointer: string) => app.page.locator(`.json-line[data-pointer="${pointer}"] [data-value-click]`);
  const menuItem = (name: string) => app.byTestId('value-menu').getByRole('menuitem', { name });

  it('asserts a clicked value, saves it with the request, runs green, then red with a wrong key', async () => {
    // A value that looks like markup stays text everywhere it shows.
    const bio = '<img src=x onerror="window.__pwned=1">';
    await fetch(`${fastapi.baseUrl}/profiles/1?api_key=q-secret-555`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Ada', city: 'London', bio }) });

    await app.selectOperation('GET', '/profiles/{profile_id}');
    await app.fillParam('path:profile_id', '1');
    await keyField().fill('q-secret-555');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');

    // Saved once without tests: a run checks it implicitly.
    const collections = new CollectionsPanel(app);
    await collections.open();
    await collections.newCollection('Profiles');
    await collections.saveCurrent('Ada, status only', 'Profiles');
    await collections.close();

    // Clicking "Ada" in the response: Assert equals.
    await valueOf('/name').click();
    await menuItem('Assert equals').click();
    expect(await app.byTestId('viewer-status').innerText()).toBe('Added to Tests: $.name equals "Ada"');
    const rows = app.byTestId('tests-assertion');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await app.byTestId('tests-json-path').first().inputValue()).toBe('$.name');
    await expect.poll(() => rows.first().getByTestId('check-result').innerText()).toBe('✓ passed (got "Ada")');

    // From the keyboard: the city line, Enter opens its menu, the arrows pick "Assert type".
    await valueOf('/city').click();
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).getByTestId('check-result').innerText()).toBe('✓ passed (got "London")');

    // The markup value: captured, shown as text, never run.
    await valueOf('/bio').click();
    await menuItem('Capture as variable').click();
    expect(await app.byTestId('tests-capture-name').inputValue()).toBe('bio');
    expect(await app.byTestId('tests-capture').getByTestId('check-result').innerText()).toContain(bio);
    expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // Edited by hand: reorder, a wrong expectation fails inline with what came, then deleted again.
    await app.byTestId('tests-add-kind').selectOption({ label: 'Status' });
    await app.byTestId('tests-add-assertion').click();
    await app.byTestId('tests-status').fill('201');
    expect(await rows.nth(2).getByTestId('check-result').innerText()).toBe('✗ failed (got 200): expected status 201, got 200');
    await rows.nth(2).getByRole('button', { name: 'Move assertion 3 up' }).click();
    expect(await rows.nth(1).getByTestId('tests-status').inputValue()).toBe('201');
    await rows.nth(1).getByRole('button', { name: 'Delete assertion 2' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await valueOf('/name').click();
    await expectAccessible(app, 'the Tests section with results and the value menu open');
    await app.page.keyboard.press('Escape');
    const screenshot = process.env['ROUNDTRIP_TESTS_SCREENSHOT'];
    if (screenshot !== undefined) {
      await valueOf('/name').click();
      await app.page.screenshot({ path: screenshot });
      await app.page.keyboard.press('Escape');
    }

    // Saved as a second request; the file holds the tests and no key.
    await collections.open();
    await app.page.getByRole('button', { name: 'Save as new…' }).click();
    await collections.saveCurrent('Ada, tested', 'Profiles');
    const folder = path.join(served().session.host.dataDir, 'collections');
    const files = await findFiles(folder, '.request.json');
    const tested = files.find((file) => file.includes('tested'));
    expect(tested).toBeDefined();
    const saved = JSON.parse(await readFile(tested ?? '', 'utf8')) as { assertions?: unknown[]; captures?: unknown[]; url: string; needsSecrets?: string[] };
    expect(saved.assertions).toEqual([
      { type: 'json', path: '$.name', op: 'equals', value: 'Ada' },
      { type: 'json', path: '$.city', op: 'type', value: 'string' },
    ]);
    expect(saved.captures).toEqual([{ name: 'bio', from: 'json', path: '$.bio' }]);
    expect(saved.url).not.toContain('q-secret-555');
    const secret = saved.needsSecrets?.[0] ?? '';
    expect(secret).not.toBe('');

    // Saved again over the same file: the Tests as they are now, the capture deleted.
    await app.byTestId('tests-capture').getByRole('button', { name: 'Delete capture 1' }).click();
    await app.byTestId('collection-save-over').click();
    await expect.poll(async () => (JSON.parse(await readFile(tested ?? '', 'utf8')) as { captures?: unknown[] }).captures).toBeUndefined();
    const resaved = JSON.parse(await readFile(tested ?? '', 'utf8')) as { assertions?: unknown[]; needsSecrets?: string[] };
    expect(resaved.assertions).toHaveLength(2);
    expect(resaved.needsSecrets).toEqual(saved.needsSecrets);
    await collections.close();

    // The Runner, with the key in an environment: green.
    await app.newEnvironment([{ name: secret, value: 'q-secret-555', secret: true }]);
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Profiles');
    await runner.run();
    const green = await runner.finished();
    // On a failure, the rows say why.
    expect(green, (await runner.rows.allTextContents()).join('\n')).toContain('2/2 requests passed, 2/2 assertions, 1/1 implicit status checks');
    expect(await runner.summary.getAttribute('class')).toContain('is-pass');
    await app.page.keyboard.press('Escape');
    await app.byTestId('runner-drawer').waitFor({ state: 'detached' });

    // A wrong key: the written assertions and the implicit check both go red.
    await app.byTestId('env-var-value').first().fill('wrong-key');
    await runner.open();
    await runner.run();
    expect(await runner.finished()).toContain('0/2 requests passed, 0/2 assertions, 0/1 implicit status checks');
    expect(await runner.summary.getAttribute('class')).toContain('is-fail');
    expect(await runner.rows.nth(0).textContent()).toContain('got 401');
    expect(await runner.rows.nth(1).textContent()).toContain('expected "Ada" at $.name, got nothing there');
    expect(await app.page.locator('[data-testid="runner-row"].is-fail').count()).toBe(2);
    await app.page.keyboard.press('Escape');
    await app.byTestId('runner-drawer').waitFor({ state: 'detached' });
  });

  it('writes tests in a free-form request too: from a clicked value into its Tests tab, judged at each send', async () => {
    await app.byTestId('tab-new').click();
    await app.byTestId('new-tab-hint').waitFor();
    await app.byTestId('url-input').fill(`${fastapi.baseUrl}/catalog?size=small`);
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    await app.byTestId('doc-headers').getByRole('button', { name: /Add/ }).first().click();
    await app.byTestId('doc-headers').getByTestId('kv-name').first().fill('X-Region');
    await app.byTestId('doc-headers').getByTestId('kv-value').first().fill('eu');
    await app.send();
    expect(await app.responseJson()).toEqual({ size: 'small', colour: null, region: 'eu' });
    await valueOf('/region').click();
    await menuItem('Assert equals').click();
    // The Tests tab shows by itself, its count on the tab, the assertion judged against this answer.
    // Read as the tab switches, not once right after the click: the switch lands on the next render.
    await expect.poll(() => app.page.getByRole('tab', { name: /Tests/ }).getAttribute('aria-selected')).toBe('true');
    expect(await app.page.getByRole('tab', { name: /Tests/ }).innerText()).toContain('1');
    const row = app.byTestId('tests-assertion').first();
    // (The judge loads with the first request that has tests: its verdict may follow the row by a moment.)
    await expect.poll(() => row.getByTestId('check-result').innerText()).toBe('✓ passed (got "eu")');
    // Another answer, another verdict: the same assertion now fails with what came.
    await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
    await app.byTestId('doc-headers').getByTestId('kv-value').first().fill('us');
    await app.send();
    await app.byTestId('doc-section').filter({ hasText: 'Tests' }).click();
    expect(await row.getByTestId('check-result').innerText()).toBe('✗ failed (got "us"): expected $.region to equal "eu", got "us"');
    expect(await app.byTestId('tests-tally').innerText()).toContain('0/1 passed on the last answer');
  });

});
