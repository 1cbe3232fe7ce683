/**
 * The app's own client certificates and CAs (tls-settings.json, absolute paths). Passphrases are
 * secrets: encrypted with the keychain in tls-secrets.json when there is one, otherwise kept in
 * this process's memory only and asked for again after a restart; never in tls-settings.json.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { VersionedFormat } from '../../../shared/saved/versioned-file';
import { TLS_SECRETS_FILE, TLS_SETTINGS_FILE, EMPTY_TLS_SETTINGS, type ClientCertificateSetting, type TlsSecretsFile, type TlsSettings, type TlsSettingsView } from '../../../shared/tls/tls-settings';
import { UserFacingError } from '../app-error';
import type { SecretCipher } from '../environments/secret-cipher';
import { nodeFs, writeFileAtomic } from '../fs/atomic-write';
import { readVersionedFile } from '../fs/read-versioned-file';
import { loadTlsMaterial, type TlsMaterial } from './tls-material';

const SETTINGS_NAME = 'tls-settings.json';
const SECRETS_NAME = 'tls-secrets.json';
const WHERE = 'the certificate settings';

/** Paths in the app's settings are the person's own files: absolute, anywhere they can read. */
async function absolutePath(file: string): Promise<string> {
  if (!path.isAbsolute(file)) throw new UserFacingError('tls-settings', `"${file}" in ${WHERE} is not a full path. Give the whole path, such as /home/me/certs/client.pem.`);
  return file;
}

function readFormatted<T>(file: string, format: VersionedFormat<T>): Promise<T | undefined> {
  return readVersionedFile(file, format, 'tls-settings', 'open the certificate settings again');
}

function withoutPassphrase(entry: ClientCertificateSetting): ClientCertificateSetting {
  return { host: entry.host, ...(entry.cert === undefined ? {} : { cert: entry.cert }), ...(entry.key === undefined ? {} : { key: entry.key }), ...(entry.pfx === undefined ? {} : { pfx: entry.pfx }) };
}

/** Reads, checks and writes the certificate settings of one data folder. */
export class TlsSettingsStore {
  private settings: Promise<TlsSettings> | undefined;
  private material: Promise<TlsMaterial> | undefined;
  /** Host pattern -> passphrase, when there is no keychain (and as the cache when there is). */
  private readonly passphrases = new Map<string, string>();

  constructor(
    private readonly dataDir: string,
    private readonly cipher: SecretCipher | undefined,
  ) {}

  /** The settings as the settings view shows them. */
  async view(): Promise<TlsSettingsView> {
    const settings = await this.current();
    return {
      clientCertificates: settings.clientCertificates.map(({ passphrase, ...entry }) => ({ ...entry, passphraseSet: passphrase !== undefined && passphrase !== '' })),
      caCertificates: settings.caCertificates,
      passphraseStorage: this.cipher === undefined ? 'memory' : 'keychain',
    };
  }

  /** The certificates and CAs ready for sends, read and checked once per change of the settings. */
  forSends(): Promise<TlsMaterial> {
    this.material ??= this.current().then((settings) => loadTlsMaterial(settings, absolutePath, WHERE));
    // A file that could not be read is tried again at the next send, after the person fixed it.
    this.material.catch(() => (this.material = undefined));
    return this.material;
  }

  /** The settings with passphrases, for runs that layer a collection's own over them. */
  forRuns(): Promise<TlsSettings> {
    return this.current();
  }

  /** Checks every file and passphrase, then saves; refused with the first problem, nothing written. */
  async save(input: TlsSettings): Promise<TlsSettingsView> {
    const before = await this.current();
    const kept = new Map(before.clientCertificates.map((entry) => [entry.host, entry.passphrase]));
    const settings: TlsSettings = {
      clientCertificates: input.clientCertificates.map((entry) => {
        const passphrase = entry.passphrase ?? kept.get(entry.host);
        const rest = withoutPassphrase(entry);
        return passphrase === undefined || passphrase === '' ? rest : { ...rest, passphrase };
      }),
      caCertificates: input.caCertificates,
    };
    const hosts = settings.clientCertificates.map((entry) => entry.host.trim().toLowerCase());
    const repeated = hosts.find((host, index) => hosts.indexOf(host) !== index);
    if (repeated !== undefined) throw new UserFacingError('tls-settings', `Two client certificates are set for ${repeated}. Keep one per host pattern.`);
    const material = await loadTlsMaterial(settings, absolutePath, WHERE);
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(path.join(this.dataDir, SETTINGS_NAME), `${JSON.stringify({ version: 1, clientCertificates: settings.clientCertificates.map(withoutPassphrase), caCertificates: settings.caCertificates }, null, 2)}\n`);
    this.passphrases.clear();
    for (const entry of settings.clientCertificates) if (entry.passphrase !== undefined) this.passphrases.set(entry.host, entry.passphrase);
    await this.writeSecrets();
    this.settings = Promise.resolve(settings);
    this.material = Promise.resolve(material);
    return this.view();
  }

  private current(): Promise<TlsSettings> {
    this.settings ??= this.read();
    this.settings.catch(() => (this.settings = undefined));
    return this.settings;
  }

  private async read(): Promise<TlsSettings> {
    const file = await readFormatted(path.join(this.dataDir, SETTINGS_NAME), TLS_SETTINGS_FILE);
    if (file === undefined) return EMPTY_TLS_SETTINGS;
    const secrets = this.cipher === undefined ? undefined : await readFormatted(path.join(this.dataDir, SECRETS_NAME), TLS_SECRETS_FILE);
    return {
      caCertificates: file.caCertificates,
      clientCertificates: file.clientCertificates.map((entry) => {
        const passphrase = this.passphrases.get(entry.host) ?? this.decrypt(secrets?.passphrases[entry.host]);
        return passphrase === undefined ? entry : { ...entry, passphrase };
      }),
    };
  }

  private decrypt(stored: string | undefined): string | undefined {
    if (stored === undefined || this.cipher === undefined) return undefined;
    try {
      return this.cipher.decrypt(stored);
    } catch {
      return undefined; // A keychain that changed cannot decrypt: the passphrase is asked for again.
    }
  }

  private async writeSecrets(): Promise<void> {
    const file = path.join(this.dataDir, SECRETS_NAME);
    const cipher = this.cipher;
    if (cipher === undefined || this.passphrases.size === 0) {
      await rm(file, { force: true });
      return;
    }
    const secrets: TlsSecretsFile = { version: 1, passphrases: Object.fromEntries([...this.passphrases].map(([host, value]) => [host, cipher.encrypt(value)])) };
    await writeFileAtomic(file, `${JSON.stringify(secrets, null, 2)}\n`, nodeFs, 0o600);
  }
}
