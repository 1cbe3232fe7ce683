/**
 * Client certificates and extra CAs read from disk and checked once, as TLS contexts ready for a
 * hop: a wrong passphrase, a key that does not belong to its certificate or a file that is not a
 * certificate is said when the settings are loaded, naming the entry, not at the first handshake.
 */
import { readFile } from 'node:fs/promises';
import tls, { type SecureContext } from 'node:tls';
import { bestHostMatch } from '../../../shared/tls/host-pattern';
import { tlsSettingsProblems, type ClientCertificateSetting, type TlsSettings } from '../../../shared/tls/tls-settings';
import { UserFacingError } from '../app-error';
import { errorCode } from '../../../shared/values/error-code';

/** What a hop needs: the context to handshake with, and what the identity is called in messages. */
export interface HopTls {
  readonly secureContext: SecureContext;
  /** "the client certificate for *.corp.example (client.pem)", or undefined when only CAs apply. */
  readonly identity?: string;
  /** True when extra CAs are trusted for this hop. */
  readonly extraCa: boolean;
}

export interface TlsMaterial {
  /** The context for `url`, or undefined when nothing is configured for its host. */
  readonly forUrl: (url: string) => HopTls | undefined;
  /** The host patterns that have a client certificate, for an error that says none matched. */
  readonly patterns: readonly string[];
}

/** Turns a path from the settings into a readable absolute path (a collection's refuses leaving its folder). */
export type PathResolver = (path: string) => Promise<string>;

interface Identity {
  readonly host: string;
  readonly label: string;
  readonly options: tls.SecureContextOptions;
}

const NOTHING: TlsMaterial = { forUrl: () => undefined, patterns: [] };

/** Reads every file `settings` names and checks each identity; throws a UserFacingError naming the entry. */
export async function loadTlsMaterial(settings: TlsSettings, resolvePath: PathResolver, where: string): Promise<TlsMaterial> {
  if (settings.clientCertificates.length === 0 && settings.caCertificates.length === 0) return NOTHING;
  const problems = tlsSettingsProblems(settings, where);
  if (problems.length > 0) throw new UserFacingError('tls-settings', problems.join('\n'));
  const extra = await Promise.all(settings.caCertificates.map((path) => readPem(path, resolvePath, `the CA certificate ${path} in ${where}`)));
  // A context given `ca` trusts only those: the system's roots are kept beside the private ones.
  const ca = extra.length === 0 ? undefined : [...tls.rootCertificates, ...extra];
  const identities = await Promise.all(settings.clientCertificates.map((entry) => readIdentity(entry, resolvePath, where)));
  const contexts = new Map<Identity | undefined, HopTls>();
  const contextFor = (identity: Identity | undefined): HopTls => {
    let made = contexts.get(identity);
    if (made === undefined) {
      made = { secureContext: createContext(identity, ca, where), extraCa: ca !== undefined, ...(identity ? { identity: identity.label } : {}) };
      contexts.set(identity, made);
    }
    return made;
  };
  // Every identity is built now, so a bad one is reported when the settings are loaded.
  for (const identity of identities) contextFor(identity);
  return {
    patterns: identities.map((identity) => identity.host),
    forUrl(url) {
      if (!url.startsWith('https:')) return undefined;
      const identity = bestHostMatch(identities, new URL(url));
      return identity === undefined && ca === undefined ? undefined : contextFor(identity);
    },
  };
}

async function readIdentity(entry: ClientCertificateSetting, resolvePath: PathResolver, where: string): Promise<Identity> {
  const label = `the client certificate for ${entry.host} (${entry.pfx ?? entry.cert ?? ''}) in ${where}`;
  const passphrase = entry.passphrase === undefined || entry.passphrase === '' ? {} : { passphrase: entry.passphrase };
  if (entry.pfx !== undefined) return { host: entry.host, label, options: { pfx: await readBytes(entry.pfx, resolvePath, label), ...passphrase } };
  const cert = await readPem(entry.cert ?? '', resolvePath, label);
  const key = await readPem(entry.key ?? '', resolvePath, `the key of ${label}`);
  return { host: entry.host, label, options: { cert, key, ...passphrase } };
}

async function readBytes(path: string, resolvePath: PathResolver, what: string): Promise<Buffer> {
  const absolute = await resolvePath(path);
  try {
    return await readFile(absolute);
  } catch (error) {
    const reason = errorCode(error) === 'ENOENT' ? 'there is no such file' : error instanceof Error ? error.message : String(error);
    throw new UserFacingError('tls-settings', `Could not read ${what}: ${absolute} (${reason}). Check the path in the certificate settings.`);
  }
}

async function readPem(path: string, resolvePath: PathResolver, what: string): Promise<string> {
  const text = (await readBytes(path, resolvePath, what)).toString('utf8');
  if (!text.includes('-----BEGIN ')) throw new UserFacingError('tls-settings', `${capitalize(what)} is not a PEM file (no -----BEGIN line). Convert it with openssl (for example \`openssl x509 -inform der -in cert.der -out cert.pem\`), or give a PKCS#12 file instead.`);
  return text;
}

function createContext(identity: Identity | undefined, ca: readonly string[] | undefined, where: string): SecureContext {
  try {
    return tls.createSecureContext({ ...(identity?.options ?? {}), ...(ca ? { ca: [...ca] } : {}) });
  } catch (error) {
    throw new UserFacingError('tls-settings', describeContextError(error, identity?.label ?? `the CA certificates in ${where}`, identity?.options.passphrase !== undefined));
  }
}

/** What OpenSSL's refusal of a certificate, key or PKCS#12 file means, and what to do. */
export function describeContextError(error: unknown, label: string, hadPassphrase: boolean): string {
  const text = `${errorCode(error) ?? ''} ${error instanceof Error ? error.message : String(error)}`;
  const what = capitalize(label);
  if (/KEY_VALUES_MISMATCH|key values mismatch/i.test(text)) return `${what}: the key does not belong to the certificate. Pick the key file that was made with this certificate (\`openssl x509 -noout -pubkey -in cert.pem\` and \`openssl pkey -pubout -in key.pem\` print the same key when they match).`;
  if (/mac verify failure|bad decrypt|BAD_DECRYPT|bad password|MAC_VERIFY/i.test(text)) {
    return hadPassphrase ? `${what}: the passphrase is wrong (the file could not be decrypted with it). Type the passphrase again.` : `${what}: the file is encrypted and no passphrase is set. Add its passphrase.`;
  }
  if (/unsupported|UNSUPPORTED/.test(text)) return `${what}: the file uses an encryption OpenSSL 3 no longer reads (such as RC2 in old PKCS#12 exports). Export it again, for example \`openssl pkcs12 -export -in cert.pem -inkey key.pem -out client.p12\`. (${text.trim()})`;
  if (/no start line|NO_START_LINE|bad base64|asn1|ASN1|not enough data|header too long/i.test(text)) return `${what}: the file is not a certificate, key or PKCS#12 file OpenSSL can read (${text.trim()}). Check that the right file is named.`;
  return `${what} cannot be used: ${text.trim()}. Check the files and the passphrase.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
