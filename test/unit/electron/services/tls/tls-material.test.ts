import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/app-error';
import { runCookies } from '../../../../../electron/services/cookies/send-cookies';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { loadTlsMaterial, type TlsMaterial } from '../../../../../electron/services/tls/tls-material';
import type { TlsSettings } from '../../../../../shared/tls/tls-settings';
import { CLIENT_NAME } from '../../../../support/private-pki';
import { startTlsCookieTarget, type TlsCookieTarget } from '../../../../support/tls-cookie-target';

const asIs = (file: string): Promise<string> => Promise.resolve(file);
const load = (settings: Partial<TlsSettings>): Promise<TlsMaterial> => loadTlsMaterial({ clientCertificates: [], caCertificates: [], ...settings }, asIs, 'the test settings');

async function failure(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof UserFacingError)) throw new Error(`expected a UserFacingError, got ${String(error)}`);
  return error;
}

describe('tls-material', () => {
  let target: TlsCookieTarget;
  beforeAll(async () => {
    target = await startTlsCookieTarget();
  });
  afterAll(() => target.stop());
  const whoami = (tls?: TlsMaterial) => sendRequest({ method: 'GET', url: `${target.tlsBase}/whoami`, headers: [] }, tls ? { tls } : {});

  it('says the server certificate comes from an unknown CA, and where to add it', async () => {
    const error = await failure(whoami(await load({})));
    expect(error.code).toBe('tls-certificate');
    const plain = await failure(whoami());
    expect(plain.message).toMatch(/not trusted/);
  });

  it('trusts a private CA added to the settings, then says the server asked for a certificate none matched', async () => {
    const error = await failure(whoami(await load({ caCertificates: [target.pki.caCert], clientCertificates: [{ host: '*.corp.example', cert: target.pki.clientCert, key: target.pki.clientKey }] })));
    expect(error.code).toBe('client-certificate');
    expect(error.message).toContain('asked for a client certificate');
    expect(error.message).toContain('None of the client certificates set (*.corp.example) matches 127.0.0.1');
  });

  it('sends the PEM certificate of the matching host, and the server sees it', async () => {
    const response = await whoami(await load({ caCertificates: [target.pki.caCert], clientCertificates: [{ host: '127.0.0.1', cert: target.pki.clientCert, key: target.pki.clientKey }] }));
    expect(response.status).toBe(200);
    expect(target.seen.at(-1)?.client).toBe(CLIENT_NAME);
  });

  it('sends a PKCS#12 certificate opened with its passphrase', async () => {
    const response = await whoami(await load({ caCertificates: [target.pki.caCert], clientCertificates: [{ host: '127.0.0.1', pfx: target.pki.clientP12, passphrase: target.pki.p12Passphrase }] }));
    expect(response.status).toBe(200);
    expect(target.seen.at(-1)?.client).toBe(CLIENT_NAME);
  });

  it('says a PKCS#12 passphrase is wrong, or missing, when the settings are read', async () => {
    const wrong = await failure(load({ clientCertificates: [{ host: '127.0.0.1', pfx: target.pki.clientP12, passphrase: 'nope' }] }));
    expect(wrong.message).toMatch(/the passphrase is wrong/);
    const missing = await failure(load({ clientCertificates: [{ host: '127.0.0.1', pfx: target.pki.clientP12 }] }));
    expect(missing.message).toMatch(/no passphrase is set/);
  });

  it('says a key does not belong to its certificate, and a missing file by its path', async () => {
    const mismatch = await failure(load({ clientCertificates: [{ host: '127.0.0.1', cert: target.pki.clientCert, key: target.pki.strangerKey }] }));
    expect(mismatch.message).toMatch(/the key does not belong to the certificate/);
    const gone = await failure(load({ caCertificates: ['/nowhere/ca.pem'] }));
    expect(gone.message).toContain('/nowhere/ca.pem (there is no such file)');
  });

  it('says the server refused a certificate it does not trust', async () => {
    const error = await failure(whoami(await load({ caCertificates: [target.pki.caCert], clientCertificates: [{ host: '127.0.0.1', cert: target.pki.strangerCert, key: target.pki.strangerKey }] })));
    expect(error.code).toBe('client-certificate');
    expect(error.message).toMatch(/refused the client certificate for 127\.0\.0\.1/);
  });

  it('applies the cookie jar per hop: a cookie set by a redirect goes with the next hop', async () => {
    const cookies = runCookies();
    const response = await sendRequest({ method: 'POST', url: `${target.base}/login-and-go`, headers: [] }, { cookies });
    expect(response.status).toBe(200);
    expect(target.seen.at(-1)).toEqual({ path: '/me', cookie: `session=${target.session() ?? ''}` });
    expect(response.jarCookies).toBe(`session=${target.session() ?? ''}`);
    // The jar is the run's: another send of the run carries the cookie too.
    expect((await sendRequest({ method: 'GET', url: `${target.base}/me`, headers: [] }, { cookies })).status).toBe(200);
  });
});
