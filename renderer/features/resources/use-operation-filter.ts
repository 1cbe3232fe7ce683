/** The sidebar's filter: its text, and the groups and rows it leaves, answered per keystroke from a prebuilt index. */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { OperationOutline } from '../../../shared/model/api-model';
import { buildSearchIndex, flattenRows, groupOperations, type OperationGroup, type SidebarRow } from './filter-operations';

export interface OperationFilter {
  readonly filter: string;
  readonly setFilter: (text: string) => void;
  readonly groups: readonly OperationGroup[];
  /** The groups flattened into the rows the windowed list draws. */
  readonly rows: readonly SidebarRow[];
}

/** Filter state for the list of `operations`, with `collapsed` groups folded unless a filter is set; `initialFilter` carries text typed elsewhere. */
export function useOperationFilter(operations: readonly OperationOutline[], collapsed: readonly string[], initialFilter = ''): OperationFilter {
  const [filter, setFilterText] = useState(initialFilter);
  const index = useMemo(() => buildSearchIndex(operations), [operations]);
  // The input shows each keystroke at once; the list follows as soon as React has a moment.
  const deferred = useDeferredValue(filter);
  const groups = useMemo(() => groupOperations(operations, deferred, index), [operations, deferred, index]);
  const filtering = deferred.trim() !== '';
  // While filtering every group is open: a match hidden in a folded group looks like no match.
  const rows = useMemo(() => flattenRows(groups, (group) => !filtering && collapsed.includes(group)), [groups, filtering, collapsed]);
  const setFilter = useCallback((text: string) => setFilterText(text), []);
  return { filter, setFilter, groups, rows };
}
