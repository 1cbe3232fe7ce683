/** What changed between two versions of one document's operations, for the reload summary. */
import type { ApiModel, JsonSchema, OperationModel } from '../model/api-model';

export interface OperationDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

function refsOf(value: unknown, out: Set<string>): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    for (const [key, child] of Object.entries(current)) {
      if (key === '$ref' && typeof child === 'string') out.add(child);
      else stack.push(child);
    }
  }
}

/** The operation plus every schema def it reaches, as one string: equal strings mean nothing changed for it. */
function fingerprint(op: OperationModel, defs: Readonly<Record<string, JsonSchema>>): string {
  const reached = new Set<string>();
  refsOf(op, reached);
  const queue = [...reached];
  for (let ref = queue.pop(); ref !== undefined; ref = queue.pop()) {
    const found = new Set<string>();
    refsOf(defs[ref], found);
    for (const next of found) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  const reachedDefs = [...reached].sort().map((ref) => [ref, defs[ref]]);
  return JSON.stringify([op, reachedDefs]);
}

function allOperations(model: ApiModel): OperationModel[] {
  return [...model.operations, ...(model.webhooks ?? [])];
}

/** Compares operations by key: added, removed, and changed (the operation or a schema it uses differs). */
export function diffOperations(before: ApiModel, after: ApiModel): OperationDiff {
  const old = new Map(allOperations(before).map((op) => [op.key, op]));
  const next = new Map(allOperations(after).map((op) => [op.key, op]));
  const added = [...next.keys()].filter((key) => !old.has(key));
  const removed = [...old.keys()].filter((key) => !next.has(key));
  const changed: string[] = [];
  for (const [key, op] of next) {
    const previous = old.get(key);
    if (previous !== undefined && fingerprint(previous, before.schemaDefs) !== fingerprint(op, after.schemaDefs)) changed.push(key);
  }
  return { added, removed, changed };
}
