import { copyFile, cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { CLIENT_NAME } from '../support/private-pki';
import { writeCollection } from '../support/runner-collections';
import { startTlsCookieTarget, type TlsCookieTarget } from '../support/tls-cookie-target';
import { allText } from './support/find-files';
import type { RoundtripPage } from './support/roundtrip-page';
import { RunnerPanel } from './support/runner-panel';
import { useServedApp } from './support/served-app';

describe('the cookie jar and client certificates, against servers that check them', () => {
  const served = useServedApp(startTlsCookieTarget);
  let target: TlsCookieTarget;
  let app: RoundtripPage;
  let dataDir: string;

  beforeAll(() => {
    ({ server: target, app } = served());
    dataDir = served().session.host.dataDir;
  });

  const sendTo = async (method: string, route: string): Promise<string> => {
    await app.selectOperation(method, route);
    await app.send();
    return app.responseStatus();
  };

  it('keeps the cookie a login sets and sends it with the next request; the viewer edits and clears it', async () => {
    expect(await sendTo('GET', '/me')).toMatch(/^401/);
    expect(await sendTo('POST', '/login')).toMatch(/^200/);
    const session = target.session() ?? '';
    expect(await sendTo('GET', '/me')).toMatch(/^200/);
    expect(target.seen.at(-1)?.cookie).toBe(`session=${session}; theme=dark`);
    await app.byTestId('response-panel').getByRole('tab', { name: /Headers/ }).click();
    expect(await app.byTestId('jar-cookies-sent').innerText()).toBe('Sent from the cookie jar: session, theme');

    await app.byTestId('cookies-toggle').click();
    await app.byTestId('cookies-table').waitFor();
    expect(await app.byTestId('cookie-row').count()).toBe(2);
    const sessionRow = app.byTestId('cookie-row').filter({ hasText: session });
    expect(await sessionRow.innerText()).toMatch(/HttpOnly SameSite=Lax/);
    await app.page.screenshot({ path: '/tmp/roundtrip-cookies.png' });

    // Edited by hand: the server gets the new value, and refuses it.
    await app.page.getByRole('button', { name: 'Edit cookie session' }).click();
    await app.byTestId('cookie-value').fill('forged-value');
    await app.byTestId('cookie-save').click();
    await app.byTestId('cookie-row').filter({ hasText: 'forged-value' }).waitFor();
    expect(await sendTo('GET', '/me')).toMatch(/^401/);
    // The edited cookie is newer now, so it follows the other one (RFC 6265, 5.4).
    expect(target.seen.at(-1)?.cookie).toBe('theme=dark; session=forged-value');

    // A bad edit is refused with what is wrong, and the jar is left as it was.
    await app.byTestId('cookie-add').click();
    await app.byTestId('cookie-name').fill('bad name');
    await app.byTestId('cookie-domain').fill('127.0.0.1');
    await app.byTestId('cookie-save').click();
    await expect.poll(() => app.page.getByRole('alert').filter({ hasText: 'cannot be a cookie name' }).count()).toBe(1);
    expect(await app.byTestId('cookie-row').count()).toBe(2);

    app.page.once('dialog', (dialog) => void dialog.accept());
    await app.byTestId('cookies-clear').click();
    await app.byTestId('cookies-empty').waitFor();
    expect(await sendTo('GET', '/me')).toMatch(/^401/);
    expect(target.seen.at(-1)?.cookie).toBeUndefined();
    await app.page.getByRole('button', { name: 'Close cookies' }).click();

    // History keeps no cookie value: not the Set-Cookie, not the one /me echoed back.
    await expect.poll(async () => (await allText(path.join(dataDir, 'history'))).includes('forged-value'), { timeout: 10_000 }).toBe(false);
    expect(await allText(path.join(dataDir, 'history'))).not.toContain(session);
  });

  it('keeps one jar per environment, on disk', async () => {
    expect(await sendTo('POST', '/login-and-go')).toMatch(/^200/);
    // The 303 set the cookie, and the hop it led to carried it.
    expect(target.seen.at(-1)).toEqual({ path: '/me', cookie: `session=${target.session() ?? ''}` });
    await app.newEnvironment([]);
    expect(await sendTo('GET', '/me')).toMatch(/^401/);
    expect(target.seen.at(-1)?.cookie).toBeUndefined();
    await app.byTestId('env-select').selectOption('');
    expect(await sendTo('GET', '/me')).toMatch(/^200/);
    const file = JSON.parse(await readFile(path.join(dataDir, 'cookies.json'), 'utf8')) as { version: number; jars: Record<string, unknown[]> };
    expect(file.version).toBe(1);
    expect(Object.keys(file.jars)).toEqual(['no-environment']);
  });

  it('sends a client certificate set per host in Certificates, and says what is wrong until it is right', async () => {
    await app.byTestId('tab-new').click();
    await app.byTestId('url-input').fill(`${target.tlsBase}/whoami`);
    await app.send();
    expect(await app.responseError()).toMatch(/not trusted.*Certificate authorities/s);

    const certificates = {
      open: () => app.byTestId('certificates-toggle').click(),
      // The drawer lies over the editor: it is closed to send, as a person would.
      close: () => app.page.getByRole('button', { name: 'Close certificates' }).click(),
    };
    await certificates.open();
    await app.byTestId('ca-add').click();
    await app.byTestId('ca-path').fill(target.pki.caCert);
    await app.byTestId('certificates-save').click();
    await app.byTestId('certificates-saved').waitFor();
    await certificates.close();
    await app.send();
    expect(await app.responseError()).toContain('asked for a client certificate');

    await certificates.open();
    await app.byTestId('certificate-add').click();
    await app.byTestId('certificate-host').fill('127.0.0.1');
    await app.byTestId('certificate-kind').selectOption('pkcs12');
    await app.byTestId('certificate-pfx').fill(target.pki.clientP12);
    await app.byTestId('certificate-passphrase').fill('not-the-passphrase');
    await app.byTestId('certificates-save').click();
    expect(await app.byTestId('certificates-error').innerText()).toContain('the passphrase is wrong');
    await app.byTestId('certificate-passphrase').fill(target.pki.p12Passphrase);
    await app.byTestId('certificates-save').click();
    await app.byTestId('certificates-saved').waitFor();
    await app.page.screenshot({ path: '/tmp/roundtrip-certificates.png' });
    await certificates.close();
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    expect(target.seen.at(-1)?.client).toBe(CLIENT_NAME);
    // The passphrase is a secret: this host has no keychain, so it is on no disk at all.
    expect(await allText(dataDir)).not.toContain(target.pki.p12Passphrase);

    // A certificate the server's CA did not issue is refused, and the message says so.
    await certificates.open();
    await app.byTestId('certificate-kind').selectOption('pem');
    await app.byTestId('certificate-cert').fill(target.pki.strangerCert);
    await app.byTestId('certificate-key').fill(target.pki.clientKey);
    await app.byTestId('certificates-save').click();
    expect(await app.byTestId('certificates-error').innerText()).toContain('the key does not belong to the certificate');
    await app.byTestId('certificate-key').fill(target.pki.strangerKey);
    await app.byTestId('certificates-save').click();
    await app.byTestId('certificates-saved').waitFor();
    await certificates.close();
    await app.send();
    expect(await app.responseError()).toContain('refused the client certificate for 127.0.0.1');
  });

  it("runs a collection in the app with its own certificate and a jar of the run's own", async () => {
    const root = path.join(dataDir, 'collections');
    await mkdir(root, { recursive: true });
    const dir = await writeCollection(
      'Session run',
      [
        newSavedRequest({ name: 'Who am I', method: 'GET', url: `${target.tlsBase}/whoami`, assertions: [{ type: 'json', path: '$.client', op: 'equals', value: CLIENT_NAME }] }),
        newSavedRequest({ name: 'Log in', method: 'POST', url: `${target.base}/login`, assertions: [{ type: 'status', equals: 200 }] }),
        newSavedRequest({ name: 'Me', method: 'GET', url: `${target.base}/me`, assertions: [{ type: 'status', equals: 200 }] }),
      ],
      // The collection's certificate wins over the app's (the stranger's, set above) for the same host.
      { tls: { clientCertificates: [{ host: '127.0.0.1', pfx: 'certs/client.p12', passphrase: '{{p12pass}}' }], caCertificates: ['certs/ca.pem'] } },
    );
    await mkdir(path.join(dir, 'certs'));
    await copyFile(target.pki.clientP12, path.join(dir, 'certs', 'client.p12'));
    await copyFile(target.pki.caCert, path.join(dir, 'certs', 'ca.pem'));
    await cp(dir, path.join(root, 'session-run'), { recursive: true });
    await app.newEnvironment([{ name: 'p12pass', value: target.pki.p12Passphrase, secret: true }]);
    const logins = target.seen.filter((seen) => seen.path === '/login').length;
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Session run');
    await runner.run();
    expect(await runner.finished()).toContain('3/3 requests passed');
    expect(target.seen.filter((seen) => seen.path === '/login').length).toBe(logins + 1);
    expect(target.seen.at(-1)?.cookie).toContain(`session=${target.session() ?? ''}`);
    // The run's cookie stayed in the run: the environment's jar has none.
    await app.page.getByRole('button', { name: 'Close runner' }).click();
    await app.byTestId('cookies-toggle').click();
    await app.byTestId('cookies-empty').waitFor();
  });
});

