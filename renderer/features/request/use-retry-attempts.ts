/** The attempts of the operation's running, automatically retried request, as the main process reports them. */
import { useEffect, useState } from 'react';
import type { RetryAttempt } from '../../../shared/idempotency/retry-policy';
import { subscribeEvents } from '../../lib/api';

export interface LiveAttempts {
  readonly requestId: string;
  readonly of: number;
  readonly attempts: readonly RetryAttempt[];
}

/**
 * Listens to request:attempt events for `opKey`. The response feature names each request
 * "<opKey>#<seq>#<random>", so the prefix tells this operation's attempts from others'.
 */
export function useRetryAttempts(opKey: string): LiveAttempts | undefined {
  const [live, setLive] = useState<LiveAttempts>();
  useEffect(
    () =>
      subscribeEvents((event) => {
        if (event.name !== 'request:attempt') return;
        const { requestId, of, ...attempt } = event.payload;
        if (!requestId.startsWith(`${opKey}#`)) return;
        setLive((current) => (current?.requestId === requestId ? { ...current, attempts: [...current.attempts, attempt] } : { requestId, of, attempts: [attempt] }));
      }),
    [opKey],
  );
  return live;
}
