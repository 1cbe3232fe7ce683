/** Gives a {{variable}} a value in the active environment (one made when none is active): the one-click fill of a missing name. */
import { useCallback } from 'react';
import { useRequestExtrasStore } from '../auth/request-extras';

// A name that reads like a credential is kept as a secret (masked, never written with the rest).
const SECRET_NAME = /(key|token|secret|password|credential)/i;

/** The setter, or undefined outside a workspace (nothing to set it in). */
export function useSetVariable(): ((name: string, value: string) => void) | undefined {
  const store = useRequestExtrasStore();
  const set = useCallback(
    (name: string, value: string) => {
      if (store === undefined) return;
      const { environments, activeId } = store.environments;
      const variable = { name, value, secret: SECRET_NAME.test(name) };
      const active = environments.find((e) => e.id === activeId);
      if (active === undefined) {
        store.dispatchEnvironments({ type: 'add', env: { id: crypto.randomUUID(), name: `Environment ${environments.length + 1}`, variables: [variable] } });
        return;
      }
      const index = active.variables.findIndex((v) => v.name.trim() === name);
      const variables = index < 0 ? [...active.variables, variable] : active.variables.map((v, i) => (i === index ? { ...v, value } : v));
      store.dispatchEnvironments({ type: 'set-variables', id: active.id, variables });
    },
    [store],
  );
  return store === undefined ? undefined : set;
}
