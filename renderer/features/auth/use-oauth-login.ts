/**
 * One scheme's interactive OAuth 2.0 login (authorization code with PKCE, or device code) through
 * the main process, and the stored token's status, refresh, clear and the API origins it goes to. The token itself goes into
 * the scheme's credentials (window memory, masked), the refresh token never leaves the main process.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoginResult, LoginSettings, LoginStart } from '../../../shared/auth/login-inputs';
import type { TokenStatus } from '../../../shared/auth/token-file';
import { api } from '../../lib/api';

export interface OAuthLoginState {
  /** The login under way: the address opened or the device code to show. */
  readonly pending?: LoginStart;
  readonly error?: string;
  readonly status?: TokenStatus;
  readonly busy: boolean;
  readonly login: (settings: LoginSettings) => Promise<void>;
  readonly cancel: () => void;
  readonly refresh: () => Promise<void>;
  readonly clear: () => Promise<void>;
  /** Stops the kept token from going to `origin`; true once removed (the error is shown otherwise). */
  readonly revokeOrigin: (origin: string) => Promise<boolean>;
}

interface Target {
  /** tokenCacheKey of the settings now in the fields. */
  readonly key: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  /** True when the credentials already carry this login's token. */
  readonly hasToken: boolean;
  /** Puts a new token into the scheme's credentials (or takes it out). */
  readonly onToken: (result: LoginResult | undefined) => void;
}

/** The login and token status for the settings `target` names. */
export function useOAuthLogin(target: Target): OAuthLoginState {
  const [pending, setPending] = useState<LoginStart>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<TokenStatus>();
  const [busy, setBusy] = useState(false);
  const { key, tokenUrl, clientId, hasToken } = target;
  const onToken = useRef(target.onToken);
  onToken.current = target.onToken;

  const readStatus = useCallback(async () => {
    if (clientId === '' || tokenUrl === '') return setStatus(undefined);
    const result = await api['auth:token-status']({ key, tokenUrl, clientId });
    setStatus(result.ok ? result.value.status : undefined);
  }, [key, tokenUrl, clientId]);
  useEffect(() => void readStatus(), [readStatus]);

  // A token kept from an earlier login (this window, another one, or before a restart) is used, refreshed if due.
  const kept = status !== undefined && status.key === key;
  useEffect(() => {
    if (!kept || hasToken) return;
    void api['auth:token-use']({ key, tokenUrl, clientId }).then((result) => {
      if (result.ok) onToken.current(result.value);
    });
  }, [kept, hasToken, key, tokenUrl, clientId]);

  const login = useCallback(
    async (settings: LoginSettings) => {
      setError(undefined);
      setBusy(true);
      try {
        const started = await api['auth:login-start'](settings);
        if (!started.ok) return setError(started.error.message);
        // The browser host cannot open the system browser: the page opens the address in a new window.
        if (started.value.flow === 'authorizationCode' && !started.value.opened) window.open(started.value.authorizationAddress, '_blank', 'noopener');
        setPending(started.value);
        const done = await api['auth:login-wait']({ loginId: started.value.loginId });
        setPending(undefined);
        if (!done.ok) return setError(done.error.code === 'login-cancelled' ? undefined : done.error.message);
        onToken.current(done.value);
        await readStatus();
      } finally {
        setBusy(false);
      }
    },
    [readStatus],
  );

  const cancel = useCallback(() => {
    if (pending !== undefined) void api['auth:login-cancel']({ loginId: pending.loginId });
  }, [pending]);

  const refresh = useCallback(async () => {
    setError(undefined);
    const result = await api['auth:token-refresh']({ key, tokenUrl, clientId });
    if (!result.ok) {
      setError(result.error.message);
      onToken.current(undefined);
    } else onToken.current(result.value);
    await readStatus();
  }, [key, tokenUrl, clientId, readStatus]);

  const clear = useCallback(async () => {
    setError(undefined);
    await api['auth:token-clear']({ key, tokenUrl, clientId });
    onToken.current(undefined);
    await readStatus();
  }, [key, tokenUrl, clientId, readStatus]);

  const revokeOrigin = useCallback(
    async (origin: string): Promise<boolean> => {
      setError(undefined);
      const result = await api['auth:token-revoke-origin']({ key, tokenUrl, clientId, origin });
      if (!result.ok) setError(result.error.message);
      // The credentials take the origins left, so a send to the removed one is held again.
      else onToken.current(result.value);
      await readStatus();
      return result.ok;
    },
    [key, tokenUrl, clientId, readStatus],
  );

  return { busy, login, cancel, refresh, clear, revokeOrigin, ...(pending === undefined ? {} : { pending }), ...(error === undefined ? {} : { error }), ...(status === undefined ? {} : { status }) };
}
