/**
 * The listing of the collections folder (collection:list), read when a drawer opens and again on
 * every change of `version`. Shared by the collections drawer and the runner, which read it alike.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollectionsOverview } from '../../../shared/collections/listing';
import type { AppError } from '../../../shared/ipc/result';
import { api } from '../../lib/api';

export interface CollectionsListing {
  readonly overview?: CollectionsOverview;
  /** Why the last listing failed; cleared by the next one that works. */
  readonly error?: AppError;
  /** Lists now and gives the fresh listing (undefined when it failed: `error` says why). */
  readonly reload: () => Promise<CollectionsOverview | undefined>;
  /** Shows a listing another call already returned (collection:set-root answers with one). */
  readonly show: (overview: CollectionsOverview) => void;
}

/** Lists the collections whenever `active` turns on or `version` changes. */
export function useCollectionsListing(active: boolean, version: number): CollectionsListing {
  const [state, setState] = useState<{ readonly overview?: CollectionsOverview; readonly error?: AppError }>({});
  // Only the newest call may fill the state: an older answer arriving late would show stale files.
  const newest = useRef(0);

  const reload = useCallback(async () => {
    newest.current += 1;
    const call = newest.current;
    const result = await api['collection:list']({});
    if (call === newest.current) setState((before) => (result.ok ? { overview: result.value } : { ...before, error: result.error }));
    return result.ok ? result.value : undefined;
  }, []);

  const show = useCallback((overview: CollectionsOverview) => {
    newest.current += 1;
    setState({ overview });
  }, []);

  useEffect(() => {
    if (active) void reload();
  }, [active, version, reload]);

  return { ...state, reload, show };
}
