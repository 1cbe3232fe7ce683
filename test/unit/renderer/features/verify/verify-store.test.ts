import { describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../../../../shared/verify/verify-report';
import { initialVerifyState, verifyReducer } from '../../../../../renderer/features/verify/verify-store';

const heard = (check: string, done: number) => ({ method: 'GET', path: '/a', check, status: 'passed' as const, done, total: 4 });
const report: VerifyReport = { target: 'http://127.0.0.1:1', seed: 1, summary: { operations: 1, requests: 3, failed: 0, durationMs: 5 }, operations: [{ method: 'GET', path: '/a', checks: [{ name: 'x', status: 'passed' }] }], findings: [] };

describe('verifyReducer', () => {
  it('fills outcomes from events, then takes the report as the whole truth', () => {
    let state = verifyReducer(initialVerifyState, { type: 'started', runId: 'r', total: 4 });
    state = verifyReducer(state, { type: 'checks', runId: 'r', checks: [heard('no-server-error', 2), heard('key-replay', 1)] });
    expect(state).toMatchObject({ status: 'running', done: 2, outcomes: [{ method: 'GET', path: '/a', checks: [{ name: 'no-server-error' }, { name: 'key-replay' }] }] });
    state = verifyReducer(state, { type: 'stopping', runId: 'r' });
    expect(state.status).toBe('stopping');
    state = verifyReducer(state, { type: 'finished', runId: 'r', report });
    expect(state).toMatchObject({ status: 'done', done: 4, outcomes: report.operations, report });
    // A late event of this run, and any event of an older run, change nothing.
    expect(verifyReducer(state, { type: 'checks', runId: 'r', checks: [heard('late', 4)] })).toBe(state);
    expect(verifyReducer(state, { type: 'failed', runId: 'old', message: 'x' })).toBe(state);
  });

  it('keeps the error of a run that could not start', () => {
    const started = verifyReducer(initialVerifyState, { type: 'started', runId: 'r', total: 1 });
    expect(verifyReducer(started, { type: 'failed', runId: 'r', message: 'refused' })).toMatchObject({ status: 'done', error: 'refused' });
  });
});
