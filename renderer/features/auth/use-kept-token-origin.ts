/**
 * The open document's credentials hold a kept login's token per scheme: before a request carries one
 * to an origin it is not bound to, Send is held with the reason, and Allow records that origin with
 * the token (shared/auth/token-origins.ts says why).
 */
import { useCallback, useMemo, useState } from 'react';
import { heldForOriginMessage, keptTokenDecision } from '../../../shared/auth/token-origins';
import { api } from '../../lib/api';
import { useRequestExtrasStore } from './request-extras';

export interface TokenOriginHold {
  readonly message: string;
  /** The origin to allow; absent when the URL names none. */
  readonly origin?: string;
  /** Why allowing it failed (the token was cleared meanwhile...). */
  readonly error?: string;
}

export interface KeptTokenOrigin {
  /** Set while a kept token of `applied` would go to an origin it is not bound to. */
  readonly held?: TokenOriginHold;
  readonly allow: () => void;
}

/** Whether the credentials of the `applied` schemes may go to `url`; undefined `url` holds nothing (nothing can be sent). */
export function useKeptTokenOrigin(applied: readonly string[], url: string | undefined): KeptTokenOrigin {
  const store = useRequestExtrasStore();
  const credentials = store?.auth.credentials;
  const found = useMemo(() => {
    if (url === undefined || credentials === undefined) return undefined;
    for (const scheme of applied) {
      const c = credentials[scheme];
      const decision = c === undefined ? { send: true as const } : keptTokenDecision(c, url);
      if (!decision.send) return { scheme, decision, key: c?.oauthKey, clientId: c?.clientId ?? '' };
    }
    return undefined;
  }, [applied, url, credentials]);
  const [error, setError] = useState<{ origin?: string; message: string }>();
  const dispatch = store?.dispatchAuth;
  const allow = useCallback(() => {
    const origin = found?.decision.origin;
    if (found === undefined || origin === undefined || found.key === undefined || dispatch === undefined) return;
    const { scheme } = found;
    void api['auth:token-allow-origin']({ key: found.key, tokenUrl: '', clientId: found.clientId, origin }).then((result) => {
      if (!result.ok) return setError({ origin, message: result.error.message });
      setError(undefined);
      dispatch({ type: 'set', scheme, patch: { token: result.value.accessToken, tokenExpiresAt: result.value.expiresAt, tokenOrigins: result.value.origins } });
    });
  }, [found, dispatch]);
  if (found === undefined) return { allow };
  const { decision } = found;
  const held: TokenOriginHold = {
    message: heldForOriginMessage(decision),
    ...(decision.origin === undefined ? {} : { origin: decision.origin }),
    ...(error !== undefined && error.origin === decision.origin ? { error: error.message } : {}),
  };
  return { held, allow };
}
