/** The collections folders opened lately (collection:recent), and forgetting one. */
import { useCallback, useEffect, useState } from 'react';
import type { RecentCollections } from '../../../shared/collections/recent-collections';
import type { AppError } from '../../../shared/ipc/result';
import { api } from '../../lib/api';

export interface RecentCollectionsState {
  readonly recent?: RecentCollections;
  readonly error?: AppError;
  readonly refresh: () => void;
  /** Drops a folder from the list; the folder itself is untouched. */
  readonly forget: (root: string) => void;
}

/** Lists the recent folders when `active` turns on, and again on refresh(). */
export function useRecentCollections(active = true): RecentCollectionsState {
  const [recent, setRecent] = useState<RecentCollections | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!active) return;
    let current = true;
    void api['collection:recent']({}).then((result) => {
      if (!current) return;
      if (result.ok) {
        // A damage notice comes once: keep it on screen while the list refreshes.
        setRecent((before) => (result.value.notice === undefined && before?.notice !== undefined ? { ...result.value, notice: before.notice } : result.value));
        setError(undefined);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [active, version]);

  const forget = useCallback((root: string) => {
    void api['collection:forget-recent']({ root }).then((result) => {
      if (result.ok) setRecent(result.value);
      else setError(result.error);
    });
  }, []);

  return { ...(recent ? { recent } : {}), ...(error ? { error } : {}), refresh, forget };
}
