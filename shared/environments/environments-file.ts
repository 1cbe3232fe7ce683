/** What env:load answers: the environments and where their secret values are kept. */
import type { Environment } from './substitute';

/** The keychain (encrypted), unencrypted on disk (the person chose it), or memory only. */
export type SecretStorage = 'keychain' | 'plain' | 'none';

export interface EnvironmentsSnapshot {
  readonly environments: readonly Environment[];
  readonly activeId?: string;
  readonly secretStorage: SecretStorage;
  /** True when this host has a keychain, so secrets are encrypted without asking. */
  readonly keychainAvailable: boolean;
}
