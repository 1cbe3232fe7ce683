/**
 * The interactive login of a request's own OAuth 2.0 auth: its token lives in this tab's memory (never
 * in the draft, so it is never saved), comes back from the token store when the tab opens again, and
 * is renewed before it lapses, as an operation's login is.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { SchemeCredentials } from '../../../shared/auth/apply-auth';
import { loginKeyOf, loginSettingsOf, needsLoginToken, type FieldFiller } from '../../../shared/auth/oauth2-auth-login';
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
  /** The token to send, when the login for the fields as they are now gave one. */
  readonly token?: string;
}

/** The login state for `auth` (the request's own), with `values` for its {{variables}}. */
export function useDocumentLogin(auth: Auth, values: Readonly<Record<string, string>>): DocumentLogin {
  const [state, dispatch] = useReducer(authReducer, initialAuthState);
  useOAuthAutoRefresh(state, dispatch);
  const fill = useCallback<FieldFiller>((text) => substitute(text, values).text.trim(), [values]);
  const credentials = useMemo(() => state.credentials[SCHEME] ?? {}, [state.credentials]);
  const set = useCallback((patch: Partial<SchemeCredentials>) => dispatch({ type: 'set', scheme: SCHEME, patch }), []);
  const login = needsLoginToken(auth) ? { key: loginKeyOf(auth, fill), ...loginSettingsOf(auth, fill) } : undefined;
  const key = login?.key;
  const held = key !== undefined && credentials.oauthKey === key && credentials.token ? credentials.token : undefined;

  // A token kept from an earlier login (another tab, the operation's form, before a restart) is used without the Auth section open.
  const tokenUrl = login?.tokenUrl ?? '';
  const clientId = login?.clientId ?? '';
  useEffect(() => {
    if (key === undefined || held !== undefined || tokenUrl === '' || clientId === '') return;
    let current = true;
    void api['auth:token-use']({ key, tokenUrl, clientId }).then((result) => {
      if (current && result.ok) set({ token: result.value.accessToken, oauthKey: result.value.key, tokenExpiresAt: result.value.expiresAt });
    });
    return () => {
      current = false;
    };
  }, [key, held, tokenUrl, clientId, set]);

  return { credentials, set, fill, ...(held === undefined ? {} : { token: held }) };
}
