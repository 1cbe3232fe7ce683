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
});
