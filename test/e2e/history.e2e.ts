import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useWireTargetApp } from './support/wire-target-app';

describe('history', () => {
  const wire = useWireTargetApp();
  let app: RoundtripPage;

  beforeAll(() => {
    ({ app } = wire());
  });

  it('keeps the operation list in place when validation ends, so a click at that moment opens the row aimed at', async () => {
    // Right after the document opens, its validation usually still runs ("Validating…" shows above the list).
    const listTop = async (): Promise<number | undefined> => (await app.byTestId('filter-input').boundingBox())?.y;
    const whileValidating = await listTop();
    await app.waitForValidation();
    expect(await listTop()).toBe(whileValidating);
  });

  it('lists what was sent, finds it by search, reopens it and sends it again', async () => {
    await app.selectOperation('GET', '/item');
    await app.send();
    await app.selectOperation('GET', '/bad-item');
    await app.send();
    await app.byTestId('history-toggle').click();
    const entries = app.byTestId('history-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBeGreaterThanOrEqual(2);
    expect(await entries.first().innerText()).toContain('/bad-item');
    await app.byTestId('history-search').fill('bad-item');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="history-entry"]').length === 1);
    await entries.first().click();
    const opened = app.byTestId('history-opened');
    await opened.waitFor();
    expect(await opened.getByTestId('response-status').innerText()).toBe('200 OK');
    expect(await opened.getByTestId('response-body').innerText()).toContain('"one"');
    // Send again opens the entry as an unsaved request in a tab of its own and sends it there.
    await app.byTestId('history-resend').click();
    await app.byTestId('document-editor').waitFor();
    const again = app.page.locator('#pane-response');
    await again.locator('[data-testid="response-panel"][data-exchange-seq]:not([data-exchange-seq="0"])').waitFor();
    expect(await again.getByTestId('response-status').innerText()).toBe('200 OK');
    await app.page.screenshot({ path: '/tmp/roundtrip-history.png' });
  });
});
