/**
 * The one-click fill of a missing {{variable}}: set it in the active environment, or in a new one
 * when none is active. The change is planned here and refused when the list would no longer fit its
 * limits (fit-to-limits), since env:save would then leave the new piece out of the file while the
 * screen showed it set; the editor's own Add and New buttons stop at the same limits.
 */
import { fitToLimits, type FitMemo, type LimitProblem } from './fit-to-limits';
import { fillRefusal } from './limit-messages';
import type { Environment, EnvironmentVariable } from './substitute';

export type VariableFill =
  | { readonly kind: 'add'; readonly env: Environment }
  | { readonly kind: 'set-variables'; readonly id: string; readonly variables: readonly EnvironmentVariable[] }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * How `variable` is set in `environments` (with `activeId` active; `newId` names an environment made for
 * it), or why it is not. A `memo` kept across calls checks only the environment the fill changes.
 */
export function planVariableFill(environments: readonly Environment[], activeId: string | undefined, variable: EnvironmentVariable, newId: string, memo?: FitMemo): VariableFill {
  const active = environments.find((environment) => environment.id === activeId);
  let plan: Exclude<VariableFill, { kind: 'refused' }>;
  let next: Environment[];
  if (active === undefined) {
    const env: Environment = { id: newId, name: `Environment ${environments.length + 1}`, variables: [variable] };
    plan = { kind: 'add', env };
    next = [...environments, env];
  } else {
    const index = active.variables.findIndex((each) => each.name.trim() === variable.name);
    const variables = index < 0 ? [...active.variables, variable] : active.variables.map((each, i) => (i === index ? { ...each, value: variable.value } : each));
    plan = { kind: 'set-variables', id: active.id, variables };
    next = environments.map((environment) => (environment === active ? { ...active, variables } : environment));
  }
  const before = new Set(fitToLimits(environments, environments, memo).problems.map(problemKey));
  const added = fitToLimits(next, next, memo).problems.find((problem) => !before.has(problemKey(problem)));
  return added === undefined ? plan : { kind: 'refused', reason: fillRefusal(added, active?.name) };
}

function problemKey(problem: LimitProblem): string {
  return JSON.stringify([problem.field, problem.environmentId ?? '', problem.variableIndex ?? -1]);
}
