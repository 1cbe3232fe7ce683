import { useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { environmentsReducer, initialEnvironmentsState } from '../../environments/environments-store';
import { useEnvironmentsPersistence } from '../../environments/use-environments-persistence';
import { authReducer, initialAuthState } from '../auth-store';
import { rememberAuth, rememberedAuth } from '../auth-memory';
import { RequestExtrasContext, type RequestExtrasStore } from '../request-extras';

interface Props {
  /** The open document (auth-memory's documentKey): its credentials carry over when it is opened again. */
  readonly documentKey: string;
  readonly children: ReactNode;
}

/** Holds credentials (memory only) and environments (saved, secrets apart) for the requests under it. */
export function RequestExtrasProvider({ documentKey, children }: Props) {
  const [auth, dispatchAuth] = useReducer(authReducer, documentKey, (key) => rememberedAuth(key) ?? initialAuthState);
  useEffect(() => rememberAuth(documentKey, auth), [documentKey, auth]);
  const [environments, dispatchEnvironments] = useReducer(environmentsReducer, initialEnvironmentsState);
  const persistence = useEnvironmentsPersistence(environments, dispatchEnvironments);
  const value = useMemo((): RequestExtrasStore => ({ auth, dispatchAuth, environments, dispatchEnvironments, persistence }), [auth, environments, persistence]);
  return <RequestExtrasContext.Provider value={value}>{children}</RequestExtrasContext.Provider>;
}
