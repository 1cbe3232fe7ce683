/** Puts the API keys a reopened saved request carries into its schemes' key fields, where none is typed. */
import { useCallback } from 'react';
import { useRequestExtrasStore } from './request-extras';

/**
 * The file's key header ({{scheme.apiKey}}) goes into the scheme's key field, as it was typed before the
 * save; a key typed for the document since then is the person's and stays.
 */
export function useFillSavedKeys(): (keys: Readonly<Record<string, string>>) => void {
  const store = useRequestExtrasStore();
  const typed = store?.auth.credentials;
  const dispatchAuth = store?.dispatchAuth;
  return useCallback(
    (keys) => {
      for (const [scheme, apiKey] of Object.entries(keys)) if ((typed?.[scheme]?.apiKey ?? '') === '') dispatchAuth?.({ type: 'set', scheme, patch: { apiKey } });
    },
    [typed, dispatchAuth],
  );
}
