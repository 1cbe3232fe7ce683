/**
 * The one-click fill of a missing {{variable}}: set it in the active environment, or in a new one
 * when none is active. The change is planned here and refused when the list would no longer fit its
 * limits (fit-to-limits), since env:save would then leave the new piece out of the file while the
 * screen showed it set; the editor's own Add and New buttons stop at the same limits.
 */
import { ENVIRONMENT_LIMITS } from './environment-limits';
import { fitToLimits, type LimitProblem } from './fit-to-limits';
import { quoted } from './import-limits';
import { count } from './limit-messages';
import type { Environment, EnvironmentVariable } from './substitute';

export type VariableFill =
  | { readonly kind: 'add'; readonly env: Environment }
  | { readonly kind: 'set-variables'; readonly id: string; readonly variables: readonly EnvironmentVariable[] }
  | { readonly kind: 'refused'; readonly reason: string };

/** How `variable` is set in `environments` (with `activeId` active; `newId` names an environment made for it), or why it is not. */
export function planVariableFill(environments: readonly Environment[], activeId: string | undefined, variable: EnvironmentVariable, newId: string): VariableFill {
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
  const before = new Set(fitToLimits(environments, environments).problems.map(problemKey));
  const added = fitToLimits(next, next).problems.find((problem) => !before.has(problemKey(problem)));
  return added === undefined ? plan : { kind: 'refused', reason: refusal(added, active?.name) };
}

function problemKey(problem: LimitProblem): string {
  return JSON.stringify([problem.field, problem.environmentId ?? '', problem.variableIndex ?? -1]);
}

function refusal(problem: LimitProblem, activeName: string | undefined): string {
  const limits = ENVIRONMENT_LIMITS;
  switch (problem.field) {
    case 'environments':
      return `Not set: no environment is active, and the list already holds ${count(limits.environments)} environments, the most it can. Pick an environment, or delete one you no longer need.`;
    case 'variables':
      return `Not set: ${quoted(activeName || 'Unnamed')} already holds ${count(limits.variablesPerEnvironment)} variables, the most an environment can. Remove ones it no longer needs, or pick another environment.`;
    case 'variable-name':
      return `Not set: this name is ${count(problem.size)} characters long, and a variable name holds at most ${count(limits.nameChars)}.`;
    case 'value':
      return `Not set: this value is ${count(problem.size)} characters long, and a value holds at most ${count(limits.valueChars)} (${limits.valueChars / 1024} KiB). Shorten it.`;
    case 'list-size':
      return `Not set: your environments together would hold ${count(problem.size)} characters, and the list holds at most ${count(limits.savedChars)}. Remove large values you no longer need.`;
    case 'id':
    case 'name':
      return `Not set: ${quoted(problem.environmentName || 'Unnamed')} is past a limit of the environment list. Fix it in the environment editor first.`;
  }
}
