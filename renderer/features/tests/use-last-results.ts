/** The Tests tab's results: the request's tests judged against the answer its editor last received. */
import { useMemo } from 'react';
import type { LastResult } from '../../../shared/runner/last-results';
import type { RequestTests } from '../../../shared/runner/test-edits';
import { useLazyModule } from '../../lib/use-lazy-module';
import type { Exchange } from '../response/exchange-store';

export interface LastResults {
  readonly assertions: readonly LastResult[];
  readonly captures: readonly LastResult[];
}

// Judging reads each item through the runner's schemas (zod): loaded with the first request that has tests.
const loadJudge = () => import('../../../shared/runner/last-results');

/** Undefined until an answer came (and, the first time, while the judge loads); re-judged when the tests or the answer change. */
export function useLastResults(tests: RequestTests, exchange: Exchange | undefined, variables?: Readonly<Record<string, string>>): LastResults | undefined {
  const response = exchange?.status === 'received' ? exchange.response : undefined;
  const judge = useLazyModule(loadJudge, tests.assertions.length > 0 || tests.captures.length > 0);
  return useMemo(() => {
    if (response === undefined || judge === undefined) return undefined;
    const observed = judge.observedFrom(response);
    return { assertions: judge.judgeAssertions(tests.assertions, observed, variables), captures: judge.judgeCaptures(tests.captures, observed) };
  }, [judge, response, tests, variables]);
}
