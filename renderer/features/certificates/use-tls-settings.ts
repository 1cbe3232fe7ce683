/** The certificate settings form: loads the app's settings, keeps the edits, and saves them through the api. */
import { useCallback, useEffect, useState } from 'react';
import type { TlsSettingsView } from '../../../shared/tls/tls-settings';
import { api } from '../../lib/api';
import { draftsOf, settingsOf, type CertificateDraft } from './certificate-drafts';

export interface TlsSettingsForm {
  readonly drafts: readonly CertificateDraft[];
  readonly caCertificates: readonly string[];
  readonly passphraseStorage?: TlsSettingsView['passphraseStorage'];
  readonly error?: string;
  readonly saved: boolean;
  readonly setDrafts: (drafts: readonly CertificateDraft[]) => void;
  readonly setCaCertificates: (paths: readonly string[]) => void;
  readonly save: () => void;
}

/** Loads when `shown`; edits stay in the form until saved (a refused save keeps them). */
export function useTlsSettings(shown: boolean): TlsSettingsForm {
  const [drafts, setDraftsState] = useState<readonly CertificateDraft[]>([]);
  const [caCertificates, setCaState] = useState<readonly string[]>([]);
  const [view, setView] = useState<TlsSettingsView>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const take = useCallback((loaded: TlsSettingsView) => {
    setView(loaded);
    setDraftsState(draftsOf(loaded));
    setCaState(loaded.caCertificates);
  }, []);
  useEffect(() => {
    if (!shown) return;
    void api['tls:load']({}).then((result) => (result.ok ? take(result.value) : setError(result.error.message)));
  }, [shown, take]);
  const setDrafts = useCallback((next: readonly CertificateDraft[]) => {
    setSaved(false);
    setDraftsState(next);
  }, []);
  const setCaCertificates = useCallback((next: readonly string[]) => {
    setSaved(false);
    setCaState(next);
  }, []);
  const save = useCallback(() => {
    const settings = settingsOf(drafts, caCertificates);
    void api['tls:save']({ clientCertificates: [...settings.clientCertificates], caCertificates: [...settings.caCertificates] }).then((result) => {
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(undefined);
      setSaved(true);
      take(result.value);
    });
  }, [drafts, caCertificates, take]);
  return { drafts, caCertificates, ...(view ? { passphraseStorage: view.passphraseStorage } : {}), ...(error === undefined ? {} : { error }), saved, setDrafts, setCaCertificates, save };
}
