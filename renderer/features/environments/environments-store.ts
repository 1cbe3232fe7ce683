/** Named sets of {{variables}}, one of them active. */
import type { Environment, EnvironmentVariable } from '../../../shared/environments/substitute';

export interface EnvironmentsState {
  readonly environments: readonly Environment[];
  readonly activeId?: string;
}

export type EnvironmentsAction =
  | { readonly type: 'replace'; readonly state: EnvironmentsState }
  | { readonly type: 'add'; readonly env: Environment }
  /** Environments an import brought along: added to the list, the active one left as it is. */
  | { readonly type: 'append'; readonly envs: readonly Environment[] }
  | { readonly type: 'rename'; readonly id: string; readonly name: string }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'activate'; readonly id?: string }
  | { readonly type: 'set-variables'; readonly id: string; readonly variables: readonly EnvironmentVariable[] };

export const initialEnvironmentsState: EnvironmentsState = { environments: [] };

/** The environments reducer. */
export function environmentsReducer(state: EnvironmentsState, action: EnvironmentsAction): EnvironmentsState {
  const map = (id: string, fn: (env: Environment) => Environment): EnvironmentsState => ({ ...state, environments: state.environments.map((e) => (e.id === id ? fn(e) : e)) });
  switch (action.type) {
    case 'replace':
      return action.state;
    case 'add':
      return { environments: [...state.environments, action.env], activeId: action.env.id };
    case 'append':
      return { ...state, environments: [...state.environments, ...action.envs] };
    case 'rename':
      return map(action.id, (e) => ({ ...e, name: action.name }));
    case 'remove': {
      const environments = state.environments.filter((e) => e.id !== action.id);
      return state.activeId === action.id ? { environments } : { ...state, environments };
    }
    case 'activate':
      return action.id === undefined ? { environments: state.environments } : { ...state, activeId: action.id };
    case 'set-variables':
      return map(action.id, (e) => ({ ...e, variables: action.variables }));
  }
}
