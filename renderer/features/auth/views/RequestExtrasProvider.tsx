import { useMemo, useReducer, type ReactNode } from 'react';
import { environmentsReducer, initialEnvironmentsState } from '../../environments/environments-store';
import { useEnvironmentsPersistence } from '../../environments/use-environments-persistence';
import { authReducer, initialAuthState } from '../auth-store';
import { RequestExtrasContext, type RequestExtrasStore } from '../request-extras';

/** Holds credentials (memory only) and environments (saved, secrets apart) for the requests under it. */
export function RequestExtrasProvider({ children }: { readonly children: ReactNode }) {
  const [auth, dispatchAuth] = useReducer(authReducer, initialAuthState);
  const [environments, dispatchEnvironments] = useReducer(environmentsReducer, initialEnvironmentsState);
  const persistence = useEnvironmentsPersistence(environments, dispatchEnvironments);
  const value = useMemo((): RequestExtrasStore => ({ auth, dispatchAuth, environments, dispatchEnvironments, persistence }), [auth, environments, persistence]);
  return <RequestExtrasContext.Provider value={value}>{children}</RequestExtrasContext.Provider>;
}
