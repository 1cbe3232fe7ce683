import { describe, expect, it } from 'vitest';
import { CHECK_FAMILIES } from '../../../../shared/verify/verify-checks';
import { cellLabel, cellText, verifyMatrix, withOutcome } from '../../../../shared/verify/verify-matrix';
import type { OperationOutcome } from '../../../../shared/verify/verify-report';

const report: OperationOutcome[] = [
  {
    method: 'GET',
    path: '/items/{id}',
    checks: [
      { name: 'no-server-error', status: 'passed' },
      { name: 'status-conformance', status: 'failed', reason: '418 is not declared' },
      { name: 'safe-method-unchanged', status: 'passed' },
      { name: 'idempotent-repeat', status: 'skipped', reason: 'GET' },
      { name: 'auth-required', status: 'skipped', reason: 'no credentials' },
    ],
  },
  { method: 'DELETE', path: '/items/{id}', checks: [{ name: 'idempotent-repeat', status: 'failed' }] },
];

describe('verifyMatrix', () => {
  it('gives one row per operation and one cell per family, in family order', () => {
    const rows = verifyMatrix(report);
    expect(rows.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /items/{id}', 'DELETE /items/{id}']);
    expect(rows[0]?.cells.map((c) => c.family)).toEqual([...CHECK_FAMILIES]);
  });

  it('fails a cell when any check failed, passes it when some passed, else skips it', () => {
    const [get, del] = verifyMatrix(report);
    const byFamily = (row: typeof get) => Object.fromEntries((row?.cells ?? []).map((c) => [c.family, c.status]));
    expect(byFamily(get)).toEqual({ conformance: 'failed', inputs: 'none', auth: 'skipped', methods: 'passed', 'idempotency-key': 'none' });
    expect(byFamily(del)).toMatchObject({ methods: 'failed', conformance: 'none' });
  });

  it('counts and labels a cell for readers that see no colour', () => {
    const methods = verifyMatrix(report)[0]?.cells.find((c) => c.family === 'methods');
    expect(methods).toMatchObject({ passed: 1, failed: 0, skipped: 1 });
    expect(methods && cellLabel(methods)).toBe('methods: 1 passed, 1 skipped (partly checked)');
    const inputs = verifyMatrix(report)[0]?.cells.find((c) => c.family === 'inputs');
    expect(inputs && cellLabel(inputs)).toBe('inputs: not run');
  });
});

describe('withOutcome', () => {
  it('adds outcomes as they are heard, replacing a check heard twice', () => {
    let ops = withOutcome([], 'GET', '/a', { name: 'no-server-error', status: 'passed' });
    ops = withOutcome(ops, 'POST', '/a', { name: 'key-replay', status: 'failed' });
    ops = withOutcome(ops, 'GET', '/a', { name: 'no-server-error', status: 'failed' });
    expect(ops).toEqual([
      { method: 'GET', path: '/a', checks: [{ name: 'no-server-error', status: 'failed' }] },
      { method: 'POST', path: '/a', checks: [{ name: 'key-replay', status: 'failed' }] },
    ]);
  });
  it('marks a pass partly checked when checks that apply were skipped, and not when they do not apply', () => {
    const keyed: OperationOutcome = {
      method: 'POST',
      path: '/orders',
      checks: [
        { name: 'key-required', status: 'passed' },
        { name: 'key-replay', status: 'skipped', reason: 'answered 422' },
        { name: 'key-conflict', status: 'skipped', reason: 'answered 422' },
        { name: 'key-concurrent', status: 'skipped', reason: 'answered 422' },
        { name: 'safe-method-unchanged', status: 'skipped', reason: 'POST is not a safe method.', applies: false },
        { name: 'created-readable', status: 'passed' },
      ],
    };
    const [row] = verifyMatrix([keyed]);
    const key = row?.cells.find((c) => c.family === 'idempotency-key');
    const methods = row?.cells.find((c) => c.family === 'methods');
    expect(key).toMatchObject({ status: 'passed', partial: true });
    expect(key && cellText(key)).toBe('◐ 1 passed, 3 skipped');
    expect(key && cellLabel(key)).toBe('idempotency-key: 1 passed, 3 skipped (partly checked)');
    expect(methods).toMatchObject({ status: 'passed', partial: false });
    expect(methods && cellText(methods)).toBe('✓ passed');
  });
});
