/** The resources feature: the operations of one open document, folded groups and the selection. */
import { useCallback, useMemo, useReducer } from 'react';
import type { OperationOutline } from '../../../shared/model/api-model';
import { initialResourcesState, resourcesReducer } from './resources-store';

export interface Resources {
  readonly operations: readonly OperationOutline[];
  /** Groups the person folded; the filter opens them all while it is set. */
  readonly collapsed: readonly string[];
  readonly selected?: OperationOutline;
  readonly toggleGroup: (group: string) => void;
  readonly select: (key: string) => void;
  /** A double click: opens the operation to stay (the workspace's tabs; absent in the outline). */
  readonly pin?: (key: string) => void;
}

/**
 * Sidebar state that the workspace needs too (the selection). The filter text lives in the
 * sidebar itself (use-operation-filter), so a keystroke re-renders the list and not the open form.
 */
export function useResources(operations: readonly OperationOutline[]): Resources {
  const [state, dispatch] = useReducer(resourcesReducer, initialResourcesState);
  const selected = useMemo(() => operations.find((op) => op.key === state.selectedKey), [operations, state.selectedKey]);
  const toggleGroup = useCallback((group: string) => dispatch({ type: 'toggle-group', group }), []);
  const select = useCallback((key: string) => dispatch({ type: 'select', key }), []);
  return useMemo(
    () => ({ operations, collapsed: state.collapsed, selected, toggleGroup, select }),
    [operations, state.collapsed, selected, toggleGroup, select],
  );
}
