/** Gives a {{variable}} a value in the active environment (one made when none is active): the one-click fill of a missing name. */
import { useCallback, useState } from 'react';
import { fitMemo } from '../../../shared/environments/fit-to-limits';
import { planVariableFill } from '../../../shared/environments/variable-fill';
import { useRequestExtrasStore } from '../auth/request-extras';

const SECRET_NAME = /(key|token|secret|password|credential)/i;

/** A name that reads like a credential: its value is typed masked and kept as a secret (never written with the rest). */
export function readsAsSecret(name: string): boolean {
  return SECRET_NAME.test(name);
}

export interface VariableSetter {
  /** Why `name` = `value` would not be set (the list would pass a limit), or undefined when it would. */
  readonly refusal: (name: string, value: string) => string | undefined;
  /** Sets it; does nothing when refused. */
  readonly set: (name: string, value: string) => void;
}

/** The setter, or undefined outside a workspace (nothing to set it in). */
export function useSetVariable(): VariableSetter | undefined {
  const store = useRequestExtrasStore();
  const environments = store?.environments;
  // Kept across keystrokes of the fill: each plan checks only the environment it would change.
  const [memo] = useState(fitMemo);
  const plan = useCallback(
    (name: string, value: string) => (environments === undefined ? undefined : planVariableFill(environments.environments, environments.activeId, { name, value, secret: readsAsSecret(name) }, crypto.randomUUID(), memo)),
    [environments, memo],
  );
  const refusal = useCallback((name: string, value: string) => {
    const planned = plan(name, value);
    return planned?.kind === 'refused' ? planned.reason : undefined;
  }, [plan]);
  const dispatch = store?.dispatchEnvironments;
  const set = useCallback(
    (name: string, value: string) => {
      const planned = plan(name, value);
      if (planned === undefined || dispatch === undefined || planned.kind === 'refused') return;
      if (planned.kind === 'add') dispatch({ type: 'add', env: planned.env });
      else dispatch({ type: 'set-variables', id: planned.id, variables: planned.variables });
    },
    [plan, dispatch],
  );
  return store === undefined ? undefined : { refusal, set };
}
