/**
 * The interactive login (or client credentials token) of a request's own OAuth 2.0 auth: its token
 * lives in this tab's memory (never in the draft, so it is never saved). A login's token comes back
 * from the token store when the tab opens again and is renewed before it lapses, as an operation's
 * login is; a client credentials token is fetched again at a click, from the main process's cache.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { SchemeCredentials } from '../../../shared/auth/apply-auth';
import { heldTokenKeyOf, isClientCredentialsGrant, loginSettingsOf, needsLoginToken, takesHeldToken, type FieldFiller } from '../../../shared/auth/oauth2-auth-login';
import type { Auth } from '../../../shared/collections/format-v1';
import { substitute } from '../../../shared/environments/substitute';
import { api } from '../../lib/api';
import { authReducer, initialAuthState } from '../auth/auth-store';
import { useOAuthAutoRefresh } from '../auth/use-oauth-auto-refresh';

// The one scheme of a request's own auth, in the auth store's shape (which the auto refresh reads).
const SCHEME = 'request';

export interface DocumentLogin {
  /** The login token, its key and expiry (the fields themselves are the draft's). */
  readonly credentials: SchemeCredentials;
  readonly set: (patch: Partial<SchemeCredentials>) => void;
  /** Fills a field's {{variables}} as they resolve now, trimmed. */
  readonly fill: FieldFiller;
  /** The key a token for the fields as they are now is held under (set it as `oauthKey` with the token). */
  readonly key?: string;
  /** The token to send, when the login for the fields as they are now gave one. */
  readonly token?: string;
  /** Set while a kept login token for these fields is being looked up: a send now would go without it. */
  readonly waiting?: string;
  /** Why the request cannot be sent as it is: its auth takes a token the tab does not hold yet. */
  readonly missing?: string;
  /** Lets the kept login's token go to `origin` from now on (recorded with the token); the error's message when it could not. */
  readonly allowOrigin: (origin: string) => Promise<string | undefined>;
}

/** The login state for `auth` (the request's own), with `values` for its {{variables}}. */
export function useDocumentLogin(auth: Auth, values: Readonly<Record<string, string>>): DocumentLogin {
  const [state, dispatch] = useReducer(authReducer, initialAuthState);
  useOAuthAutoRefresh(state, dispatch);
  const fill = useCallback<FieldFiller>((text) => substitute(text, values).text.trim(), [values]);
  const credentials = useMemo(() => state.credentials[SCHEME] ?? {}, [state.credentials]);
  const set = useCallback((patch: Partial<SchemeCredentials>) => dispatch({ type: 'set', scheme: SCHEME, patch }), []);
  const key = takesHeldToken(auth) ? heldTokenKeyOf(auth, fill) : undefined;
  const held = key !== undefined && credentials.oauthKey === key && credentials.token ? credentials.token : undefined;

  // A token kept from an earlier login (another tab, the operation's form, before a restart) is used without the Auth section open.
  const login = needsLoginToken(auth) ? loginSettingsOf(auth, fill) : undefined;
  const tokenUrl = login?.tokenUrl ?? '';
  const clientId = login?.clientId ?? '';
  // The key whose kept token was looked up (found or not), so a send waits for the answer rather than going without.
  const [lookedUp, setLookedUp] = useState<string>();
  const lookingUp = login !== undefined && key !== undefined && held === undefined && tokenUrl !== '' && clientId !== '' && lookedUp !== key;
  useEffect(() => {
    if (!lookingUp || key === undefined) return;
    let current = true;
    void api['auth:token-use']({ key, tokenUrl, clientId }).then((result) => {
      if (!current) return;
      if (result.ok) set({ token: result.value.accessToken, oauthKey: result.value.key, tokenExpiresAt: result.value.expiresAt, tokenOrigins: result.value.origins });
      setLookedUp(key);
    });
    return () => {
      current = false;
    };
  }, [lookingUp, key, tokenUrl, clientId, set]);

  const heldKey = credentials.oauthKey;
  const allowOrigin = useCallback(
    async (origin: string): Promise<string | undefined> => {
      if (heldKey === undefined) return 'No kept login token is held for this request.';
      const result = await api['auth:token-allow-origin']({ key: heldKey, tokenUrl, clientId, origin });
      if (!result.ok) return result.error.message;
      set({ token: result.value.accessToken, tokenExpiresAt: result.value.expiresAt, tokenOrigins: result.value.origins });
      return undefined;
    },
    [heldKey, tokenUrl, clientId, set],
  );

  // Without a token the request would go out with no Authorization at all, and the server's 401 would be the only word.
  const missing = key !== undefined && held === undefined && !lookingUp ? missingTokenReason(auth) : undefined;
  return {
    credentials,
    set,
    fill,
    allowOrigin,
    ...(key === undefined ? {} : { key }),
    ...(held === undefined ? {} : { token: held }),
    ...(lookingUp ? { waiting: 'Looking for a token kept from an earlier login with these settings…' } : {}),
    ...(missing === undefined ? {} : { missing }),
  };
}

function missingTokenReason(auth: Auth): string {
  if (auth.type === 'oauth2' && isClientCredentialsGrant(auth.grantType)) return 'No token yet: press Get token under Auth, or type an access token there.';
  return 'No token yet: log in under Auth (Log in, or Get a device code), or type an access token there.';
}
