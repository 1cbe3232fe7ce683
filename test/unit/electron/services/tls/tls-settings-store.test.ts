import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SecretCipher } from '../../../../../electron/services/environments/secret-cipher';
import { TlsSettingsStore } from '../../../../../electron/services/tls/tls-settings-store';
import { makePrivatePki, type PrivatePki } from '../../../../support/private-pki';

// Reversible but not clear text, so the test can tell it was used.
const cipher: SecretCipher = { kind: 'keychain', encrypt: (text) => Buffer.from(`k:${text}`).toString('base64'), decrypt: (stored) => Buffer.from(stored, 'base64').toString().slice(2) };

describe('tls-settings-store', () => {
  let pki: PrivatePki;
  beforeAll(() => {
    pki = makePrivatePki();
  });

  it('keeps a passphrase in memory only without a keychain, and keeps it when the form sends none', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-tls-'));
    const store = new TlsSettingsStore(dir, undefined);
    const saved = await store.save({ clientCertificates: [{ host: '*.corp.example', pfx: pki.clientP12, passphrase: pki.p12Passphrase }], caCertificates: [pki.caCert] });
    expect(saved).toEqual({ clientCertificates: [{ host: '*.corp.example', pfx: pki.clientP12, passphraseSet: true }], caCertificates: [pki.caCert], passphraseStorage: 'memory' });
    expect(await readdir(dir)).toEqual(['tls-settings.json']);
    expect(await readFile(path.join(dir, 'tls-settings.json'), 'utf8')).not.toContain(pki.p12Passphrase);
    // Saved again without a passphrase typed: the kept one still opens the file.
    await store.save({ clientCertificates: [{ host: '*.corp.example', pfx: pki.clientP12 }], caCertificates: [] });
    expect((await store.forSends()).patterns).toEqual(['*.corp.example']);
    // A new start has the settings but not the passphrase.
    expect((await new TlsSettingsStore(dir, undefined).view()).clientCertificates[0]?.passphraseSet).toBe(false);
  });

  it('encrypts passphrases with the keychain and reads them back at the next start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-tls-'));
    await new TlsSettingsStore(dir, cipher).save({ clientCertificates: [{ host: 'api.test', pfx: pki.clientP12, passphrase: pki.p12Passphrase }], caCertificates: [] });
    expect(await readFile(path.join(dir, 'tls-secrets.json'), 'utf8')).not.toContain(pki.p12Passphrase);
    const again = new TlsSettingsStore(dir, cipher);
    expect((await again.view()).clientCertificates[0]?.passphraseSet).toBe(true);
    expect((await again.forSends()).forUrl('https://api.test/')?.identity).toContain('api.test');
  });

  it('refuses settings that cannot be used and writes nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-tls-'));
    const store = new TlsSettingsStore(dir, undefined);
    await expect(store.save({ clientCertificates: [{ host: 'api.test', cert: 'client.pem', key: 'client.key' }], caCertificates: [] })).rejects.toThrow(/is not a full path/);
    await expect(store.save({ clientCertificates: [{ host: 'api.test', pfx: pki.clientP12, passphrase: 'wrong' }], caCertificates: [] })).rejects.toThrow(/the passphrase is wrong/);
    await expect(store.save({ clientCertificates: [{ host: 'a.test', cert: pki.clientCert, key: pki.clientKey }, { host: 'A.test', cert: pki.clientCert, key: pki.clientKey }], caCertificates: [] })).rejects.toThrow(/Two client certificates are set for a.test/);
    await expect(store.save({ clientCertificates: [{ host: 'https://a.test/', cert: pki.clientCert, key: pki.clientKey }], caCertificates: [] })).rejects.toThrow(/without scheme or path/);
    expect(await readdir(dir)).toEqual([]);
  });
});
