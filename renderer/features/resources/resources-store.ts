/** Sidebar state the workspace shares: folded groups and the selected operation (the filter text lives in the sidebar). */
export interface ResourcesState {
  readonly collapsed: readonly string[];
  readonly selectedKey?: string;
}

export type ResourcesAction =
  | { readonly type: 'toggle-group'; readonly group: string }
  | { readonly type: 'select'; readonly key: string };

/** Every group open, nothing selected. */
export const initialResourcesState: ResourcesState = { collapsed: [] };

/** Reducer for the resources store. */
export function resourcesReducer(state: ResourcesState, action: ResourcesAction): ResourcesState {
  switch (action.type) {
    case 'toggle-group':
      return {
        ...state,
        collapsed: state.collapsed.includes(action.group) ? state.collapsed.filter((g) => g !== action.group) : [...state.collapsed, action.group],
      };
    case 'select':
      return { ...state, selectedKey: action.key };
  }
}
