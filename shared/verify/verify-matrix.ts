/**
 * The Verify view's matrix: one row per operation, one column per check family, each cell the
 * family's outcome on that operation (failed if any check failed, passed if any passed, else skipped),
 * a pass marked partial when checks that apply were skipped beside it.
 */
import { CHECK_FAMILIES, familyOf, type CheckFamily } from './verify-checks';
import type { CheckOutcome, CheckStatus, OperationOutcome } from './verify-report';

export interface MatrixCell {
  readonly family: CheckFamily;
  /** "none" when no check of the family was chosen (or none has ended yet). */
  readonly status: CheckStatus | 'none';
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** Some checks passed while others that apply were skipped: checked only in part, not a plain pass. */
  readonly partial: boolean;
  /** The family's checks on this operation, in run order. */
  readonly checks: readonly CheckOutcome[];
}

export interface MatrixRow {
  readonly method: string;
  readonly path: string;
  readonly cells: readonly MatrixCell[];
}

/** The status a family's checks add up to. */
export function cellStatus(checks: readonly CheckOutcome[]): MatrixCell['status'] {
  if (checks.some((c) => c.status === 'failed')) return 'failed';
  if (checks.some((c) => c.status === 'passed')) return 'passed';
  return checks.length > 0 ? 'skipped' : 'none';
}

/** The matrix of a report's operations (or of the outcomes heard so far during a run). */
export function verifyMatrix(operations: readonly OperationOutcome[]): MatrixRow[] {
  return operations.map((op) => ({
    method: op.method,
    path: op.path,
    cells: CHECK_FAMILIES.map((family) => {
      const checks = op.checks.filter((c) => familyOf(c.name) === family);
      const count = (status: CheckStatus): number => checks.filter((c) => c.status === status).length;
      const status = cellStatus(checks);
      const partial = status === 'passed' && checks.some((c) => c.status === 'skipped' && c.applies !== false);
      return { family, status, passed: count('passed'), failed: count('failed'), skipped: count('skipped'), partial, checks };
    }),
  }));
}

/** Adds one check's outcome to the outcomes heard so far (operations in the order first heard). */
export function withOutcome(operations: readonly OperationOutcome[], method: string, path: string, outcome: CheckOutcome): OperationOutcome[] {
  const index = operations.findIndex((op) => op.method === method && op.path === path);
  if (index < 0) return [...operations, { method, path, checks: [outcome] }];
  return operations.map((op, i) => (i === index ? { ...op, checks: [...op.checks.filter((c) => c.name !== outcome.name), outcome] } : op));
}

/** How a cell reads aloud and in its tooltip: "methods: 1 failed, 2 passed". */
export function cellLabel(cell: MatrixCell): string {
  if (cell.status === 'none') return `${cell.family}: not run`;
  const parts = [cell.failed > 0 ? `${cell.failed} failed` : '', cell.passed > 0 ? `${cell.passed} passed` : '', cell.skipped > 0 ? `${cell.skipped} skipped` : ''].filter((p) => p !== '');
  return `${cell.family}: ${parts.join(', ')}${cell.partial ? ' (partly checked)' : ''}`;
}

/** The words in a cell: "✓ passed", "◐ 1 passed, 3 skipped" when partly checked, "✗ 2 failed". */
export function cellText(cell: MatrixCell): string {
  if (cell.status === 'failed') return cell.failed > 1 ? `✗ ${cell.failed} failed` : '✗ failed';
  if (cell.status === 'passed' && cell.partial) {
    const skipped = cell.checks.filter((c) => c.status === 'skipped' && c.applies !== false).length;
    return `◐ ${cell.passed} passed, ${skipped} skipped`;
  }
  return { passed: '✓ passed', skipped: '– skipped', none: '·' }[cell.status];
}
