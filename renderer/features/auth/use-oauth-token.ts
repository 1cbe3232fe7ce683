/** Asks the main process for an OAuth 2.0 token (auth:token) and reports how it went. */
import { useCallback, useState } from 'react';
import type { InputOf } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';

export interface OAuthTokenState {
  readonly busy: boolean;
  readonly error?: string;
  /** "Token valid until 14:05 (from cache)". */
  readonly note?: string;
  readonly fetchToken: (input: InputOf<'auth:token'>) => Promise<string | undefined>;
}

/** The token fetch for one scheme's fields. */
export function useOAuthToken(): OAuthTokenState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string>();
  const fetchToken = useCallback(async (input: InputOf<'auth:token'>) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await api['auth:token'](input);
      if (!result.ok) {
        setError(result.error.message);
        return undefined;
      }
      const until = result.value.expiresAt === undefined ? 'no expiry given' : `valid until ${new Date(result.value.expiresAt).toLocaleTimeString()}`;
      setNote(`Token ${until}${result.value.cached ? ' (from cache)' : result.value.refreshed === true ? ' (renewed with its refresh token)' : ''}.`);
      return result.value.accessToken;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, note, fetchToken };
}
