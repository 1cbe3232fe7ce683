import { describe, expect, it } from 'vitest';
import { stepLine, summaryText } from '../../../../shared/runner/cli-report';
import { implicitStatusCheck } from '../../../../shared/runner/implicit-check';
import { junitReport } from '../../../../shared/runner/junit-report';
import { stepPassed, summarize, type StepResult } from '../../../../shared/runner/run-result';

function step(name: string, status: number | undefined, replayed = false): StepResult {
  const base = { iteration: 0, index: 0, id: name, name, folders: [], method: 'POST', url: `http://127.0.0.1/${name}`, timeMs: 3, captures: [], unknownVariables: [] };
  const result = status === undefined ? { ...base, assertions: [], error: 'Could not reach http://127.0.0.1/x (connection refused).' } : { ...base, status, assertions: [implicitStatusCheck(status)], replayed };
  return { ...result, passed: stepPassed(result) };
}

describe('cli-report and junit-report with replayed answers and no answers', () => {
  it('notes a replay on the step line and in JUnit', () => {
    const replay = step('orders', 201, true);
    expect(stepLine(replay, 1)).toBe(
      '✓ orders  POST http://127.0.0.1/orders  201  3 ms  (implicit status check)\n    replayed: the server returned its stored answer to this Idempotency-Key (Idempotent-Replayed), so nothing was done again',
    );
    expect(stepLine(step('orders', 201), 1)).not.toContain('replayed');
    expect(junitReport({ summary: summarize('Shop', 1, [replay], 10, null), results: [replay] })).toContain('<property name="replayed" value="true"/>');
  });

  it('prints no rate when nothing answered', () => {
    const text = summaryText(summarize('Down', 1, [step('a', undefined), step('b', undefined)], 40, null));
    expect(text).toContain('Down: 0/2 requests passed, 0/0 assertions passed in 40 ms.');
    expect(text).not.toContain('requests/s');
    expect(summaryText(summarize('Up', 1, [step('a', 201), step('b', undefined)], 500, null))).toContain('in 500 ms (2 requests/s).');
  });
});
