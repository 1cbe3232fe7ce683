import { copyFile, cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { CLIENT_NAME } from '../support/private-pki';
import { writeCollection } from '../support/runner-collections';
import { startTlsCookieTarget, type TlsCookieTarget } from '../support/tls-cookie-target';
import { CollectionsPanel } from './support/collections-panel';
import { allText } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

describe("an editor send of a saved request uses its collection's client certificate, as a run does", () => {
  const served = useServedApp(startTlsCookieTarget);
  let target: TlsCookieTarget;
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ server: target, app } = served());
    const dir = await writeCollection(
      'Mutual TLS',
      [
        // Not an operation of the open document: it opens as the request it is.
        newSavedRequest({ name: 'Who am I', method: 'GET', url: `${target.tlsBase}/whoami?from=editor` }),
        // An operation of the open document (GET /me), saved against the https server: it opens in the form.
        newSavedRequest({ name: 'Me over TLS', method: 'GET', url: `${target.tlsBase}/me`, operation: { key: 'GET /me' } }),
      ],
      { tls: { clientCertificates: [{ host: '127.0.0.1', pfx: 'certs/client.p12', passphrase: '{{p12pass}}' }], caCertificates: ['certs/ca.pem'] } },
    );
    await mkdir(path.join(dir, 'certs'));
    await copyFile(target.pki.clientP12, path.join(dir, 'certs', 'client.p12'));
    await copyFile(target.pki.caCert, path.join(dir, 'certs', 'ca.pem'));
    const root = path.join(served().session.host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    await cp(dir, path.join(root, 'mutual-tls'), { recursive: true });
    // The passphrase is a secret of the environment, as for a run in the app.
    await app.selectOperation('GET', '/me');
    await app.newEnvironment([{ name: 'p12pass', value: target.pki.p12Passphrase, secret: true }]);
  });

  const open = async (name: string): Promise<void> => {
    const panel = new CollectionsPanel(app);
    await panel.open();
    await panel.request(name).getByRole('button', { name, exact: true }).click();
    await panel.close();
  };

  it('a request the app has no certificate for fails; the same URL from the collection is let in', async () => {
    // The app's Certificates settings are empty: a request of no collection is not trusted.
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(`${target.tlsBase}/whoami`);
    await app.send();
    expect(await app.responseError()).toMatch(/not trusted/);

    await open('Who am I');
    await app.byTestId('document-editor').waitFor();
    const seen = target.seen.length;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.seen.slice(seen)).toEqual([{ path: '/whoami?from=editor', client: CLIENT_NAME }]);
    // The variables that filled the passphrase went to the main process for this send only: history has none.
    const dataDir = served().session.host.dataDir;
    await expect.poll(async () => (await allText(path.join(dataDir, 'history'))).includes('/whoami?from=editor'), { timeout: 10_000 }).toBe(true);
    expect(await allText(dataDir)).not.toContain(target.pki.p12Passphrase);
  });

  it("the operation form of a saved request sends with the collection's certificate too", async () => {
    await open('Me over TLS');
    await app.byTestId('op-header').filter({ hasText: '/me' }).waitFor();
    const seen = target.seen.length;
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.seen.slice(seen)).toEqual([{ path: '/me', client: CLIENT_NAME }]);
  });

  it("a send right after opening waits for the collection's certificates, in the form and in a request tab", async () => {
    for (const [name, path] of [['Who am I', '/whoami?from=editor'], ['Me over TLS', '/me']] as const) {
      // The drawer lists first; then every read of the collections folder is held, so the request opens before its collection is read.
      const panel = new CollectionsPanel(app);
      await panel.open();
      const release = await holdListings(app);
      try {
        await panel.request(name).getByRole('button', { name, exact: true }).click();
        await panel.close();
        await app.byTestId(path === '/me' ? 'op-header' : 'document-editor').waitFor();
        const seen = target.seen.length;
        const failed = target.failedHandshakes();
        await app.page.keyboard.press('Control+Enter');
        // Send says why it waits (soft: what the server got below is the proof either way).
        expect.soft(await app.byTestId('send-waiting').isVisible()).toBe(true);
        expect.soft(await app.byTestId('send-button').getAttribute('aria-disabled')).toBe('true');
        if (path === '/me') {
          // A save waits too (the base it writes back may need the collection's variables), and says so.
          await app.page.keyboard.press('Control+s');
          await expect.poll(() => app.byTestId('save-notice').innerText()).toMatch(/^Not saved yet: Reading this request's collection/);
        }
        release();
        await app.byTestId('send-waiting').waitFor({ state: 'detached' });
        await app.send();
        expect(await app.responseStatus()).toBe('200 OK');
        // One request reached the server, with the collection's certificate; none went without it.
        expect(target.seen.slice(seen)).toEqual([{ path, client: CLIENT_NAME }]);
        expect(target.failedHandshakes()).toBe(failed);
      } finally {
        release();
        await app.page.unroute('**/rpc/collection:list');
      }
    }
  });
});

/** Holds the page's copy of every collections listing until the returned function is called. */
async function holdListings(app: RoundtripPage): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await app.page.route('**/rpc/collection:list', async (route) => {
    const response = await route.fetch({ timeout: 60_000 }).catch(() => undefined);
    await released;
    await (response === undefined ? route.abort() : route.fulfill({ response })).catch(() => undefined);
  });
  return release;
}
