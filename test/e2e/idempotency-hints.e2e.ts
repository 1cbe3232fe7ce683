import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

describe('idempotency hints in the browser host', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
  });

  it('explains a mark on hover', async () => {
    const row = app.operationRow('DELETE', '/items/{itemId}');
    const tip = row.getByTestId('idempotency-tip');
    expect(await tip.isVisible()).toBe(false);
    await row.getByTestId('idempotency-marker').hover();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.innerText()).toMatch(/^Idempotent: sending it twice has the same effect/);
  });

  it('explains a mark on keyboard focus too', async () => {
    await app.page.mouse.move(0, 0);
    const row = app.operationRow('POST', '/items');
    await app.byTestId('filter-input').focus();
    // A key press first, so the browser treats the next focus as keyboard focus (:focus-visible).
    await app.page.keyboard.press('Shift');
    await row.focus();
    const focused = app.page.locator('[data-testid="operation-row"]:focus-visible');
    await focused.getByTestId('idempotency-tip').waitFor({ state: 'visible' });
    expect(await focused.getByTestId('idempotency-tip').innerText()).toMatch(/^(Safe|Idempotent|Not idempotent)/);
  });

  it('calls a POST that declares an Idempotency-Key "idempotent with a key" in the request editor', async () => {
    await app.selectOperation('POST', '/items');
    const hint = app.byTestId('idempotency-hint');
    expect(await hint.getAttribute('data-mark')).toBe('idempotent-with-key');
    expect(await hint.innerText()).toMatch(/Idempotent with a key: the API accepts an Idempotency-Key header \(optional\)/);
  });

  it('describes PATCH honestly', async () => {
    await app.selectOperation('PATCH', '/items/{itemId}');
    expect(await app.byTestId('idempotency-hint').innerText()).toMatch(/may or may not be idempotent: it depends on the patch document/);
  });
});
