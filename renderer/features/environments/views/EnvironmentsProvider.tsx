import { useMemo, useReducer, type ReactNode } from 'react';
import { EnvironmentsContext, type EnvironmentsStore } from '../environments-context';
import { environmentsReducer, initialEnvironmentsState } from '../environments-store';
import { useEnvironmentsPersistence } from '../use-environments-persistence';

/** Loads the saved environments once for the window and keeps every change (secrets apart, in memory when there is no keychain). */
export function EnvironmentsProvider({ children }: { readonly children: ReactNode }) {
  const [environments, dispatchEnvironments] = useReducer(environmentsReducer, initialEnvironmentsState);
  const persistence = useEnvironmentsPersistence(environments, dispatchEnvironments);
  const value = useMemo((): EnvironmentsStore => ({ environments, dispatchEnvironments, persistence }), [environments, persistence]);
  return <EnvironmentsContext.Provider value={value}>{children}</EnvironmentsContext.Provider>;
}
