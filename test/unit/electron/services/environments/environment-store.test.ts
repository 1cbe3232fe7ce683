import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvironmentStore } from '../../../../../electron/services/environments/environment-store';
import { safeStorageCipher, type SafeStorageLike } from '../../../../../electron/services/environments/secret-cipher';
import type { Environment } from '../../../../../shared/environments/substitute';

const env: Environment = {
  id: 'e1',
  name: 'Local',
  variables: [
    { name: 'baseUrl', value: 'http://127.0.0.1:8000', secret: false },
    { name: 'token', value: 'tok-SECRET', secret: true },
  ],
};

// A stand-in keychain: reversible, and visibly not the plain text.
const fakeKeychain: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from([...text].reverse().join(''), 'utf8'),
  decryptString: (data) => [...data.toString('utf8')].reverse().join(''),
};

describe('environment-store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roundtrip-env-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('never writes secret values into environments.json, and keeps them in memory only without a keychain by default', async () => {
    const store = new EnvironmentStore(dir, undefined);
    expect(await store.save([env], 'e1', false)).toEqual({ secretStorage: 'none' });
    const saved = await readFile(join(dir, 'environments.json'), 'utf8');
    expect(saved).not.toContain('tok-SECRET');
    expect(saved).toContain('http://127.0.0.1:8000');
    await expect(stat(join(dir, 'environment-secrets.json'))).rejects.toThrow();
    const loaded = await store.load();
    expect(loaded).toMatchObject({ activeId: 'e1', secretStorage: 'none', keychainAvailable: false });
    expect(loaded.environments[0]?.variables[1]).toEqual({ name: 'token', value: '', secret: true });
  });

  it('writes secrets unencrypted apart only when asked, with owner-only permissions', async () => {
    const store = new EnvironmentStore(dir, undefined);
    expect(await store.save([env], undefined, true)).toEqual({ secretStorage: 'plain' });
    const secretsPath = join(dir, 'environment-secrets.json');
    expect(JSON.parse(await readFile(secretsPath, 'utf8'))).toEqual({ version: 1, storage: 'plain', values: { e1: { token: 'tok-SECRET' } } });
    expect((await stat(secretsPath)).mode & 0o077).toBe(0);
    expect((await store.load()).environments[0]?.variables[1]?.value).toBe('tok-SECRET');
    await store.save([env], undefined, false);
    await expect(stat(secretsPath)).rejects.toThrow();
  });

  it('encrypts secrets with the keychain when there is one', async () => {
    const cipher = safeStorageCipher(fakeKeychain, 'linux');
    const store = new EnvironmentStore(dir, cipher);
    expect(await store.save([env], 'e1', false)).toEqual({ secretStorage: 'keychain' });
    expect(await readFile(join(dir, 'environment-secrets.json'), 'utf8')).not.toContain('tok-SECRET');
    expect((await store.load()).environments[0]?.variables[1]?.value).toBe('tok-SECRET');
  });

  it('refuses an environments file of a newer version with a message, on load and on save, and leaves it as it is', async () => {
    const newer = JSON.stringify({ version: 2, environments: [{ id: 'e1', name: 'Local', variables: [], tags: ['new'] }] });
    await writeFile(join(dir, 'environments.json'), newer);
    const store = new EnvironmentStore(dir, undefined);
    await expect(store.load()).rejects.toMatchObject({ code: 'environments-unreadable', message: expect.stringContaining('is format version 2, newer than this Roundtrip understands (1)') });
    await expect(store.save([env], 'e1', false)).rejects.toMatchObject({ code: 'environments-unreadable' });
    expect(await readFile(join(dir, 'environments.json'), 'utf8')).toBe(newer);
  });

  it('refuses an environments file without a version or of the wrong shape, naming the file and the field', async () => {
    const store = new EnvironmentStore(dir, undefined);
    await writeFile(join(dir, 'environments.json'), JSON.stringify({ environments: [] }));
    await expect(store.load()).rejects.toThrow(/has no version number[^]*environments\.json/);
    await writeFile(join(dir, 'environments.json'), JSON.stringify({ version: 1, environments: [{ id: 'e1', name: 'Local', variables: [{ name: 'a', value: 1, secret: false }] }] }));
    await expect(store.load()).rejects.toThrow(/is not valid: environments\.0\.variables\.0\.value/);
    await writeFile(join(dir, 'environments.json'), JSON.stringify({ version: 1, environments: [] }));
    await writeFile(join(dir, 'environment-secrets.json'), JSON.stringify({ version: 1, storage: 'cloud', values: {} }));
    await expect(store.load()).rejects.toThrow(/environment secrets file[^]*storage/);
  });

  it('does not take Linux basic_text storage for a keychain', () => {
    expect(safeStorageCipher({ ...fakeKeychain, getSelectedStorageBackend: () => 'basic_text' }, 'linux')).toBeUndefined();
    expect(safeStorageCipher({ ...fakeKeychain, isEncryptionAvailable: () => false }, 'darwin')).toBeUndefined();
  });
});
