/**
 * The certificates of one run: the app's settings (in the app), under the collection's `tls`,
 * under the environment file's. Paths of a collection or its environments are relative to the
 * collection folder and may not leave it; passphrases are {{variables}} filled from the run's.
 */
import { tlsSettingsProblems, layerTlsSettings, EMPTY_TLS_SETTINGS, type CollectionTls, type TlsSettings } from '../../../shared/tls/tls-settings';
import { UserFacingError } from '../app-error';
import { resolveEntry } from '../collections/collection-paths';
import { loadTlsMaterial, type TlsMaterial } from '../tls/tls-material';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { runCookies } from '../cookies/send-cookies';
import { sendRequest } from '../http/send-request';
import { passphraseVariable } from '../../../shared/tls/passphrase-reference';

export interface RunTlsSources {
  readonly collectionDir: string;
  /** collection.json's `tls`. */
  readonly collection?: CollectionTls;
  /** The environment file's `tls`, and the file's name for messages. */
  readonly environment?: { readonly tls: CollectionTls; readonly file: string };
  /** The variables of the run, to fill {{passphrase}} references. */
  readonly variables: Readonly<Record<string, string>>;
  /** The app's own settings, absolute paths (absent for `roundtrip run`). */
  readonly app?: TlsSettings;
}

/** The run's certificates checked and read; undefined when none are set anywhere. */
export async function loadRunTls(sources: RunTlsSources): Promise<TlsMaterial | undefined> {
  let settings: TlsSettings = sources.app ?? EMPTY_TLS_SETTINGS;
  const layers: [CollectionTls | undefined, string][] = [
    [sources.collection, `collection.json of ${sources.collectionDir}`],
    [sources.environment?.tls, sources.environment?.file ?? 'the environment'],
  ];
  for (const [block, where] of layers) {
    if (block === undefined) continue;
    const layer: TlsSettings = { clientCertificates: block.clientCertificates ?? [], caCertificates: block.caCertificates ?? [] };
    const problems = tlsSettingsProblems(layer, where, true);
    if (problems.length > 0) throw new UserFacingError('tls-settings', problems.join('\n'));
    // Resolved here, inside the collection, so the layers can be read together as absolute paths.
    const inside = (file: string): Promise<string> => insideCollection(sources.collectionDir, file, where);
    const clientCertificates = await Promise.all(
      layer.clientCertificates.map(async (entry) => ({
        host: entry.host,
        ...(entry.cert === undefined ? {} : { cert: await inside(entry.cert) }),
        ...(entry.key === undefined ? {} : { key: await inside(entry.key) }),
        ...(entry.pfx === undefined ? {} : { pfx: await inside(entry.pfx) }),
        ...(entry.passphrase === undefined ? {} : { passphrase: fillPassphrase(entry.passphrase, sources.variables, entry.host, where) }),
      })),
    );
    settings = layerTlsSettings(settings, { clientCertificates, caCertificates: await Promise.all(layer.caCertificates.map(inside)) });
  }
  if (settings.clientCertificates.length === 0 && settings.caCertificates.length === 0) return undefined;
  return loadTlsMaterial(settings, (file) => Promise.resolve(file), `the run's certificate settings`);
}

/** The send of one run: its certificates, and a cookie jar that starts empty and lives as long as the run. */
export async function runSender(sources: RunTlsSources): Promise<(request: RequestDescription) => Promise<ResponseSnapshot>> {
  const tls = await loadRunTls(sources);
  const cookies = runCookies();
  // Step results carry no exchange to show, so the headers as written are not recorded.
  const options = tls === undefined ? { cookies, withoutWireHeaders: true } : { tls, cookies, withoutWireHeaders: true };
  return (request) => sendRequest(request, options);
}

function fillPassphrase(reference: string, variables: Readonly<Record<string, string>>, host: string, where: string): string {
  const name = passphraseVariable(reference) ?? '';
  const value = variables[name];
  if (value === undefined) throw new UserFacingError('tls-settings', `The passphrase of the client certificate for ${host} in ${where} is {{${name}}}, and the run has no variable ${name}. Set it in a secret environment variable or with --var ${name}=...`);
  return value;
}

async function insideCollection(collectionDir: string, file: string, where: string): Promise<string> {
  try {
    return await resolveEntry(collectionDir, file.split(/[\\/]/).filter((part) => part !== '.').join('/'));
  } catch {
    throw new UserFacingError('tls-settings', `The certificate file "${file}" named in ${where} is not inside the collection folder. Give a path relative to the collection, without ".." or hidden folders (for example certs/client.pem).`);
  }
}
