import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe-audit';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

describe('accessibility of the main screens (axe-core, light and dark)', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
  });

  it('the start screen', async () => {
    await expectAccessible(app, 'start');
  });

  it('the demo API with an operation selected, reachable by role', async () => {
    await app.openDemo();
    await app.page.getByRole('button', { name: /POST \/items/ }).click();
    await app.byTestId('op-header').filter({ hasText: '/items' }).waitFor();
    await app.page.getByRole('region', { name: 'Request' }).waitFor();
    await expectAccessible(app, 'operation');
  });

  it('shows a visible focus ring on every control Tab reaches in the request and response', async () => {
    await app.page.getByRole('button', { name: /POST \/items/ }).focus();
    const unringed: string[] = [];
    const visited = new Set<string>();
    for (let step = 0; step < 40; step += 1) {
      await app.page.keyboard.press('Tab');
      const focused = await app.page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement) || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const ringed = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { ringed, name: `${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}]` };
      });
      if (focused !== undefined) visited.add(focused.name);
      if (focused !== undefined && !focused.ringed) unringed.push(focused.name);
    }
    expect(visited.size).toBeGreaterThan(15);
    expect(unringed).toEqual([]);
  });

  it('a response', async () => {
    await app.setBody(JSON.stringify({ name: 'Lamp', price: 20 }));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    await app.page.getByRole('region', { name: 'Response' }).getByRole('tab', { name: 'Body' }).waitFor();
    await expectAccessible(app, 'response');
  });

  it('moves between the response tabs with the arrow keys, Home and End', async () => {
    const panel = app.page.getByRole('region', { name: 'Response' });
    await panel.getByRole('tab', { name: 'Body' }).focus();
    await app.page.keyboard.press('ArrowRight');
    const headers = panel.getByRole('tab', { name: /^Headers/ });
    expect(await headers.getAttribute('aria-selected')).toBe('true');
    expect(await headers.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(app, 'response-headers');
    await headers.focus();
    await app.page.keyboard.press('End');
    // The request as sent is the last tab; Timing sits just before it.
    expect(await panel.getByRole('tab', { name: 'Sent' }).getAttribute('aria-selected')).toBe('true');
    await expectAccessible(app, 'response-sent');
    await panel.getByRole('tab', { name: 'Sent' }).focus();
    await app.page.keyboard.press('ArrowLeft');
    expect(await panel.getByRole('tab', { name: 'Timing' }).getAttribute('aria-selected')).toBe('true');
    await expectAccessible(app, 'response-timing');
    await panel.getByRole('tab', { name: 'Timing' }).focus();
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { name: 'Body' }).getAttribute('aria-selected')).toBe('true');
    // Only the selected tab is in the Tab order.
    expect(await panel.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
  });

  it('the resend confirmation', async () => {
    // Without its key, the same POST again is a real second POST: Send asks first.
    await app.fillParam('header:Idempotency-Key', '');
    await app.clickSend();
    await app.page.getByRole('dialog').waitFor();
    await expectAccessible(app, 'resend-dialog');
    await app.byTestId('confirm-cancel').click();
  });

  it('an operation whose header shows Markdown, a docs link, auth and a recursive body', async () => {
    await app.showOpenPanel();
    await app.openUrlDiscardingEdits(path.resolve('test/fixtures/specs/operation-details-3.1.yaml'));
    await app.operationRow('POST', '/trees').waitFor();
    await app.selectOperation('POST', '/trees');
    await app.byTestId('op-security').waitFor();
    await expectAccessible(app, 'operation-details');
  });

  it('a failure: nothing listens on the server, and the panel says so', async () => {
    await app.send();
    await app.page.getByRole('alert').filter({ hasText: 'No response' }).waitFor();
    await expectAccessible(app, 'failure');
  });
});
