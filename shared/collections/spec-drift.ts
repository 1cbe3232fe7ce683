/**
 * How a spec-linked collection stands against its spec now: operations the spec added (no
 * request covers them), operations it removed (a request is linked to one that is gone), and
 * operations it changed (a request's stored signature no longer matches). `roundtrip sync` reads it.
 */
import type { ApiModel, OperationModel } from '../model/api-model';
import type { SavedRequest } from './format-v1';
import { signatureMatches } from './operation-signature';

export interface LinkedRequest {
  /** The request's id (its path in the collections folder). */
  readonly id: string;
  readonly request: SavedRequest;
}

export interface SpecDrift {
  readonly added: readonly OperationModel[];
  readonly removed: readonly LinkedRequest[];
  readonly changed: readonly (LinkedRequest & { readonly operation: OperationModel })[];
  /** Requests linked to an operation that is still the same. */
  readonly unchanged: number;
  /** Requests without a link to any operation (free-form): not compared. */
  readonly unlinked: number;
}

/** Compares `requests` with the operations of `model` (webhooks are not requests a client sends, so they are left out). */
export function specDrift(requests: readonly LinkedRequest[], model: ApiModel): SpecDrift {
  const operations = model.operations.filter((op) => op.webhook !== true);
  const covered = new Set<string>();
  const removed: LinkedRequest[] = [];
  const changed: (LinkedRequest & { operation: OperationModel })[] = [];
  let unchanged = 0;
  let unlinked = 0;
  for (const linked of requests) {
    const link = linked.request.operation;
    if (!link) {
      unlinked += 1;
      continue;
    }
    const operation = operations.find((op) => op.key === link.key) ?? operations.find((op) => op.operationId !== undefined && op.operationId === link.operationId);
    if (!operation) {
      removed.push(linked);
      continue;
    }
    covered.add(operation.key);
    if (link.signature !== undefined && !signatureMatches(link.signature, operation, model.schemaDefs)) changed.push({ ...linked, operation });
    else unchanged += 1;
  }
  return { added: operations.filter((op) => !covered.has(op.key)), removed, changed, unchanged, unlinked };
}

/** True when the collection no longer matches its spec. */
export function hasDrift(drift: SpecDrift): boolean {
  return drift.added.length + drift.removed.length + drift.changed.length > 0;
}

/** The drift as the terminal shows it. */
export function driftText(collection: string, drift: SpecDrift): string {
  const lines = [`${collection}: ${drift.unchanged} request${drift.unchanged === 1 ? '' : 's'} up to date with the spec${drift.unlinked > 0 ? `, ${drift.unlinked} not linked to an operation (not compared)` : ''}.`];
  if (drift.added.length > 0) lines.push(`Added in the spec (no request yet): ${drift.added.length}`, ...drift.added.map((op) => `  + ${op.key}${op.summary ? `  (${op.summary})` : ''}`));
  if (drift.removed.length > 0) lines.push(`Removed from the spec: ${drift.removed.length}`, ...drift.removed.map((r) => `  - ${r.request.operation?.key ?? ''}  (request "${r.request.name}", ${r.id})`));
  if (drift.changed.length > 0) lines.push(`Changed in the spec: ${drift.changed.length}`, ...drift.changed.map((r) => `  ~ ${r.operation.key}  (request "${r.request.name}", ${r.id})`));
  if (!hasDrift(drift)) lines.push('In sync.');
  return lines.join('\n');
}
