import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { expectAccessible } from './support/axe-audit';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const RUN_MS = 120_000;
// ROUNDTRIP_VERIFY_SCREENSHOT=docs/verify.png refreshes the README's picture; a plain run keeps it under test-results/.
const SCREENSHOT = path.resolve(process.env['ROUNDTRIP_VERIFY_SCREENSHOT'] ?? 'test-results/verify.png');

async function openVerify(app: RoundtripPage): Promise<void> {
  await app.byTestId('open-verify').click();
  await app.byTestId('verify-view').waitFor();
}

async function runVerify(app: RoundtripPage): Promise<string> {
  await app.byTestId('verify-start').click();
  const summary = app.byTestId('verify-summary');
  await summary.waitFor({ timeout: RUN_MS });
  return (await summary.textContent()) ?? '';
}

describe('the Verify view', () => {
  const session = useUiSession();
  let defects: FastApiServer;
  beforeAll(async () => {
    defects = await startFastApi('verify_defects');
  }, 60_000);
  afterAll(async () => {
    await defects.stop();
  });

  it('runs on the defective twin: failed cells, a finding with its evidence, and Save as test writes a request file', async () => {
    const app = await session().openApp();
    await app.openUrl(defects.specUrl);
    await app.byTestId('api-title').waitFor();
    await openVerify(app);
    await app.page.screenshot({ path: path.join(path.dirname(SCREENSHOT), 'verify-plan.png') });
    expect(await app.byTestId('verify-base-url').inputValue()).toBe(defects.baseUrl);
    // The plan names what will happen before anything is sent.
    expect(await app.byTestId('verify-plan').textContent()).toMatch(/13 operations, \d+ of 234 checks apply, about \d+ requests/);
    expect(await app.byTestId('verify-warning').textContent()).toContain('Verify sends writes');

    // A remote target is refused until allowed; a header line without a colon is named.
    await app.byTestId('verify-base-url').fill('http://192.0.2.10:8000');
    expect(await app.byTestId('verify-blocked').textContent()).toContain('http://192.0.2.10:8000 is not this machine');
    expect(await app.byTestId('verify-start').isDisabled()).toBe(true);
    await app.byTestId('verify-base-url').fill(defects.baseUrl);
    await app.byTestId('verify-headers').fill('Authorization Bearer secret-token');
    expect(await app.byTestId('verify-blocked').textContent()).toContain('"Authorization Bearer secret-token" is not "Name: value"');
    await app.byTestId('verify-headers').fill('Authorization: Bearer secret-token');
    await app.byTestId('verify-max-examples').fill('8');

    const summary = await runVerify(app);
    expect(summary).toMatch(/✗ \d+ findings: 13 operations/);
    const failed = app.page.locator('[data-testid="verify-cell"][data-status="failed"]');
    expect(await failed.count()).toBeGreaterThan(5);
    const methods = app.page.locator('[data-testid="verify-cell"][data-operation="GET /books/{book_id}"][data-family="methods"]');
    expect(await methods.getAttribute('data-status')).toBe('failed');
    expect(await methods.textContent()).toContain('failed');
    expect(await methods.getAttribute('aria-label')).toMatch(/^methods: 1 failed/);

    // The safe-method finding shows its chain, the exchanges and the state diff.
    const finding = app.page.locator('[data-testid="verify-finding"][aria-label="Finding: safe-method-unchanged on GET /books/{book_id}"]');
    await finding.locator('summary', { hasText: 'Evidence' }).click();
    expect(await finding.getByTestId('finding-request').first().textContent()).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/books/);
    expect(await finding.getByTestId('finding-response').count()).toBeGreaterThan(1);
    expect(await finding.getByTestId('finding-diff').textContent()).toContain('GET /books/{book_id}/body/reads');
    // The token given as a header is in no evidence.
    expect(await app.page.locator('.verify-findings').textContent()).not.toContain('secret-token');

    // The README's picture: the summary, the matrix and the first findings, as the window shows them.
    await app.byTestId('verify-progress').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollTo(0, 0);
      let scroller = el.parentElement;
      while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
      if (scroller) scroller.scrollTop -= 16;
    });
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await app.page.screenshot({ path: SCREENSHOT });

    // Save as test, into a new collection: the request without the key that should have been refused.
    const keyRequired = app.page.locator('[data-testid="verify-finding"][aria-label="Finding: key-required on POST /orders"]');
    await keyRequired.getByTestId('finding-new-collection').fill('Verify regressions');
    await keyRequired.getByTestId('finding-save').click();
    const saved = keyRequired.getByTestId('finding-saved');
    await saved.waitFor();
    const text = (await saved.textContent()) ?? '';
    const id = /Saved as (\S+):/.exec(text)?.[1];
    expect(id, text).toBeDefined();
    const root = path.join(session().host.dataDir, 'collections');
    const file = [path.join(root, id ?? ''), path.join(root, `${id ?? ''}.request.json`)].find((candidate) => existsSync(candidate) && candidate.endsWith('.json'));
    expect(file, `${root} ${id ?? ''}`).toBeDefined();
    const request = JSON.parse(await readFile(file ?? '', 'utf8')) as { method: string; url: string; headers: { name: string }[]; assertions: unknown[] };
    expect(request).toMatchObject({ method: 'POST', url: `${defects.baseUrl}/orders`, assertions: [{ type: 'status', equals: 400 }] });
    expect(request.headers.map((h) => h.name.toLowerCase())).not.toContain('idempotency-key');
  }, RUN_MS + 60_000);

  it('stops a run: the checks not begun are skipped and the summary says so', async () => {
    const app = await session().openApp();
    await app.openUrl(defects.specUrl);
    await app.byTestId('api-title').waitFor();
    await openVerify(app);
    await app.byTestId('verify-headers').fill('Authorization: Bearer secret-token');
    await app.byTestId('verify-max-examples').fill('400');
    await app.byTestId('verify-start').click();
    const progress = app.byTestId('verify-progress');
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: RUN_MS }).toBeGreaterThan(0);
    await app.byTestId('verify-stop').click();
    const summary = app.byTestId('verify-summary');
    await summary.waitFor({ timeout: RUN_MS });
    expect(await summary.textContent()).toMatch(/^Stopped\. /);
    const stopped = app.page.locator('[data-testid="verify-cell"][title*="The run was stopped."]');
    expect(await stopped.count()).toBeGreaterThan(0);
    expect(await app.byTestId('verify-start').textContent()).toBe('Run again');
  }, RUN_MS + 60_000);

  it('finds nothing wrong with the demo API', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await openVerify(app);
    const summary = await runVerify(app);
    expect(summary).toMatch(/^✓ No findings: 7 operations/);
    expect(await app.page.locator('[data-testid="verify-cell"][data-status="failed"]').count()).toBe(0);
    expect(await app.page.locator('[data-testid="verify-cell"][data-status="passed"]').count()).toBeGreaterThan(7);
    // Passed, skipped and not-run cells read well in both themes.
    await expectAccessible(app, 'verify');
  }, RUN_MS + 60_000);
});
