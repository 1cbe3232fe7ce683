import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { startBrowserHost, type BrowserHost } from './support/browser-host';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CollectionsPanel } from './support/collections-panel';
import { RoundtripPage } from './support/roundtrip-page';

interface Received {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly headers: readonly (readonly [string, string])[];
}

/**
 * FastAPI behind a gate the test opens: every request passes through as it came (headers in their
 * raw order and number), except its document, which waits while the gate is shut, so what happens
 * before the document arrives can be seen and done without racing it.
 */
interface SpecGate {
  readonly url: string;
  shut(): void;
  open(): void;
  stop(): Promise<void>;
}

async function startSpecGate(target: string): Promise<SpecGate> {
  const { hostname, port: targetPort } = new URL(target);
  let release: (() => void) | undefined;
  let opened: Promise<void> = Promise.resolve();
  const server: Server = createServer((incoming, outgoing) => {
    const pass = () => {
      // Raw pairs keep a repeated header repeated; with raw headers Node adds no Host of its own.
      const headers = incoming.rawHeaders.flatMap((value, index, all) => (index % 2 === 0 ? [value, value.toLowerCase() === 'host' ? `${hostname}:${targetPort}` : (all[index + 1] ?? '')] : []));
      const forward = request({ hostname, port: targetPort, method: incoming.method, path: incoming.url, headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      forward.on('error', () => outgoing.writeHead(502).end());
      incoming.pipe(forward);
    };
    if (incoming.url === '/openapi.json') void opened.then(pass);
    else pass();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/openapi.json`,
    shut: () => {
      opened = new Promise<void>((resolve) => (release = resolve));
    },
    open: () => release?.(),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a saved request opened while its document is not (FastAPI, across a restart)', () => {
  let dataDir: string;
  let chromium: ChromiumSession;
  let fastapi: FastApiServer;
  let gate: SpecGate;
  let host: BrowserHost | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-no-spec-'));
    [chromium, fastapi] = await Promise.all([launchChromium(), startFastApi('forms_app')]);
    gate = await startSpecGate(fastapi.baseUrl);
  });
  afterAll(async () => {
    gate.open();
    await host?.stop();
    await chromium.close();
    await fastapi.stop();
    await gate.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function received(): Promise<Received[]> {
    return (await (await fetch(`${fastapi.baseUrl}/received`)).json()) as Received[];
  }
  async function forget(): Promise<void> {
    await fetch(`${fastapi.baseUrl}/received`, { method: 'DELETE' });
  }
  const lines = (entry: Received | undefined, name: string) => (entry?.headers ?? []).filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

  it('opens at once as a request that sends, then turns into its operation form with what was typed', async () => {
    host = await startBrowserHost({ dataDir });
    const app = new RoundtripPage(await chromium.context.newPage());
    await app.goto(host.url);
    await app.openUrl(gate.url);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    // FastAPI's document names no server: requests go where it came from, through the gate.
    await app.selectOperation('GET', '/keyed');
    await app.newEnvironment([{ name: 'apiKey', value: 'k-secret-7', secret: true }]);
    await app.byTestId('env-persist-plain').check();
    await app.page.locator('[data-testid="auth-scheme"][data-scheme="APIKeyHeader"]').getByTestId('auth-api-key').fill('{{apiKey}}');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const panel = new CollectionsPanel(app);
    await panel.open();
    // Made while the document is open, the collection is linked to it.
    await panel.newCollection('Keys');
    await panel.saveCurrent('Keyed', 'Keys');
    expect(await readFile(path.join(dataDir, 'collections', 'keys', 'collection.json'), 'utf8')).toContain(gate.url);
    await expect.poll(async () => readFile(path.join(dataDir, 'environments.json'), 'utf8').catch(() => ''), { timeout: 10_000 }).toContain('apiKey');
    await app.page.close();

    // Restart; the document is slow to come this time.
    await host.stop();
    gate.shut();
    host = await startBrowserHost({ dataDir });
    const again = new RoundtripPage(await chromium.context.newPage());
    await again.goto(host.url);
    const reopened = new CollectionsPanel(again);
    await reopened.open();
    await reopened.request('Keyed').getByRole('button', { name: 'Keyed', exact: true }).click();

    // At once: the request as saved, in the URL bar, editable and sendable; the document loads meanwhile.
    await again.byTestId('document-editor').waitFor();
    expect(await again.byTestId('url-input').inputValue()).toBe('{{baseUrl}}/keyed');
    expect(await again.page.locator('[data-testid="linked-spec-note"][data-state="loading"]').innerText()).toContain(gate.url);
    await again.byTestId('url-input').fill('{{baseUrl}}/keyed?note=typed');
    await forget();
    await again.send();
    expect(await again.responseStatus()).toBe('200 OK');
    let [first] = await received();
    expect(first?.query).toBe('note=typed');
    expect(lines(first, 'x-api-key')).toEqual(['k-secret-7']);
    await again.page.screenshot({ path: '/tmp/saved-without-spec-before.png' });

    // The document arrives: the same tab shows the operation's form, what was typed kept (and unsaved).
    gate.open();
    await again.byTestId('op-header').filter({ hasText: '/keyed' }).waitFor({ timeout: 20_000 });
    const tab = again.page.locator('[data-testid="tab"][aria-selected="true"]');
    expect(await again.byTestId('tab').count()).toBe(1);
    expect(await tab.innerText()).toContain('Keyed');
    expect(await tab.getAttribute('data-changed')).toBe('true');
    await forget();
    await again.send();
    expect(await again.responseStatus()).toBe('200 OK');
    [first] = await received();
    expect(first?.path).toBe('/keyed');
    expect(first?.query).toBe('note=typed');
    expect(lines(first, 'x-api-key')).toEqual(['k-secret-7']);
    await again.page.screenshot({ path: '/tmp/saved-without-spec-after.png' });
    await again.page.close();
  });
});
