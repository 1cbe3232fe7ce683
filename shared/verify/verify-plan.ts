/**
 * The plan of a verify run, before anything is sent: for each operation, the checks that apply
 * (and why the others do not) and about how many requests each sends; `--dry-run` prints it.
 */
import type { ApiModel, OperationModel } from '../model/api-model';
import { classifyMethod } from '../idempotency/classify-method';
import { familyOf, skipReason } from './verify-checks';
import { collectionPath, parameterPrefixes } from './resource-chain';

export interface PlannedCheck {
  readonly name: string;
  /** Absent when the check runs. */
  readonly skip?: string;
  /** About how many requests it sends (at most, before shrinking). */
  readonly requests: number;
}

export interface PlannedOperation {
  readonly method: string;
  readonly path: string;
  /** What it changes on the server: "nothing (safe)", "creates resources"... */
  readonly changes: string;
  readonly checks: readonly PlannedCheck[];
}

export interface VerifyPlan {
  readonly operations: readonly PlannedOperation[];
  readonly requests: number;
}

function reads(op: OperationModel, model: ApiModel): number {
  return [op.path, collectionPath(op.path)].filter((p) => p !== undefined && model.operations.some((o) => o.method === 'GET' && o.path === p)).length;
}

/** About how many requests `check` sends for `op`. */
export function estimateRequests(check: string, op: OperationModel, model: ApiModel, maxExamples: number): number {
  const chain = parameterPrefixes(op.path).length;
  const r = reads(op, model);
  switch (check) {
    case 'valid-inputs-accepted':
      return chain + (op.method === 'DELETE' ? 1 : maxExamples);
    case 'invalid-inputs-rejected':
      return chain + maxExamples;
    case 'safe-method-unchanged':
      return chain + 1 + 2 * r;
    case 'idempotent-repeat':
      return chain + 2 + 2 * r;
    case 'use-after-delete':
    case 'created-readable':
    case 'key-replay':
    case 'key-conflict':
      return chain + 2;
    case 'key-concurrent':
      return chain + 6;
    default:
      return familyOf(check) === 'conformance' ? 0 : chain + 1;
  }
}

function changes(op: OperationModel): string {
  if (classifyMethod(op.method) === 'safe') return 'nothing (safe method)';
  if (op.method === 'POST') return 'creates resources (deleted afterwards where the API has a DELETE)';
  if (op.method === 'DELETE') return 'deletes resources verify created';
  return 'changes resources verify created';
}

/** The plan for `operations` and `checks`. */
export function planVerify(model: ApiModel, operations: readonly OperationModel[], checks: readonly string[], maxExamples: number): VerifyPlan {
  const planned = operations.map((op) => ({
    method: op.method,
    path: op.path,
    changes: changes(op),
    checks: checks.map((name) => {
      const skip = skipReason(name, op, model);
      return skip === undefined ? { name, requests: estimateRequests(name, op, model, maxExamples) } : { name, skip, requests: 0 };
    }),
  }));
  return { operations: planned, requests: planned.reduce((n, op) => n + op.checks.reduce((m, c) => m + c.requests, 0), 0) };
}
