/**
 * Environments on disk: names and ordinary values in environments.json, secret values apart in
 * environment-secrets.json, encrypted when a keychain exists and written unencrypted only when the
 * person chose to. Secret values never enter environments.json, so exports and collections cannot leak them.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ENVIRONMENTS_FILE, SECRETS_FILE, type EnvironmentsSnapshot, type SecretsFile, type SecretStorage } from '../../../shared/environments/environments-file';
import type { VersionedFormat } from '../../../shared/saved/versioned-file';
import { withoutSecrets, type Environment } from '../../../shared/environments/substitute';
import { nodeFs, writeFileAtomic } from '../fs/atomic-write';
import { readVersionedFile } from '../fs/read-versioned-file';
import type { SecretCipher } from './secret-cipher';

const ENV_FILE_NAME = 'environments.json';
const SECRETS_FILE_NAME = 'environment-secrets.json';

/** The file read and checked against its format; undefined when there is none yet. */
function readFormatted<T>(path: string, format: VersionedFormat<T>): Promise<T | undefined> {
  return readVersionedFile(path, format, 'environments-unreadable', 'open Roundtrip again');
}

/** Reads and writes the environments of one data folder. */
export class EnvironmentStore {
  constructor(
    private readonly dataDir: string,
    private readonly cipher: SecretCipher | undefined,
  ) {}

  /** The environments with their secret values filled back in where they were kept. */
  async load(): Promise<EnvironmentsSnapshot> {
    const raw = await readFormatted(join(this.dataDir, ENV_FILE_NAME), ENVIRONMENTS_FILE);
    const secrets = await readFormatted(join(this.dataDir, SECRETS_FILE_NAME), SECRETS_FILE);
    const environments = (raw?.environments ?? []).map((env) => ({
      ...env,
      variables: env.variables.map((v) => {
        const stored = secrets?.values[env.id]?.[v.name];
        if (!v.secret || stored === undefined) return v;
        if (secrets?.storage === 'plain') return { ...v, value: stored };
        try {
          return this.cipher === undefined ? v : { ...v, value: this.cipher.decrypt(stored) };
        } catch {
          return v; // A keychain that changed cannot decrypt: the value is asked for again.
        }
      }),
    }));
    const secretStorage: SecretStorage = this.cipher !== undefined ? 'keychain' : secrets?.storage === 'plain' ? 'plain' : 'none';
    return { environments, ...(raw?.activeId !== undefined ? { activeId: raw.activeId } : {}), secretStorage, keychainAvailable: this.cipher !== undefined };
  }

  /** Saves; secret values go to the keychain file, to a plain file when `persistPlainSecrets`, or nowhere. */
  async save(environments: readonly Environment[], activeId: string | undefined, persistPlainSecrets: boolean): Promise<{ secretStorage: SecretStorage }> {
    // A file this version cannot read (a newer one) is refused here too, so saving never writes over it.
    await readFormatted(join(this.dataDir, ENV_FILE_NAME), ENVIRONMENTS_FILE);
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(join(this.dataDir, ENV_FILE_NAME), `${JSON.stringify({ version: 1, ...(activeId !== undefined ? { activeId } : {}), environments: environments.map(withoutSecrets) }, null, 2)}\n`);
    const storage: SecretStorage = this.cipher !== undefined ? 'keychain' : persistPlainSecrets ? 'plain' : 'none';
    const secretsPath = join(this.dataDir, SECRETS_FILE_NAME);
    if (storage === 'none') {
      await rm(secretsPath, { force: true });
      return { secretStorage: storage };
    }
    const values: Record<string, Record<string, string>> = {};
    for (const env of environments) {
      for (const v of env.variables) {
        if (!v.secret || v.value === '') continue;
        (values[env.id] ??= {})[v.name] = storage === 'keychain' && this.cipher !== undefined ? this.cipher.encrypt(v.value) : v.value;
      }
    }
    const file: SecretsFile = { version: 1, storage, values };
    await mkdir(dirname(secretsPath), { recursive: true });
    await writeFileAtomic(secretsPath, `${JSON.stringify(file, null, 2)}\n`, nodeFs, 0o600);
    return { secretStorage: storage };
  }
}
