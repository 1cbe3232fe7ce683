/** The active environment's name and variables, read once `active` is true and again on every change of `version`. */
import { useEffect, useState } from 'react';
import { variableMap } from '../../../shared/environments/substitute';
import { api } from '../../lib/api';

export interface ActiveVariables {
  readonly name?: string;
  readonly values: Record<string, string>;
}

/** Reads the active environment for a feature that runs requests outside the editor (runner, verify). */
export function useActiveVariables(active: boolean, version = 0): ActiveVariables {
  const [variables, setVariables] = useState<ActiveVariables>({ values: {} });
  useEffect(() => {
    if (!active) return;
    let current = true;
    void api['env:load']({}).then((result) => {
      if (!current || !result.ok) return;
      const env = result.value.environments.find((e) => e.id === result.value.activeId);
      setVariables({ ...(env ? { name: env.name } : {}), values: variableMap(env) });
    });
    return () => {
      current = false;
    };
  }, [active, version]);
  return variables;
}
