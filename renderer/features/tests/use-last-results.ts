/** The Tests tab's results: the request's tests judged against the answer its editor last received. */
import { useMemo } from 'react';
import { judgeAssertions, judgeCaptures, observedFrom, type LastResult } from '../../../shared/runner/last-results';
import type { RequestTests } from '../../../shared/runner/test-edits';
import type { Exchange } from '../response/exchange-store';

export interface LastResults {
  readonly assertions: readonly LastResult[];
  readonly captures: readonly LastResult[];
}

/** Undefined until an answer came; re-judged when the tests or the answer change. */
export function useLastResults(tests: RequestTests, exchange: Exchange | undefined, variables?: Readonly<Record<string, string>>): LastResults | undefined {
  const response = exchange?.status === 'received' ? exchange.response : undefined;
  const observed = useMemo(() => (response === undefined ? undefined : observedFrom(response)), [response]);
  return useMemo(() => (observed === undefined ? undefined : { assertions: judgeAssertions(tests.assertions, observed, variables), captures: judgeCaptures(tests.captures, observed) }), [observed, tests, variables]);
}
