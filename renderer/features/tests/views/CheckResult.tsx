import type { LastResult } from '../../../../shared/runner/last-results';

interface Props {
  readonly result?: LastResult;
  readonly id: string;
  /** A capture's variable: a pass reads "sets {{name}} to …". */
  readonly sets?: string;
  /** Why the item is not valid: shown instead of any result. */
  readonly problem?: string;
}

/** An item's result against the last answer: ✓ or ✗ with what was found there, or why it was not judged. */
export function CheckResult({ result, id, sets, problem }: Props) {
  if (problem !== undefined) {
    return (
      <p id={id} className="field-problem" data-testid="tests-problem">
        Not valid, runs refuse it: {problem}
      </p>
    );
  }
  if (result === undefined) return null;
  if (sets !== undefined && result.state === 'passed') {
    return (
      <p id={id} className="check-result is-passed" data-testid="check-result" data-state="passed">
        <strong>✓ sets {`{{${sets}}}`}</strong> to {result.actual ?? ''}
      </p>
    );
  }
  const mark = result.state === 'passed' ? '✓ passed' : result.state === 'failed' ? '✗ failed' : 'not judged';
  const found = result.state !== 'not-run' && result.actual !== undefined ? ` (got ${result.actual})` : '';
  return (
    <p id={id} className={`check-result is-${result.state}`} data-testid="check-result" data-state={result.state}>
      <strong>{mark}</strong>
      {found}
      {result.state === 'failed' && result.message !== undefined ? `: ${result.message}` : ''}
      {result.state === 'not-run' ? `: ${result.message}` : ''}
    </p>
  );
}
