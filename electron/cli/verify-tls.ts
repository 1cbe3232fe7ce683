/**
 * `roundtrip verify`'s certificate options: a client certificate (PEM pair or PKCS#12) sent to
 * the API's host and extra CAs, read from the paths given (relative to the working folder).
 * The passphrase is never typed on the command line: --cert-passphrase names a variable.
 */
import path from 'node:path';
import type { TlsSettings } from '../../shared/tls/tls-settings';
import { loadTlsMaterial, type TlsMaterial } from '../services/tls/tls-material';

export const VERIFY_TLS_OPTIONS = {
  cert: { type: 'string' },
  key: { type: 'string' },
  pfx: { type: 'string' },
  'cert-passphrase': { type: 'string' },
  ca: { type: 'string', multiple: true },
} as const;

export const VERIFY_TLS_HELP = `  --cert FILE --key FILE     A client certificate and its key (PEM) for the API's host
  --pfx FILE                 Or a PKCS#12 (.p12/.pfx) client certificate
  --cert-passphrase NAME     The variable (--env or --var) holding the key's or file's passphrase
  --ca FILE                  A CA certificate (PEM) to trust besides the system's; repeatable`;

interface TlsValues {
  readonly cert?: string | undefined;
  readonly key?: string | undefined;
  readonly pfx?: string | undefined;
  readonly 'cert-passphrase'?: string | undefined;
  readonly ca?: readonly string[] | undefined;
}

/** The certificates the options name, read and checked; undefined when none is given. A bad option is thrown as `bad`. */
export async function verifyTls(values: TlsValues, variables: Readonly<Record<string, string>>, bad: (message: string) => Error): Promise<TlsMaterial | undefined> {
  const hasIdentity = values.cert !== undefined || values.key !== undefined || values.pfx !== undefined;
  if (!hasIdentity && values.ca === undefined) return undefined;
  const passphraseName = values['cert-passphrase'];
  const passphrase = passphraseName === undefined ? undefined : variables[passphraseName];
  if (passphraseName !== undefined && passphrase === undefined) throw bad(`--cert-passphrase names the variable ${passphraseName}, which neither --env nor --var sets.`);
  const settings: TlsSettings = {
    clientCertificates: hasIdentity
      ? [{ host: '*', ...(values.cert ? { cert: values.cert } : {}), ...(values.key ? { key: values.key } : {}), ...(values.pfx ? { pfx: values.pfx } : {}), ...(passphrase === undefined ? {} : { passphrase }) }]
      : [],
    caCertificates: [...(values.ca ?? [])],
  };
  return loadTlsMaterial(settings, (file) => Promise.resolve(path.resolve(file)), 'the command line');
}
