import { describe, expect, it } from 'vitest';
import { stepLine, summaryText } from '../../../../shared/runner/cli-report';
import { implicitStatusCheck } from '../../../../shared/runner/implicit-check';
import { junitReport } from '../../../../shared/runner/junit-report';
import { stepPassed, summarize, type StepResult } from '../../../../shared/runner/run-result';

function step(name: string, status: number, assertions: StepResult['assertions']): StepResult {
  const result = { iteration: 0, index: 0, id: name, name, folders: [], method: 'GET', url: `http://127.0.0.1/${name}`, status, timeMs: 3, assertions, captures: [], unknownVariables: [] };
  return { ...result, passed: stepPassed(result) };
}

describe('cli-report and junit-report with implicit checks', () => {
  const results = [step('me', 401, [implicitStatusCheck(401)]), step('book', 404, [implicitStatusCheck(404, ['200', '422'])]), step('health', 200, [implicitStatusCheck(200)])];
  const summary = summarize('Unwritten', 1, results, 10, null);

  it('counts implicit checks apart from written assertions and fails the run over 401 and 404', () => {
    expect(summary).toMatchObject({ steps: 3, passedSteps: 1, failedSteps: 2, assertions: 0, failedAssertions: 0, implicitChecks: 3, failedImplicitChecks: 2 });
    const text = summaryText(summary);
    expect(text).toContain('Unwritten: 1/3 requests passed, 0/0 assertions passed, 1/3 implicit status checks passed');
    expect(text).toContain('Nothing was asserted: the requests that got an answer have no assertions, so only their statuses were checked (implicit).');
    expect(text).toContain('2 requests failed.');
    expect(text).not.toContain('All passed.');
  });

  it('marks implicit checks on the step line', () => {
    expect(stepLine(results[0] as StepResult, 1)).toBe(
      '✗ me  GET http://127.0.0.1/me  401  3 ms  (implicit status check)\n    ✗ implicit: status is 2xx or 3xx: expected a 2xx or 3xx status, got 401 (the request has no assertions, so only its status is checked)',
    );
  });

  it('names implicit test cases and says in JUnit that nothing was asserted', () => {
    const xml = junitReport({ summary, results });
    expect(xml).toContain('<testsuites name="Unwritten" tests="3" failures="2" errors="0"');
    expect(xml).toContain('<testcase name="implicit: status is a success the spec declares (200)" classname="book" time="0.003">');
    expect(xml).toContain('<property name="checks" value="implicit"/>');
    expect(xml).toContain('<system-out>Nothing was asserted');
  });

  it('does not call a run whose requests were never sent one without assertions', () => {
    const unsent = { iteration: 0, index: 0, id: 'create', name: 'Create', folders: [], method: 'POST', url: 'http://127.0.0.1/notes', timeMs: 0, assertions: [], captures: [], error: '`{{notesKey}}` has no value', unknownVariables: ['notesKey'] };
    const report = { summary: summarize('Unsent', 1, [{ ...unsent, passed: stepPassed(unsent) }], 1, null), results: [{ ...unsent, passed: stepPassed(unsent) }] };
    expect(summaryText(report.summary)).toContain('0/1 requests passed');
    expect(summaryText(report.summary)).not.toContain('Nothing was asserted');
    expect(junitReport(report)).not.toContain('Nothing was asserted');
  });

  it('says nothing about implicit checks once a request asserts something', () => {
    const written = [step('health', 200, [{ name: 'status is 200', passed: true }])];
    const text = summaryText(summarize('Written', 1, written, 1, null));
    expect(text).toContain('1/1 assertions passed in');
    expect(text).not.toContain('Nothing was asserted');
    expect(junitReport({ summary: summarize('Written', 1, written, 1, null), results: written })).not.toContain('system-out');
  });
});
