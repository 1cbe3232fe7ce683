import { describe, expect, it } from 'vitest';
import { failedStepIds, initialRunnerState, runnerReducer } from '../../../../../renderer/features/runner/runner-store';
import type { StepResult } from '../../../../../shared/runner/run-result';

const step = (id: string, passed: boolean, iteration = 0): StepResult => ({ iteration, index: 0, id, name: id, folders: [], method: 'GET', url: 'http://h', status: 200, timeMs: 1, assertions: [], captures: [], unknownVariables: [], passed });

describe('runner-store', () => {
  it('collects the steps of the current run and ignores an older one', () => {
    let state = runnerReducer(initialRunnerState, { type: 'started', runId: 'a', total: 2 });
    state = runnerReducer(state, { type: 'steps', runId: 'a', results: [step('x', true)] });
    state = runnerReducer(state, { type: 'steps', runId: 'old', results: [step('y', false)] });
    expect(state.results.map((r) => r.id)).toEqual(['x']);
    expect(state.status).toBe('running');
    state = runnerReducer(state, { type: 'failed', runId: 'a', message: 'Could not read the collection.' });
    expect(state).toMatchObject({ status: 'done', error: 'Could not read the collection.' });
  });
  it('keeps the data rows a run used until the next run starts, which brings its own or none', () => {
    const rows = [{ itemName: 'lamp' }, { itemName: 'desk' }];
    let state = runnerReducer(initialRunnerState, { type: 'started', runId: 'a', total: 2, rows });
    state = runnerReducer(state, { type: 'failed', runId: 'a', message: 'stopped' });
    expect(state.rows).toBe(rows);
    state = runnerReducer(state, { type: 'started', runId: 'b', total: 1 });
    expect(state.rows).toBeUndefined();
  });
  it('ignores steps that arrive after the report', () => {
    let state = runnerReducer(initialRunnerState, { type: 'started', runId: 'a', total: 1 });
    state = runnerReducer(state, { type: 'finished', runId: 'a', report: { summary: { collection: 'c', iterations: 1, steps: 1, passedSteps: 1, failedSteps: 0, assertions: 0, failedAssertions: 0, implicitChecks: 0, failedImplicitChecks: 0, durationMs: 1, stopped: null }, results: [step('x', true)] } });
    state = runnerReducer(state, { type: 'steps', runId: 'a', results: [step('x', true)] });
    expect(state.results).toHaveLength(1);
  });
  it('keeps the notice of a spec that could not be read, heard live or from the report, for its own run only', () => {
    const notice = { source: 'openapi.json', why: 'Could not open /c/openapi.json (no such file).', consequence: 'The run goes on without it.', action: 'Put the file back.' };
    let state = runnerReducer(initialRunnerState, { type: 'started', runId: 'a', total: 1 });
    state = runnerReducer(state, { type: 'spec-unreadable', runId: 'old', notice });
    expect(state.specUnreadable).toBeUndefined();
    state = runnerReducer(state, { type: 'spec-unreadable', runId: 'a', notice });
    expect(state.specUnreadable).toBe(notice);
    state = runnerReducer(state, { type: 'started', runId: 'b', total: 1 });
    expect(state.specUnreadable).toBeUndefined();
    const summary = { collection: 'c', iterations: 1, steps: 0, passedSteps: 0, failedSteps: 0, assertions: 0, failedAssertions: 0, implicitChecks: 0, failedImplicitChecks: 0, durationMs: 1, stopped: null };
    state = runnerReducer(state, { type: 'finished', runId: 'b', report: { summary, results: [], specUnreadable: notice } });
    expect(state.specUnreadable).toBe(notice);
  });
  it('lists each failed step once, across iterations', () => {
    expect(failedStepIds([step('a', false, 0), step('b', true), step('a', false, 1), step('c', false)])).toEqual(['a', 'c']);
  });
});
