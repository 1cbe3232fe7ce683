/**
 * How secret environment values are protected at rest. Electron's safeStorage gives a real keychain
 * (macOS Keychain, Windows DPAPI, libsecret/kwallet on Linux); anywhere else there is none, and the
 * person is told so and chooses whether the values are written unencrypted or kept in memory only.
 */

export interface SecretCipher {
  /** "keychain" only when the OS protects the key; Linux's basic_text fallback is not one. */
  readonly kind: 'keychain';
  encrypt(text: string): string;
  decrypt(stored: string): string;
}

/** The parts of Electron's safeStorage used here (typed structurally: services do not import electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?: () => string;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

/** A cipher over safeStorage, or undefined when it has no real keychain behind it. */
export function safeStorageCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): SecretCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  // On Linux without a secret service Electron falls back to a hard-coded key: that is plain text in disguise.
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  return {
    kind: 'keychain',
    encrypt: (text) => safeStorage.encryptString(text).toString('base64'),
    decrypt: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
