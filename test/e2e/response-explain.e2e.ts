import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe-audit';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

/** A target whose POST /orders never answers, so a send ends at the deadline (the request did arrive). */
async function startSilentTarget(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url === '/openapi.json') {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const spec = {
        openapi: '3.0.3',
        info: { title: 'Silent target', version: '1' },
        servers: [{ url: base }],
        paths: { '/orders': { post: { summary: 'Place an order', responses: { '201': { description: 'Placed' } } } } },
      };
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(spec));
      return;
    }
    request.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`, server };
}

// The host's deadline: shorter than the 30 s default, so the timed-out send holds the run up less, yet
// long enough for the sending state to be audited (light and dark) before it passes: on a busy 2-core
// machine that audit took over 15 s.
const DEADLINE_MS = 20_000;

describe('the response panel explains the key and guards its resend', () => {
  const session = useUiSession({ args: ['--timeout', String(DEADLINE_MS)] });
  let app: RoundtripPage;
  let target: { url: string; server: Server };

  beforeAll(async () => {
    target = await startSilentTarget();
    app = await session().openApp();
    await app.openDemo();
  });
  afterAll(() => {
    target.server.closeAllConnections();
    target.server.close();
  });

  it('says beside the status that the server replayed the first answer for the same Idempotency-Key', async () => {
    await app.selectOperation('POST', '/items');
    await app.setBody(JSON.stringify({ name: 'Kettle', price: 30 }));
    // The live region is one element through empty, sending and received, so screen readers announce each change.
    await app.page.evaluate(() => document.querySelector('[data-testid="response-announcement"]')?.setAttribute('data-kept', 'yes'));
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    const announcement = app.page.locator('[data-testid="response-announcement"][data-kept="yes"]');
    expect(await announcement.getAttribute('role')).toBe('status');
    expect(await announcement.textContent()).toMatch(/^201 Created in \d+ ms$/);
    const note = app.byTestId('response-panel').getByTestId('response-key-note');
    expect(await note.getAttribute('data-kind')).toBe('first');
    const before = await app.currentExchangeSeq();
    await app.byTestId('retry-button').click();
    await app.waitForExchangeAfter(before);
    expect(await note.innerText()).toMatch(/^Replayed: the server had already handled Idempotency-Key/);
  });

  it('explains a 422 for the same key with another body in the response panel', async () => {
    // Only a pinned key goes with a changed body; unpinned, the body change gets a new key.
    await app.byTestId('key-pin').check();
    await app.setBody(JSON.stringify({ name: 'Kettle', price: 31 }));
    await app.send();
    expect(await app.responseStatus()).toBe('422 Unprocessable Entity');
    expect(await app.byTestId('response-panel').getByTestId('response-key-note').innerText()).toMatch(/already used with a different body/);
  });

  it('asks before the panel resends a POST that timed out, as Send does', { timeout: 60_000 }, async () => {
    await app.showOpenPanel();
    await app.openUrlDiscardingEdits(target.url);
    await app.operationRow('POST', '/orders').waitFor();
    await app.selectOperation('POST', '/orders');
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    // While it waits, the sending state is audited too (axe, light and dark).
    await app.byTestId('cancel-request').waitFor();
    await expectAccessible(app, 'sending');
    expect(await app.byTestId('response-announcement').textContent()).toBe('Sending POST…');
    await app.page.getByRole('button', { name: 'Send again with a 2 min deadline' }).waitFor({ timeout: 40_000 });
    expect(await app.currentExchangeSeq()).toBeGreaterThan(before);
    await app.page.getByRole('button', { name: 'Send again with a 2 min deadline' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/POST/);
    const seq = await app.currentExchangeSeq();
    await app.byTestId('confirm-cancel').click();
    expect(await app.byTestId('confirm-dialog').count()).toBe(0);
    // Cancelled: nothing was sent again.
    expect(await app.currentExchangeSeq()).toBe(seq);
  });
});
