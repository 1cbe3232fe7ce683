import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import type { CollectionTls } from '../../shared/tls/tls-settings';
import { CLIENT_NAME } from '../support/private-pki';
import { runRoundtrip } from '../support/run-roundtrip';
import { writeCollection } from '../support/runner-collections';
import { startTlsCookieTarget, type TlsCookieTarget } from '../support/tls-cookie-target';

const steps = [
  newSavedRequest({ name: 'Who am I', method: 'GET', url: '{{tlsBase}}/whoami', assertions: [{ type: 'status', equals: 200 }, { type: 'json', path: '$.client', op: 'equals', value: CLIENT_NAME }] }),
  newSavedRequest({ name: 'Log in', method: 'POST', url: '{{base}}/login', assertions: [{ type: 'status', equals: 200 }] }),
  newSavedRequest({ name: 'Me', method: 'GET', url: '{{base}}/me', assertions: [{ type: 'status', equals: 200 }] }),
];

const P12_TLS: CollectionTls = { clientCertificates: [{ host: '127.0.0.1', pfx: 'certs/client.p12', passphrase: '{{p12pass}}' }], caCertificates: ['certs/ca.pem'] };

describe('roundtrip run and verify with client certificates and a cookie jar per run', () => {
  let target: TlsCookieTarget;
  beforeAll(async () => {
    target = await startTlsCookieTarget();
  });
  afterAll(() => target.stop());

  /** A collection with the certificates copied into its certs/ folder. */
  async function collection(tls: CollectionTls | undefined): Promise<string> {
    const dir = await writeCollection('mtls', steps, tls === undefined ? {} : { tls });
    await mkdir(path.join(dir, 'certs'));
    await copyFile(target.pki.clientP12, path.join(dir, 'certs', 'client.p12'));
    await copyFile(target.pki.caCert, path.join(dir, 'certs', 'ca.pem'));
    return dir;
  }
  const vars = (): string[] => ['--var', `base=${target.base}`, '--var', `tlsBase=${target.tlsBase}`];

  it("sends the collection's PKCS#12 certificate and carries the login cookie to the next step", async () => {
    const dir = await collection(P12_TLS);
    const out = await runRoundtrip('run', dir, ...vars(), '--var', `p12pass=${target.pki.p12Passphrase}`);
    expect(out.stdout).toContain('3/3 requests passed');
    expect(out.code).toBe(0);
    expect(target.seen.find((seen) => seen.path === '/whoami')?.client).toBe(CLIENT_NAME);
    expect(target.seen.at(-1)).toEqual({ path: '/me', cookie: `session=${target.session() ?? ''}; theme=dark` });
    // The jar is the run's: the next run starts without the cookie.
    const again = await runRoundtrip('run', dir, ...vars(), '--var', `p12pass=${target.pki.p12Passphrase}`);
    expect(again.code).toBe(0);
    expect(target.seen.filter((seen) => seen.path === '/login').length).toBe(2);
  });

  it('takes the certificate from the environment file, and says what is wrong before sending anything', async () => {
    const dir = await collection(undefined);
    await mkdir(path.join(dir, 'environments'));
    await writeFile(path.join(dir, 'environments', 'corp.json'), JSON.stringify({ variables: [{ name: 'base', value: target.base }, { name: 'tlsBase', value: target.tlsBase }], tls: P12_TLS }));
    const seenBefore = target.seen.length;
    const missing = await runRoundtrip('run', dir, '--env', 'corp');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the run has no variable p12pass');
    const wrong = await runRoundtrip('run', dir, '--env', 'corp', '--var', 'p12pass=wrong');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the passphrase is wrong');
    expect(target.seen.length).toBe(seenBefore);
    const right = await runRoundtrip('run', dir, '--env', 'corp', '--var', `p12pass=${target.pki.p12Passphrase}`);
    expect(right.code, right.stderr).toBe(0);
  });

  it('refuses a certificate path outside the collection folder, and a passphrase written in clear', async () => {
    const outside = await collection({ clientCertificates: [{ host: '127.0.0.1', pfx: '../client.p12' }] });
    const escaped = await runRoundtrip('run', outside, ...vars());
    expect(escaped.code).toBe(2);
    expect(escaped.stderr).toContain('is not inside the collection folder');
    const clear = await collection({ clientCertificates: [{ host: '127.0.0.1', pfx: 'certs/client.p12', passphrase: target.pki.p12Passphrase }] });
    const refused = await runRoundtrip('run', clear, ...vars());
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('passphrase written in clear');
    expect(refused.stderr).not.toContain(target.pki.p12Passphrase);
  });

  it('fails the step with what to do when the server asks for a certificate the run does not have', async () => {
    const dir = await collection({ caCertificates: ['certs/ca.pem'] });
    const out = await runRoundtrip('run', dir, ...vars());
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('asked for a client certificate');
  });

  it('verifies an API behind a client certificate given on the command line', async () => {
    const spec = path.join(target.pki.dir, 'whoami.json');
    await writeFile(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 'Who', version: '1' }, paths: { '/whoami': { get: { responses: { '200': { description: 'The caller', content: { 'application/json': { schema: { type: 'object', properties: { client: { type: 'string' } } } } } } } } } } }));
    const without = await runRoundtrip('verify', spec, '--base-url', target.tlsBase, '--ca', target.pki.caCert, '--checks', 'conformance');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('asked for a client certificate');
    const withCert = await runRoundtrip('verify', spec, '--base-url', target.tlsBase, '--ca', target.pki.caCert, '--cert', target.pki.clientCert, '--key', target.pki.clientKey, '--checks', 'conformance');
    expect(withCert.code, withCert.stdout + withCert.stderr).toBe(0);
    expect(target.seen.at(-1)?.client).toBe(CLIENT_NAME);
  });
});
