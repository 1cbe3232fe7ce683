/** A value clicked in the response viewer becoming an assertion or capture of the request's tests. */
import { useState } from 'react';
import { addFromValue, type RequestTests } from '../../../shared/runner/test-edits';
import type { OnValueAction } from '../response/value-actions';

export interface ValueActions {
  readonly onValueAction: OnValueAction;
  /** Counts the additions, so the Tests tab or section shows itself at each one. */
  readonly revealTests: number;
}

/** Adds what the clicked value asks for to `tests` and hands the result to `setTests`. */
export function useValueActions(tests: RequestTests, setTests: (next: RequestTests) => void): ValueActions {
  const [revealTests, setRevealTests] = useState(0);
  const onValueAction: OnValueAction = (action, path, value) => {
    const { tests: next, added } = addFromValue(tests, action, path, value);
    setTests(next);
    setRevealTests((n) => n + 1);
    return added;
  };
  return { onValueAction, revealTests };
}
