/** The certificate settings as the form edits them, and what tls:save is sent from them. */
import type { ClientCertificateSetting, TlsSettings, TlsSettingsView } from '../../../shared/tls/tls-settings';

export interface CertificateDraft {
  readonly host: string;
  readonly kind: 'pem' | 'pkcs12';
  readonly cert: string;
  readonly key: string;
  readonly pfx: string;
  /** Typed in this form; undefined keeps the one already kept. */
  readonly passphrase?: string;
  /** A passphrase is kept for this host (it is never sent back to the page). */
  readonly passphraseSet: boolean;
}

export const NEW_CERTIFICATE: CertificateDraft = { host: '', kind: 'pem', cert: '', key: '', pfx: '', passphraseSet: false };

/** The drafts of loaded settings. */
export function draftsOf(view: TlsSettingsView): CertificateDraft[] {
  return view.clientCertificates.map((entry) => ({ host: entry.host, kind: entry.pfx === undefined ? 'pem' : 'pkcs12', cert: entry.cert ?? '', key: entry.key ?? '', pfx: entry.pfx ?? '', passphraseSet: entry.passphraseSet }));
}

/** What to save: only the files of the chosen kind; a passphrase only when one was typed. */
export function settingsOf(drafts: readonly CertificateDraft[], caCertificates: readonly string[]): TlsSettings {
  const clientCertificates = drafts.map((draft): ClientCertificateSetting => {
    const passphrase = draft.passphrase === undefined ? {} : { passphrase: draft.passphrase };
    const host = draft.host.trim();
    return draft.kind === 'pkcs12' ? { host, pfx: draft.pfx.trim(), ...passphrase } : { host, cert: draft.cert.trim(), key: draft.key.trim(), ...passphrase };
  });
  return { clientCertificates, caCertificates: caCertificates.map((path) => path.trim()).filter((path) => path !== '') };
}
