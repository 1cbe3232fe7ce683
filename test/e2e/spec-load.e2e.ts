import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe-audit';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const specs = path.resolve('test/fixtures/specs');
const github = path.resolve('node_modules/@octokit/openapi/generated/api.github.com.json');
// Set to a folder to look at the screens these tests pass through.
const shots = process.env['ROUNDTRIP_SHOTS'];

async function shoot(app: RoundtripPage, name: string): Promise<void> {
  if (shots !== undefined) await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
}

// A copy under a new name: the host answers a file it has already opened, unchanged, from memory, without an outline.
/**
 * The host answers spec:load as usual; the page's copy of each answer is held back until the
 * returned function is called, so the outline phase lasts as long as a test needs on any machine.
 */
async function holdLoadAnswers(app: RoundtripPage): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await app.page.route('**/rpc/spec:load', async (route) => {
    const response = await route.fetch({ timeout: 60_000 }).catch(() => undefined);
    await released;
    await (response === undefined ? route.abort() : route.fulfill({ response })).catch(() => undefined);
  });
  return release;
}

const copies: string[] = [];
function freshGithubCopy(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-e2e-outline-'));
  copies.push(folder);
  const copy = path.join(folder, 'api.github.com.json');
  copyFileSync(github, copy);
  return copy;
}

describe('opening large and hostile documents', () => {
  const session = useUiSession();
  let app: RoundtripPage;
  let dialogs: string[];

  beforeEach(async () => {
    app = await session().openApp();
    dialogs = [];
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(() => {
    for (const folder of copies) rmSync(folder, { recursive: true, force: true });
  });


  it('opens GitHub\'s description by path, windows its 1,223 operations, filters and opens one', { timeout: 60_000 }, async () => {
    await app.openUrl(github);
    await app.byTestId('api-title').waitFor({ timeout: 30_000 });
    expect(await app.byTestId('api-title').innerText()).toContain('GitHub');
    // Windowed: far fewer rows in the DOM than operations in the document.
    const drawn = await app.byTestId('operation-row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(80);
    await shoot(app, 'github-list');
    await app.byTestId('filter-input').fill('pulls get merged');
    await app.operationRow('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/merge').waitFor();
    await app.selectOperation('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/merge');
    expect(await app.param('path:pull_number').count()).toBe(1);
    await shoot(app, 'github-operation');
    // Full validation finishes in the background and the "Validating…" note goes away.
    await app.byTestId('validating').waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('lists a large document from its outline before the model is built, shows a picked operation at once, and carries the filter, the pick and what was typed into the workspace', { timeout: 60_000 }, async () => {
    const release = await holdLoadAnswers(app);
    try {
      await app.openUrl(freshGithubCopy());
      await app.byTestId('outline-waiting').waitFor({ timeout: 30_000 });
      expect(await app.byTestId('outline-waiting').innerText()).toContain('The list of 1,223 operations is ready');
      expect(await app.byTestId('api-title').innerText()).toContain('GitHub');
      await app.byTestId('filter-input').fill('pulls get merged');
      await app.operationRow('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/merge').click();
      // The click does not wait for the model: the operation, normalized alone, shows its details.
      await app.byTestId('op-header').filter({ hasText: '/repos/{owner}/{repo}/pulls/{pull_number}/merge' }).waitFor({ timeout: 30_000 });
      expect(await app.byTestId('outline-waiting').innerText()).toContain('the rest of the document follows');
      expect(await app.byTestId('outline-operation').locator('[data-testid="op-header"]').count()).toBe(1);
      await app.fillParam('path:pull_number', '4242');
      await app.byTestId('filter-input').focus();
      await expectAccessible(app, 'the outline of a large document');
      await shoot(app, 'github-outline');
    } finally {
      release();
    }
    await app.byTestId('outline-waiting').waitFor({ state: 'detached', timeout: 30_000 });
    await app.byTestId('op-header').filter({ hasText: '/repos/{owner}/{repo}/pulls/{pull_number}/merge' }).waitFor({ timeout: 30_000 });
    // What was typed before the model arrived is still there in the workspace.
    expect(await app.param('path:pull_number').inputValue()).toBe('4242');
    expect(await app.byTestId('filter-input').inputValue()).toBe('pulls get merged');
    // The cursor was in the filter when the model arrived: typing goes on there.
    await app.page.keyboard.type(' x');
    expect(await app.byTestId('filter-input').inputValue()).toBe('pulls get merged x');
    expect(await app.byTestId('outline-waiting').count()).toBe(0);
    // Validation of 13 MB runs on after the test otherwise, loading the machine under the next tests.
    await app.byTestId('validating').waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('keeps the cursor on the operation picked in the outline when the model arrives', { timeout: 60_000 }, async () => {
    const release = await holdLoadAnswers(app);
    try {
      await app.openUrl(freshGithubCopy());
      await app.byTestId('outline-waiting').waitFor({ timeout: 30_000 });
      await app.operationRow('GET', '/meta').click();
      await app.byTestId('outline-operation').locator('[data-testid="op-header"]').waitFor({ timeout: 30_000 });
      await app.operationRow('GET', '/meta').focus();
    } finally {
      release();
    }
    await app.byTestId('op-header').filter({ hasText: '/meta' }).waitFor({ timeout: 30_000 });
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-path') === '/meta');
    await app.byTestId('validating').waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('cancels a large document from its outline: the start screen comes back, and the next document starts clean', { timeout: 60_000 }, async () => {
    // Held until the end of the test: the answer never lands before the cancel.
    const release = await holdLoadAnswers(app);
    try {
      await app.openUrl(freshGithubCopy());
      await app.byTestId('outline-waiting').waitFor({ timeout: 30_000 });
      await app.byTestId('filter-input').fill('pulls');
      await app.byTestId('cancel-load').click();
      await app.byTestId('open-url-input').waitFor();
      expect(await app.byTestId('outline-waiting').count()).toBe(0);
      // The path is still there to fix or retry, with the cursor in it.
      expect(await app.byTestId('open-url-input').inputValue()).toMatch(/api\.github\.com\.json$/);
      await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-url-input');
    } finally {
      release();
    }
    await app.page.unroute('**/rpc/spec:load');
    await app.openUrl(path.join(specs, 'xss-payloads.json'));
    await app.byTestId('op-header').or(app.byTestId('operation-row').first()).first().waitFor();
    expect(await app.byTestId('filter-input').inputValue()).toBe('');
  });

  it('shows a document full of XSS payloads as inert text', async () => {
    await app.openUrl(path.join(specs, 'xss-payloads.json'));
    await app.byTestId('api-title').waitFor();
    expect(await app.byTestId('api-title').innerText()).toContain('<img src=x onerror=');
    const description = await app.byTestId('markdown').first().innerText();
    expect(description).toContain('<script>window.__pwned=1</script>');
    await app.operationRow('GET', '/items/{id}').click();
    await app.byTestId('op-header').waitFor();
    const state = await app.page.evaluate(() => ({
      pwned: (window as unknown as Record<string, unknown>)['__pwned'],
      scripts: document.querySelectorAll('body script').length,
      unsafeLinks: Array.from(document.querySelectorAll('a')).filter((a) => !/^https?:/.test(a.getAttribute('href') ?? 'https:')).length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((attr) => attr.name.startsWith('on'))).length,
      polluted: ({} as Record<string, unknown>)['polluted'],
    }));
    expect(state).toEqual({ pwned: undefined, scripts: 0, unsafeLinks: 0, handlers: 0, polluted: undefined });
    expect(dialogs).toEqual([]);
    await app.page.getByRole('button', { name: /^Open/ }).first().isVisible();
    await shoot(app, 'xss-operation');
  });

  it('cancels a load that takes too long: the main side drops the request', async () => {
    let closed!: () => void;
    const requestClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // Accepts the request and never answers: only a cancel ends it.
    const server = createServer((request) => {
      request.socket.once('close', closed);
      arrived();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await app.openUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`);
      // Cancelled once the request is out (a cancel before it leaves would leave nothing to drop: also right, but not this test).
      await requestArrived;
      await app.byTestId('cancel-load').click();
      await app.byTestId('cancel-load').waitFor({ state: 'detached' });
      await requestClosed;
      expect(await app.byTestId('load-error').count()).toBe(0);
      expect(await app.byTestId('open-url-button').isEnabled()).toBe(true);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('lists 3.1 webhooks with their mark and links externalDocs', async () => {
    await app.openUrl(path.join(specs, 'webhooks-3.1.yaml'));
    await app.byTestId('api-title').waitFor();
    await app.byTestId('webhook-mark').waitFor();
    expect(await app.byTestId('recursive-schemas').innerText()).toContain('Node');
    const link = app.byTestId('overview-links').getByRole('link');
    expect(await link.getAttribute('href')).toBe('https://example.com/events');
    expect(await link.getAttribute('target')).toBe('_blank');
    await shoot(app, 'webhooks-overview');
  });
});
