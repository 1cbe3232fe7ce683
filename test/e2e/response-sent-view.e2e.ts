import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const API_KEY = 'sent-panel-key-8731';

/** What one request brought to an echo server: its path, header lines in order, and body text. */
interface Received {
  readonly path: string;
  readonly headers: readonly [string, string][];
  readonly body: string;
}

/** A loopback echo server: records each request, answers JSON; /redirect sends a 307 (/see-other a 303) to `redirectTarget`, /slow waits to be answered from `held`. */
async function echoServer(log: Received[], redirectTarget: () => string, held: (() => void)[]): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const raw = request.rawHeaders;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      log.push({ path, headers: Array.from({ length: raw.length / 2 }, (_, i): [string, string] => [raw[2 * i] ?? '', raw[2 * i + 1] ?? '']), body: Buffer.concat(chunks).toString('utf8') });
      if (path.startsWith('/redirect') || path.startsWith('/see-other')) {
        response.writeHead(path.startsWith('/redirect') ? 307 : 303, { Location: redirectTarget() }).end();
        return;
      }
      const answer = () => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ path }));
      if (path.startsWith('/slow')) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The rows of a sent view's header table: name, value, and the "added by" mark. */
async function sentRows(app: RoundtripPage, scope = app.byTestId('response-sent')) {
  return scope.getByTestId('sent-headers').locator('tr').evaluateAll((trs) =>
    trs.map((tr) => ({ name: tr.querySelector('th')?.firstChild?.textContent ?? '', value: tr.querySelector('td')?.textContent ?? '', added: tr.querySelector('[data-testid="sent-header-added"]')?.textContent ?? '' })),
  );
}

/** A new request tab with `method`, `url`, the given headers and a JSON body. */
async function compose(app: RoundtripPage, method: string, url: string, headers: readonly [string, string][], json?: string): Promise<void> {
  await app.byTestId('tab-new').click();
  await app.byTestId('url-input').fill(url);
  await app.byTestId('method-select').selectOption(method);
  await app.byTestId('doc-section').filter({ hasText: 'Headers' }).click();
  for (const [name, value] of headers) {
    await app.byTestId('doc-headers').getByTestId('kv-add').click();
    await app.byTestId('doc-headers').getByTestId('kv-name').last().fill(name);
    await app.byTestId('doc-headers').getByTestId('kv-value').last().fill(value);
  }
  if (json !== undefined) {
    await app.byTestId('doc-section').filter({ hasText: 'Body' }).click();
    await app.byTestId('doc-body-type').selectOption('application/json');
    await app.byTestId('raw-body').fill(json);
  }
}

describe('the response panel sent view', () => {
  const session = useUiSession();
  const received: Received[] = [];
  const held: (() => void)[] = [];
  let first: { server: Server; base: string };
  let second: { server: Server; base: string };

  beforeAll(async () => {
    // Two ports are two origins: a redirect from one to the other leaves credentials behind.
    second = await echoServer(received, () => '', held);
    first = await echoServer(received, () => `${second.base}/landing`, held);
  });

  afterAll(async () => {
    for (const answer of held.splice(0)) answer();
    await Promise.all([first, second].map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
  });

  it('shows the headers and body the server received, the API key masked, reachable by keyboard', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await compose(app, 'POST', `${first.base}/echo?q=1`, [['X-Trace', 't-7'], ['X-API-Key', API_KEY]], '{"name":"pen","qty":2}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const got = received.at(-1);
    expect(got?.path).toBe('/echo?q=1');
    expect(got?.headers).toContainEqual(['X-API-Key', API_KEY]);

    // Keyboard: focus the selected tab, then the arrows reach Sent.
    const panel = app.byTestId('response-panel');
    await panel.getByRole('tab', { name: 'Body' }).focus();
    await app.page.keyboard.press('End');
    const sentTab = panel.getByRole('tab', { name: 'Sent' });
    expect(await sentTab.getAttribute('aria-selected')).toBe('true');
    expect(await sentTab.evaluate((tab) => tab === document.activeElement)).toBe(true);

    const view = app.byTestId('response-sent');
    await view.waitFor();
    expect(await view.getByTestId('sent-url').innerText()).toBe(`${first.base}/echo?q=1`);
    const rows = await sentRows(app);
    expect(rows.map((row) => [row.name, row.value])).toEqual((got?.headers ?? []).map(([name, value]) => [name, name.toLowerCase() === 'x-api-key' ? '[redacted]' : value]));
    expect(rows.filter((row) => row.added === 'added by the HTTP client').map((row) => row.name.toLowerCase())).toEqual(expect.arrayContaining(['host', 'connection', 'content-length']));
    expect(rows.find((row) => row.name === 'X-Trace')?.added).toBe('');
    expect(JSON.parse(await view.getByTestId('sent-body').innerText())).toEqual(JSON.parse(got?.body ?? ''));
    expect(await panel.innerText()).not.toContain(API_KEY);
    // Copy as code is the editor's own, redacting by default.
    await view.getByTestId('curl-box').locator('summary').click();
    expect(await view.getByTestId('curl-command').innerText()).toContain('X-API-Key');
    expect(await view.getByTestId('curl-command').innerText()).not.toContain(API_KEY);

    for (const [name, width] of [['small', 760], ['narrow', 1000], ['wide', 1600]] as const) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.page.screenshot({ path: `/tmp/response-sent-view-${name}.png`, fullPage: false });
    }
  });

  it('lists each hop of a redirect, the key left at the origin change, and the last hop as the server received it', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await compose(app, 'POST', `${first.base}/redirect`, [['X-API-Key', API_KEY]], '{"n":1}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const [hop, landing] = received.slice(-2);
    expect(hop?.path).toBe('/redirect');
    expect(hop?.headers).toContainEqual(['X-API-Key', API_KEY]);
    expect(landing?.path).toBe('/landing');
    expect(landing?.headers.map(([name]) => name.toLowerCase())).not.toContain('x-api-key');

    await app.byTestId('response-panel').getByRole('tab', { name: 'Sent' }).click();
    const view = app.byTestId('response-sent');
    const hops = view.getByTestId('sent-hops');
    expect(await hops.innerText()).toContain(`${first.base}/redirect`);
    expect(await hops.innerText()).toContain('307');
    expect(await hops.getByTestId('redirect-dropped').innerText()).toContain('X-API-Key');
    expect(await view.getByTestId('sent-last-hop').innerText()).toContain(`${second.base}/landing`);
    const rows = await sentRows(app);
    expect(rows.map((row) => [row.name, row.value])).toEqual((landing?.headers ?? []).map(([name, value]) => [name, value]));
    expect(JSON.parse(await view.getByTestId('sent-body').innerText())).toEqual(JSON.parse(landing?.body ?? ''));
    expect(await app.byTestId('response-panel').innerText()).not.toContain(API_KEY);
    await app.page.setViewportSize({ width: 1600, height: 900 });
    await app.page.screenshot({ path: '/tmp/response-sent-view-redirect.png' });
  });

  it('says when a 303 turned the POST into a GET that carried no body', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await compose(app, 'POST', `${first.base}/see-other`, [], '{"n":2}');
    await app.send();
    const landing = received.at(-1);
    expect(landing?.path).toBe('/landing');
    expect(landing?.body).toBe('');
    await app.byTestId('response-panel').getByRole('tab', { name: 'Sent' }).click();
    const view = app.byTestId('response-sent');
    expect(await view.getByTestId('sent-hops').innerText()).toContain('303');
    expect(await view.getByTestId('sent-method-changed').innerText()).toContain('POST into a GET');
    const rows = await sentRows(app);
    expect(rows.map((row) => [row.name, row.value])).toEqual((landing?.headers ?? []).map(([name, value]) => [name, value]));
  });

  it('says a send is in flight, then shows the new answer; an entry reopened from history shows its own request', async () => {
    const app = await session().openApp();
    await app.openDemo();
    await compose(app, 'GET', `${first.base}/echo`, [['X-Trace', 'before']]);
    await app.send();
    const panel = app.byTestId('response-panel');
    await panel.getByRole('tab', { name: 'Sent' }).click();
    expect((await sentRows(app)).find((row) => row.name === 'X-Trace')?.value).toBe('before');

    // A slow send: the Sent tab stays chosen and says the request is still going out.
    await app.byTestId('url-input').fill(`${first.base}/slow`);
    await app.byTestId('doc-headers').getByTestId('kv-value').last().fill('after');
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    const inFlight = app.byTestId('response-sent').getByTestId('sent-in-flight');
    await inFlight.waitFor();
    expect(await app.byTestId('response-sent').getAttribute('data-state')).toBe('sending');
    expect(await app.byTestId('response-sent').getByTestId('sent-url').innerText()).toBe(`${first.base}/slow`);
    await app.page.screenshot({ path: '/tmp/response-sent-view-sending.png' });
    await expect.poll(() => held.length).toBe(1);
    held.shift()?.();
    await app.waitForExchangeAfter(before);
    const view = app.byTestId('response-sent');
    expect(await view.getAttribute('data-state')).toBe('received');
    expect(await view.getByTestId('sent-in-flight').count()).toBe(0);
    expect(await view.getByTestId('sent-url').innerText()).toBe(`${first.base}/slow`);
    expect((await sentRows(app)).find((row) => row.name === 'X-Trace')?.value).toBe('after');

    // Reopened from history, the earlier answer's panel shows that entry's request, not the last one.
    await app.byTestId('history-toggle').click();
    await app.byTestId('history-entry').nth(1).click();
    const opened = app.byTestId('history-opened');
    await opened.getByRole('tab', { name: 'Sent' }).click();
    const stored = opened.getByTestId('response-sent');
    expect(await stored.getByTestId('sent-url').innerText()).toBe(`${first.base}/echo`);
    expect((await sentRows(app, stored)).find((row) => row.name === 'X-Trace')?.value).toBe('before');
  });
});
