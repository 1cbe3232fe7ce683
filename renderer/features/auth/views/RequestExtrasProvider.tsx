import { useMemo, useReducer, type ReactNode } from 'react';
import { environmentsReducer, initialEnvironmentsState } from '../../environments/environments-store';
import { authReducer, initialAuthState } from '../auth-store';
import { RequestExtrasContext } from '../request-extras';

/** Holds credentials and environments for the requests under it. */
export function RequestExtrasProvider({ children }: { readonly children: ReactNode }) {
  const [auth, dispatchAuth] = useReducer(authReducer, initialAuthState);
  const [environments, dispatchEnvironments] = useReducer(environmentsReducer, initialEnvironmentsState);
  const value = useMemo(() => ({ auth, dispatchAuth, environments, dispatchEnvironments, secretStorage: 'none' as const }), [auth, environments]);
  return <RequestExtrasContext.Provider value={value}>{children}</RequestExtrasContext.Provider>;
}
