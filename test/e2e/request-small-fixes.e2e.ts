import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';
import { useUiSession } from './support/ui-session';

describe('enum parameters (FastAPI writes them as $refs)', () => {
  const served = useServedApp(() => startFastApi('validation_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  it('shows enum query and header parameters as drop-downs, and the server receives the picked values', async () => {
    await app.selectOperation('GET', '/catalog');
    for (const key of ['query:size', 'query:colour', 'header:x-region']) expect(await app.param(key).evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await app.param('query:size').inputValue()).toBe('medium');
    const regions = await app.param('header:x-region').locator('option').allInnerTexts();
    expect(regions.map((r) => r.trim())).toEqual(['— choose —', 'eu', 'us']);
    await app.param('query:colour').selectOption('large');
    await app.param('header:x-region').selectOption('us');
    await app.send();
    expect(await app.responseJson()).toEqual({ size: 'medium', colour: 'large', region: 'us' });
  });
});

describe('the resource list, the file input and typed credentials (FastAPI forms)', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;
  let specUrl: string;

  beforeAll(async () => {
    ({ app } = served());
    specUrl = served().server.specUrl;
  });

  it('gives each file input a name a screen reader can say', async () => {
    await app.selectOperation('POST', '/upload');
    const input = app.page.getByLabel('file: file', { exact: true });
    expect(await input.getAttribute('type')).toBe('file');
  });

  it('keeps the credentials typed for a document when the same document is opened again', async () => {
    await app.selectOperation('GET', '/keyed');
    const scheme = app.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]');
    await scheme.getByTestId('auth-api-key').fill('k-123');
    await app.showOpenPanel();
    await app.openUrl(specUrl);
    await app.byTestId('api-title').waitFor();
    await app.waitForValidation();
    await app.selectOperation('GET', '/keyed');
    expect(await scheme.getByTestId('auth-api-key').inputValue()).toBe('k-123');
    await app.send();
    expect(await app.responseJson()).toEqual({ keySha256: createHash('sha256').update('k-123').digest('hex') });
  });
});

describe('the idempotency explanation in the resource list (FastAPI books)', () => {
  const served = useServedApp(() => startFastApi());
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
    await app.waitForValidation();
  });

  it('shows the whole explanation inside the window, even for the last row', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    const row = app.operationRow('POST', '/tickets');
    await row.scrollIntoViewIfNeeded();
    await row.getByTestId('idempotency-marker').hover();
    const tip = row.getByTestId('idempotency-tip');
    await tip.waitFor({ state: 'visible' });
    await app.page.screenshot({ path: '/tmp/idempotency-tip.png' });
    const box = await tip.boundingBox();
    if (box === null) throw new Error('the tip has no box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(box.x).toBeGreaterThanOrEqual(0);
    // Nothing covers or clips it: its corners are the tip itself (hit-testable for this check only).
    await tip.evaluate((el: HTMLElement) => {
      el.style.pointerEvents = 'auto';
    });
    const corners = [
      [box.x + 4, box.y + 4],
      [box.x + box.width - 4, box.y + box.height - 4],
    ];
    for (const [x, y] of corners) {
      expect(await app.page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('[data-testid="idempotency-tip"]') !== null, [x, y])).toBe(true);
    }
  });
});

describe('the "not in a collection yet" notice (demo API)', () => {
  const session = useUiSession();

  it('goes once the request is saved from the Collections drawer', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await app.selectOperation('POST', '/items');
    await app.setBody('{"name": "notice pen", "price": 2}');
    await app.page.keyboard.press('Control+s');
    const notice = app.byTestId('save-notice').filter({ hasText: 'not in a collection yet' });
    await notice.waitFor();
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.newCollection('Notices');
    await panel.saveCurrent('Notice pen', 'Notices');
    await notice.waitFor({ state: 'detached' });
  });
});
