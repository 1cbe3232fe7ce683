/** Sidebar state: the filter text, folded groups and the selected operation. */
export interface ResourcesState {
  readonly filter: string;
  readonly collapsed: readonly string[];
  readonly selectedKey?: string;
}

export type ResourcesAction =
  | { readonly type: 'filter'; readonly text: string }
  | { readonly type: 'toggle-group'; readonly group: string }
  | { readonly type: 'select'; readonly key: string };

/** No filter, every group open, nothing selected. */
export const initialResourcesState: ResourcesState = { filter: '', collapsed: [] };

/** Reducer for the resources store. */
export function resourcesReducer(state: ResourcesState, action: ResourcesAction): ResourcesState {
  switch (action.type) {
    case 'filter':
      return { ...state, filter: action.text };
    case 'toggle-group':
      return {
        ...state,
        collapsed: state.collapsed.includes(action.group) ? state.collapsed.filter((g) => g !== action.group) : [...state.collapsed, action.group],
      };
    case 'select':
      return { ...state, selectedKey: action.key };
  }
}
