/** What env:load answers, and the two files environments are kept in (with their versions). */
import { z } from 'zod';
import type { VersionedFormat } from '../saved/versioned-file';
import type { Environment, EnvironmentVariable } from './substitute';

/** The keychain (encrypted), unencrypted on disk (the person chose it), or memory only. */
export type SecretStorage = 'keychain' | 'plain' | 'none';

export interface EnvironmentsSnapshot {
  readonly environments: readonly Environment[];
  readonly activeId?: string;
  readonly secretStorage: SecretStorage;
  /** True when this host has a keychain, so secrets are encrypted without asking. */
  readonly keychainAvailable: boolean;
}

const environmentVariableV1: z.ZodType<EnvironmentVariable> = z.object({ name: z.string(), value: z.string(), secret: z.boolean() });
const environmentV1: z.ZodType<Environment> = z.object({ id: z.string().min(1), name: z.string(), variables: z.array(environmentVariableV1) });

/** environments.json: names and ordinary values; secret variables are written with empty values. */
export interface EnvironmentsFile {
  readonly version: 1;
  readonly activeId?: string;
  readonly environments: readonly Environment[];
}

export const ENVIRONMENTS_FILE: VersionedFormat<EnvironmentsFile> = {
  what: 'The environments file (environments.json)',
  version: 1,
  schema: z.object({ version: z.literal(1), activeId: z.string().optional(), environments: z.array(environmentV1) }),
};

/** environment-secrets.json: env id -> variable name -> value (base64 ciphertext for the keychain). */
export interface SecretsFile {
  readonly version: 1;
  readonly storage: 'keychain' | 'plain';
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const SECRETS_FILE: VersionedFormat<SecretsFile> = {
  what: 'The environment secrets file (environment-secrets.json)',
  version: 1,
  schema: z.object({ version: z.literal(1), storage: z.enum(['keychain', 'plain']), values: z.record(z.string(), z.record(z.string(), z.string())) }),
};
