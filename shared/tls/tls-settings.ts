/**
 * Client certificates and extra certificate authorities: what the app's settings hold
 * (tls-settings.json, passphrases kept apart like secret variables) and the `tls` block a
 * collection.json or a collection's environment file may carry (paths relative to the collection).
 */
import { z } from 'zod';
import type { VersionedFormat } from '../saved/versioned-file';
import { hostPatternProblem } from './host-pattern';

/** One host pattern's client identity: a PEM certificate and key, or a PKCS#12 (.p12/.pfx) file. */
export interface ClientCertificateSetting {
  readonly host: string;
  readonly cert?: string;
  readonly key?: string;
  readonly pfx?: string;
  /** A secret: in the app it is kept like secret variables; in a collection file it is a {{variable}}. */
  readonly passphrase?: string;
}

export interface TlsSettings {
  readonly clientCertificates: readonly ClientCertificateSetting[];
  /** PEM files of certificate authorities trusted besides the system's (a private PKI). */
  readonly caCertificates: readonly string[];
}

export const EMPTY_TLS_SETTINGS: TlsSettings = { clientCertificates: [], caCertificates: [] };

const path = z.string().min(1).max(4096);
export const clientCertificateSchema = z.object({
  host: z.string().min(1).max(300),
  cert: path.optional(),
  key: path.optional(),
  pfx: path.optional(),
  passphrase: z.string().max(4096).optional(),
});
export const tlsSettingsSchema = z.object({
  clientCertificates: z.array(clientCertificateSchema).max(200),
  caCertificates: z.array(path).max(100),
});

/** tls-settings.json: passphrases are never written here (see tls-secrets). */
export interface TlsSettingsFile extends TlsSettings {
  readonly version: 1;
}

export const TLS_SETTINGS_FILE: VersionedFormat<TlsSettingsFile> = {
  what: 'The certificate settings file (tls-settings.json)',
  version: 1,
  schema: tlsSettingsSchema.extend({ version: z.literal(1), clientCertificates: z.array(clientCertificateSchema.omit({ passphrase: true })).max(200) }),
};

/** tls-secrets.json: host pattern -> passphrase, encrypted with the keychain (base64). */
export interface TlsSecretsFile {
  readonly version: 1;
  readonly passphrases: Readonly<Record<string, string>>;
}

export const TLS_SECRETS_FILE: VersionedFormat<TlsSecretsFile> = {
  what: 'The certificate passphrases file (tls-secrets.json)',
  version: 1,
  schema: z.object({ version: z.literal(1), passphrases: z.record(z.string(), z.string()) }),
};

/** The `tls` block of collection.json and of a collection's environment file. */
export const collectionTlsSchema = z.object({
  clientCertificates: z.array(clientCertificateSchema).max(200).optional(),
  caCertificates: z.array(path).max(100).optional(),
});
export type CollectionTls = z.infer<typeof collectionTlsSchema>;

/** Every problem of `settings` a person must fix before it can be used, each naming its entry. */
export function tlsSettingsProblems(settings: TlsSettings, where: string, passphraseMustBeVariable = false): string[] {
  const problems: string[] = [];
  settings.clientCertificates.forEach((entry, index) => {
    const label = `client certificate ${index + 1} (${entry.host || 'no host'}) in ${where}`;
    const hostProblem = hostPatternProblem(entry.host);
    if (hostProblem !== undefined) problems.push(`The ${label}: ${hostProblem}`);
    if (entry.pfx !== undefined && (entry.cert !== undefined || entry.key !== undefined)) problems.push(`The ${label} names both a PKCS#12 file and a PEM certificate or key: keep one of the two.`);
    else if (entry.pfx === undefined && (entry.cert === undefined || entry.key === undefined)) problems.push(`The ${label} needs a PEM certificate and its key, or a PKCS#12 (.p12/.pfx) file.`);
    if (passphraseMustBeVariable && entry.passphrase !== undefined && !/^\{\{\s*[^{}\s]+\s*\}\}$/.test(entry.passphrase)) {
      problems.push(`The ${label} has its passphrase written in clear: write it as {{name}} and keep the value in a secret environment variable (or --var name=...).`);
    }
  });
  return problems;
}

/** `a` with the entries of `over` first, so that on an equally specific host match `over` wins. */
export function layerTlsSettings(a: TlsSettings, over: TlsSettings): TlsSettings {
  return { clientCertificates: [...over.clientCertificates, ...a.clientCertificates], caCertificates: [...a.caCertificates, ...over.caCertificates] };
}

/** What tls:load answers: the settings without passphrases, and whether each entry has one kept. */
export interface TlsSettingsView {
  readonly clientCertificates: readonly (Omit<ClientCertificateSetting, 'passphrase'> & { readonly passphraseSet: boolean })[];
  readonly caCertificates: readonly string[];
  /** Where passphrases are kept: the system keychain, or this run's memory only. */
  readonly passphraseStorage: 'keychain' | 'memory';
}

/** tls:save: a passphrase left out keeps the one kept for that host, '' removes it. */
export const tlsSaveInput = z.object({
  clientCertificates: z.array(clientCertificateSchema).max(200),
  caCertificates: z.array(path).max(100),
});
export const tlsLoadInput = z.object({}).strict();
