/** The resources feature: filtered groups and the selection, for one open document. */
import { useCallback, useDeferredValue, useMemo, useReducer } from 'react';
import type { OperationModel } from '../../../shared/model/api-model';
import { buildSearchIndex, flattenRows, groupOperations, type OperationGroup, type SidebarRow } from './filter-operations';
import { initialResourcesState, resourcesReducer } from './resources-store';

export interface Resources {
  readonly filter: string;
  readonly groups: readonly OperationGroup[];
  /** The groups flattened into the rows the windowed list draws. */
  readonly rows: readonly SidebarRow[];
  readonly isCollapsed: (group: string) => boolean;
  readonly selected?: OperationModel;
  readonly setFilter: (text: string) => void;
  readonly toggleGroup: (group: string) => void;
  readonly select: (key: string) => void;
}

/** Sidebar state and derived groups for the given operations. */
export function useResources(operations: readonly OperationModel[]): Resources {
  const [state, dispatch] = useReducer(resourcesReducer, initialResourcesState);
  const index = useMemo(() => buildSearchIndex(operations), [operations]);
  // The input shows each keystroke at once; the list follows as soon as React has a moment.
  const filter = useDeferredValue(state.filter);
  const groups = useMemo(() => groupOperations(operations, filter, index), [operations, filter, index]);
  const selected = useMemo(() => operations.find((op) => op.key === state.selectedKey), [operations, state.selectedKey]);
  const filtering = filter.trim() !== '';
  // While filtering every group is open: a match hidden in a folded group looks like no match.
  const isCollapsed = useCallback((group: string) => !filtering && state.collapsed.includes(group), [filtering, state.collapsed]);
  const rows = useMemo(() => flattenRows(groups, isCollapsed), [groups, isCollapsed]);
  const setFilter = useCallback((text: string) => dispatch({ type: 'filter', text }), []);
  const toggleGroup = useCallback((group: string) => dispatch({ type: 'toggle-group', group }), []);
  const select = useCallback((key: string) => dispatch({ type: 'select', key }), []);
  return { filter: state.filter, groups, rows, isCollapsed, selected, setFilter, toggleGroup, select };
}
