/** Puts the API keys and bearer tokens a reopened saved request carries into its schemes' fields, where none is typed. */
import { useCallback } from 'react';
import type { SchemeCredentials } from '../../../shared/auth/apply-auth';
import { useRequestExtrasStore } from './request-extras';

/**
 * The file's key header ({{scheme.apiKey}}) goes into the scheme's key field, and its bearer token
 * ({{scheme.token}}) into the token field, as they were typed before the save; a value typed for the
 * document since then is the person's and stays.
 */
export function useFillSavedKeys(): (keys: Readonly<Record<string, SchemeCredentials>>) => void {
  const store = useRequestExtrasStore();
  const typed = store?.auth.credentials;
  const dispatchAuth = store?.dispatchAuth;
  return useCallback(
    (keys) => {
      for (const [scheme, patch] of Object.entries(keys)) {
        const field = patch.apiKey !== undefined ? 'apiKey' : 'token';
        if ((typed?.[scheme]?.[field] ?? '') === '') dispatchAuth?.({ type: 'set', scheme, patch });
      }
    },
    [typed, dispatchAuth],
  );
}
