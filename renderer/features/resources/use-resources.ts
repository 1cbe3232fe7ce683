/** The resources feature: filtered groups and the selection, for one open document. */
import { useCallback, useMemo, useReducer } from 'react';
import type { OperationModel } from '../../../shared/model/api-model';
import { groupOperations, type OperationGroup } from './filter-operations';
import { initialResourcesState, resourcesReducer } from './resources-store';

export interface Resources {
  readonly filter: string;
  readonly groups: readonly OperationGroup[];
  readonly isCollapsed: (group: string) => boolean;
  readonly selected?: OperationModel;
  readonly setFilter: (text: string) => void;
  readonly toggleGroup: (group: string) => void;
  readonly select: (key: string) => void;
}

/** Sidebar state and derived groups for the given operations. */
export function useResources(operations: readonly OperationModel[]): Resources {
  const [state, dispatch] = useReducer(resourcesReducer, initialResourcesState);
  const groups = useMemo(() => groupOperations(operations, state.filter), [operations, state.filter]);
  const selected = useMemo(() => operations.find((op) => op.key === state.selectedKey), [operations, state.selectedKey]);
  const filtering = state.filter.trim() !== '';
  // While filtering every group is open: a match hidden in a folded group looks like no match.
  const isCollapsed = useCallback((group: string) => !filtering && state.collapsed.includes(group), [filtering, state.collapsed]);
  const setFilter = useCallback((text: string) => dispatch({ type: 'filter', text }), []);
  const toggleGroup = useCallback((group: string) => dispatch({ type: 'toggle-group', group }), []);
  const select = useCallback((key: string) => dispatch({ type: 'select', key }), []);
  return { filter: state.filter, groups, isCollapsed, selected, setFilter, toggleGroup, select };
}
