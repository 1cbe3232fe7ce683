import { useMemo, useReducer, type ReactNode } from 'react';
import { useEnvironmentsStore } from '../../environments/environments-context';
import { initialEnvironmentsState } from '../../environments/environments-store';
import { authReducer, initialAuthState } from '../auth-store';
import { RequestExtrasContext, type RequestExtrasStore } from '../request-extras';

const NO_ENVIRONMENTS = { environments: initialEnvironmentsState, dispatchEnvironments: () => undefined };

/** Holds credentials (memory only) for the requests under it, beside the window's environments. */
export function RequestExtrasProvider({ children }: { readonly children: ReactNode }) {
  const [auth, dispatchAuth] = useReducer(authReducer, initialAuthState);
  const environments = useEnvironmentsStore() ?? NO_ENVIRONMENTS;
  const value = useMemo((): RequestExtrasStore => ({ auth, dispatchAuth, ...environments }), [auth, environments]);
  return <RequestExtrasContext.Provider value={value}>{children}</RequestExtrasContext.Provider>;
}
