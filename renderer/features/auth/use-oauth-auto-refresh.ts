/**
 * Renews each login token of the open document shortly before it expires (while the window is open),
 * so a send never goes out with a token that is about to lapse. A refused renewal empties the token:
 * Auth then says a login is needed.
 */
import { useEffect } from 'react';
import { REFRESH_MARGIN_MS } from '../../../shared/auth/token-status';
import { api } from '../../lib/api';
import type { AuthAction, AuthState } from './auth-store';

/** Schedules the renewals of `auth`'s login tokens. */
export function useOAuthAutoRefresh(auth: AuthState, dispatch: (action: AuthAction) => void): void {
  useEffect(() => {
    const timers = Object.entries(auth.credentials).flatMap(([scheme, c]) => {
      if (c.oauthKey === undefined || c.tokenExpiresAt === undefined || !c.token) return [];
      const key = c.oauthKey;
      const renew = async (): Promise<void> => {
        const result = await api['auth:token-use']({ key, tokenUrl: '', clientId: c.clientId ?? '' }).catch(() => undefined);
        if (result === undefined) return;
        dispatch({ type: 'set', scheme, patch: result.ok ? { token: result.value.accessToken, tokenExpiresAt: result.value.expiresAt, tokenOrigins: result.value.origins } : { token: '', tokenExpiresAt: undefined, tokenOrigins: undefined } });
      };
      return [setTimeout(() => void renew(), Math.max(0, c.tokenExpiresAt - REFRESH_MARGIN_MS - Date.now()))];
    });
    return () => timers.forEach(clearTimeout);
  }, [auth.credentials, dispatch]);
}
