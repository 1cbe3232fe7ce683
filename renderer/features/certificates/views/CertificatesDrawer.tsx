import { useState } from 'react';
import { Drawer } from '../../../components/Drawer';
import { NEW_CERTIFICATE, type CertificateDraft } from '../certificate-drafts';
import { useTlsSettings } from '../use-tls-settings';

const STORAGE_NOTES = {
  keychain: 'Passphrases are encrypted with the system keychain, apart from these settings.',
  memory: 'This host has no keychain: passphrases are kept in memory only, never on disk, and are asked for again after Roundtrip restarts.',
} as const;

/** A Certificates button in the header: client certificates per host and extra CAs, for every send of the app. */
export function CertificatesDrawer() {
  const [shown, setShown] = useState(false);
  const form = useTlsSettings(shown);
  const change = (index: number, patch: Partial<CertificateDraft>) => form.setDrafts(form.drafts.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  return (
    <Drawer
      name="certificates"
      toggleText="Certificates"
      toggleClassName="button button-small"
      label="Certificates"
      title="Client certificates and CAs"
      closeLabel="Close certificates"
      className="certificates-drawer"
      shown={shown}
      onShownChange={setShown}
    >
      <p className="muted">
        A client certificate is sent to the hosts its pattern names: <code>api.corp.example</code>, <code>*.corp.example</code> (every host below it) or <code>localhost:8443</code>. The most specific pattern wins. Full paths to files on this
        machine.
      </p>
      {form.drafts.map((draft, index) => (
        <fieldset key={index} className="certificate-entry" data-testid="certificate-entry">
          <legend>{draft.host || `Client certificate ${index + 1}`}</legend>
          <label>
            Host
            <input className="input input-mono" value={draft.host} placeholder="*.corp.example" onChange={(e) => change(index, { host: e.target.value })} data-testid="certificate-host" />
          </label>
          <label>
            Format
            <select className="input input-compact" value={draft.kind} onChange={(e) => change(index, { kind: e.target.value === 'pkcs12' ? 'pkcs12' : 'pem' })} data-testid="certificate-kind">
              <option value="pem">PEM certificate and key</option>
              <option value="pkcs12">PKCS#12 (.p12, .pfx)</option>
            </select>
          </label>
          {draft.kind === 'pem' ? (
            <>
              <label>
                Certificate file
                <input className="input input-mono" value={draft.cert} placeholder="/home/me/certs/client.pem" onChange={(e) => change(index, { cert: e.target.value })} data-testid="certificate-cert" />
              </label>
              <label>
                Key file
                <input className="input input-mono" value={draft.key} placeholder="/home/me/certs/client.key" onChange={(e) => change(index, { key: e.target.value })} data-testid="certificate-key" />
              </label>
            </>
          ) : (
            <label>
              PKCS#12 file
              <input className="input input-mono" value={draft.pfx} placeholder="/home/me/certs/client.p12" onChange={(e) => change(index, { pfx: e.target.value })} data-testid="certificate-pfx" />
            </label>
          )}
          <label>
            Passphrase
            <input
              type="password"
              className="input input-mono"
              autoComplete="off"
              value={draft.passphrase ?? ''}
              placeholder={draft.passphraseSet ? 'kept (type to replace)' : 'none'}
              onChange={(e) => change(index, { passphrase: e.target.value })}
              data-testid="certificate-passphrase"
            />
          </label>
          <button type="button" className="button button-small button-ghost" onClick={() => form.setDrafts(form.drafts.filter((_, at) => at !== index))} aria-label={`Remove the client certificate for ${draft.host || 'no host'}`}>
            Remove
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-small" onClick={() => form.setDrafts([...form.drafts, NEW_CERTIFICATE])} data-testid="certificate-add">
        Add client certificate
      </button>
      <h3 className="certificates-subtitle">Certificate authorities</h3>
      <p className="muted">CA certificates (PEM) trusted besides the system&apos;s, for servers of a private PKI.</p>
      {form.caCertificates.map((path, index) => (
        <div key={index} className="input-row">
          <input className="input input-mono" aria-label={`CA certificate file ${index + 1}`} value={path} placeholder="/home/me/certs/corp-ca.pem" onChange={(e) => form.setCaCertificates(form.caCertificates.map((p, at) => (at === index ? e.target.value : p)))} data-testid="ca-path" />
          <button type="button" className="button button-small button-ghost" onClick={() => form.setCaCertificates(form.caCertificates.filter((_, at) => at !== index))} aria-label={`Remove CA certificate ${index + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={() => form.setCaCertificates([...form.caCertificates, ''])} data-testid="ca-add">
        Add CA certificate
      </button>
      {form.passphraseStorage !== undefined && <p className="muted">{STORAGE_NOTES[form.passphraseStorage]}</p>}
      {form.error !== undefined && (
        <p className="alert alert-error" role="alert" data-testid="certificates-error">
          {form.error}
        </p>
      )}
      <div className="certificates-actions">
        <button type="button" className="button button-primary" onClick={form.save} data-testid="certificates-save">
          Check and save
        </button>
        {form.saved && (
          <span className="muted" role="status" data-testid="certificates-saved">
            Saved: every file was read and each certificate matches its key.
          </span>
        )}
      </div>
    </Drawer>
  );
}
