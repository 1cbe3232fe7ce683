/**
 * Environments on disk: names and ordinary values in environments.json, secret values apart in
 * environment-secrets.json, encrypted when a keychain exists and written unencrypted only when the
 * person chose to. Secret values never enter environments.json, so exports and collections cannot leak them.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EnvironmentsSnapshot, SecretStorage } from '../../../shared/environments/environments-file';
import { withoutSecrets, type Environment } from '../../../shared/environments/substitute';
import { UserFacingError } from '../app-error';
import { nodeFs, writeFileAtomic } from '../fs/atomic-write';
import type { SecretCipher } from './secret-cipher';


interface SecretsFileV1 {
  readonly version: 1;
  readonly storage: 'keychain' | 'plain';
  /** env id -> variable name -> value (base64 ciphertext for keychain). */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const ENV_FILE = 'environments.json';
const SECRETS_FILE = 'environment-secrets.json';

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserFacingError('environments-unreadable', `Could not read ${path} (${(error as Error).message}). Fix or remove the file, then open Roundtrip again.`);
  }
}

/** Reads and writes the environments of one data folder. */
export class EnvironmentStore {
  constructor(
    private readonly dataDir: string,
    private readonly cipher: SecretCipher | undefined,
  ) {}

  /** The environments with their secret values filled back in where they were kept. */
  async load(): Promise<EnvironmentsSnapshot> {
    const raw = (await readJson(join(this.dataDir, ENV_FILE))) as { version?: number; activeId?: string; environments?: Environment[] } | undefined;
    const secrets = (await readJson(join(this.dataDir, SECRETS_FILE))) as SecretsFileV1 | undefined;
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
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(join(this.dataDir, ENV_FILE), `${JSON.stringify({ version: 1, ...(activeId !== undefined ? { activeId } : {}), environments: environments.map(withoutSecrets) }, null, 2)}\n`);
    const storage: SecretStorage = this.cipher !== undefined ? 'keychain' : persistPlainSecrets ? 'plain' : 'none';
    const secretsPath = join(this.dataDir, SECRETS_FILE);
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
    const file: SecretsFileV1 = { version: 1, storage, values };
    await mkdir(dirname(secretsPath), { recursive: true });
    await writeFileAtomic(secretsPath, `${JSON.stringify(file, null, 2)}\n`, nodeFs, 0o600);
    return { secretStorage: storage };
  }
}
