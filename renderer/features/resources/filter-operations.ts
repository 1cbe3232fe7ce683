/** Filters and groups operations for the sidebar. */
import type { OperationModel } from '../../../shared/model/api-model';

export interface OperationGroup {
  readonly name: string;
  readonly operations: readonly OperationModel[];
}

/** Every whitespace-separated term must appear in the method, path, summary, operationId or a tag. */
export function matchesFilter(op: OperationModel, filter: string): boolean {
  const terms = filter.toLowerCase().split(/\s+/).filter((term) => term !== '');
  if (terms.length === 0) return true;
  const haystack = [op.method, op.path, op.summary ?? '', op.operationId ?? '', ...op.tags].join('\n').toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/** Groups the operations that pass the filter by their `group`, in first-seen order. */
export function groupOperations(operations: readonly OperationModel[], filter: string): OperationGroup[] {
  const groups = new Map<string, OperationModel[]>();
  for (const op of operations) {
    if (!matchesFilter(op, filter)) continue;
    const list = groups.get(op.group);
    if (list) list.push(op);
    else groups.set(op.group, [op]);
  }
  return [...groups].map(([name, ops]) => ({ name, operations: ops }));
}
