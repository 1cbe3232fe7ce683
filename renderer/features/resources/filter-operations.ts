/** Filters and groups operations for the sidebar, and flattens the groups into rows for the windowed list. */
import type { OperationOutline } from '../../../shared/model/api-model';

export interface OperationGroup {
  readonly name: string;
  readonly operations: readonly OperationOutline[];
}

/** One line of the windowed list: a group heading or an operation. */
export type SidebarRow =
  | { readonly kind: 'group'; readonly name: string; readonly count: number; readonly collapsed: boolean }
  | { readonly kind: 'op'; readonly op: OperationOutline };

/** The name webhooks are listed under, after the API's own groups. */
export const WEBHOOK_GROUP = 'Webhooks';

function haystackOf(op: OperationOutline): string {
  return [op.method, op.path, op.summary ?? '', op.operationId ?? '', ...op.tags, op.webhook === true ? 'webhook' : ''].join('\n').toLowerCase();
}

function termsOf(filter: string): string[] {
  return filter.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

/** Lower-cased search text per operation, built once per document so each keystroke only scans strings. */
export function buildSearchIndex(operations: readonly OperationOutline[]): readonly string[] {
  return operations.map(haystackOf);
}

/** Groups the operations that pass the filter by their `group` (webhooks last, in their own group), in first-seen order. */
export function groupOperations(operations: readonly OperationOutline[], filter: string, index: readonly string[] = buildSearchIndex(operations)): OperationGroup[] {
  const terms = termsOf(filter);
  const groups = new Map<string, OperationOutline[]>();
  const webhooks: OperationOutline[] = [];
  operations.forEach((op, i) => {
    const haystack = index[i] ?? '';
    if (!terms.every((term) => haystack.includes(term))) return;
    if (op.webhook === true) {
      webhooks.push(op);
      return;
    }
    const list = groups.get(op.group);
    if (list) list.push(op);
    else groups.set(op.group, [op]);
  });
  const result = [...groups].map(([name, ops]) => ({ name, operations: ops }));
  return webhooks.length > 0 ? [...result, { name: WEBHOOK_GROUP, operations: webhooks }] : result;
}

/** The rows the sidebar shows: each group's heading, then its operations unless it is folded. */
export function flattenRows(groups: readonly OperationGroup[], isCollapsed: (group: string) => boolean): SidebarRow[] {
  const rows: SidebarRow[] = [];
  for (const group of groups) {
    const collapsed = isCollapsed(group.name);
    rows.push({ kind: 'group', name: group.name, count: group.operations.length, collapsed });
    if (!collapsed) for (const op of group.operations) rows.push({ kind: 'op', op });
  }
  return rows;
}
