import { useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { useEnvironmentsStore } from '../../environments/environments-context';
import { initialEnvironmentsState } from '../../environments/environments-store';
import { authReducer, initialAuthState } from '../auth-store';
import { rememberAuth, rememberedAuth } from '../auth-memory';
import { RequestExtrasContext, type RequestExtrasStore } from '../request-extras';
import { useOAuthAutoRefresh } from '../use-oauth-auto-refresh';

const NO_ENVIRONMENTS = { environments: initialEnvironmentsState, dispatchEnvironments: () => undefined };

interface Props {
  /** The open document (auth-memory's documentKey): its credentials carry over when it is opened again. */
  readonly documentKey: string;
  readonly children: ReactNode;
}

/** Holds credentials (memory only) for the requests under it, beside the window's environments. */
export function RequestExtrasProvider({ documentKey, children }: Props) {
  const [auth, dispatchAuth] = useReducer(authReducer, documentKey, (key) => rememberedAuth(key) ?? initialAuthState);
  useEffect(() => rememberAuth(documentKey, auth), [documentKey, auth]);
  useOAuthAutoRefresh(auth, dispatchAuth);
  const environments = useEnvironmentsStore() ?? NO_ENVIRONMENTS;
  const value = useMemo((): RequestExtrasStore => ({ auth, dispatchAuth, ...environments }), [auth, environments]);
  return <RequestExtrasContext.Provider value={value}>{children}</RequestExtrasContext.Provider>;
}
