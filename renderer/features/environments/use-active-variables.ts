/** The active environment's name and variables, for features that send outside the editor (runner, verify). */
import { useMemo } from 'react';
import { variableMap } from '../../../shared/environments/substitute';
import { useEnvironmentsStore } from './environments-context';

export interface ActiveVariables {
  readonly name?: string;
  readonly values: Record<string, string>;
}

/** The active environment as it is now, in-memory secret values included: an edit shows in the next run at once. */
export function useActiveVariables(): ActiveVariables {
  const store = useEnvironmentsStore();
  return useMemo(() => {
    const env = store?.environments.environments.find((e) => e.id === store.environments.activeId);
    return { ...(env ? { name: env.name } : {}), values: variableMap(env) };
  }, [store]);
}
