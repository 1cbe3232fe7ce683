/**
 * The Verify view's matrix tells a family checked only in part from a plain pass: against the shop
 * fixture, the vouchers' keyed checks are skipped (the code's pattern is beyond the generator) beside
 * a pass, while the orders' keyed checks all run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { useUiSession } from './support/ui-session';

describe('the Verify view on a partly checked family', () => {
  const session = useUiSession();
  let shop: FastApiServer;
  beforeAll(async () => {
    shop = await startFastApi('shop_orders');
  }, 60_000);
  afterAll(async () => {
    await shop.stop();
  });

  it('words a pass beside skipped checks that apply as partly checked, in the cell itself', async () => {
    const app = await session().openApp();
    await app.openUrl(shop.specUrl);
    await app.byTestId('api-title').waitFor();
    await app.byTestId('open-verify').click();
    await app.byTestId('verify-view').waitFor();
    await app.byTestId('verify-start').click();
    await app.byTestId('verify-summary').waitFor({ timeout: 120_000 });
    const cell = (operation: string) => app.page.locator(`[data-testid="verify-cell"][data-operation="${operation}"][data-family="idempotency-key"]`);
    const vouchers = cell('POST /vouchers');
    expect(await vouchers.getAttribute('data-partial')).toBe('true');
    expect(await vouchers.textContent()).toMatch(/^◐ \d+ passed, [1-9]\d* skipped$/);
    expect(await vouchers.getAttribute('aria-label')).toMatch(/\(partly checked\)$/);
    const orders = cell('POST /orders');
    expect(await orders.getAttribute('data-partial')).toBeNull();
    expect(await orders.textContent()).toBe('✓ passed');
  }, 180_000);
});
